import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../shared/domain/fees';
import { useApiQuery } from '../../api/hooks';
import { routeHref } from '../../app/route';
import { formatDate, formatDateTime } from '../../components/dates';
import { categoryName, useLanguage, useServiceSettings } from '../../components/service-names';
import { StateBadge } from '../tickets/ticket-badges';

const pageSize = 50;

/** The customer's devices, each with its last repair here and the warranty it carries. */
export function CustomerDevices({ customerId }: { customerId: number }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const overview = useApiQuery('customers-overview', { id: customerId });
  const devices = overview.data?.devices ?? [];
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">
        {t('customers.devices')}
      </Title>
      {devices.length === 0 ? (
        <Text c="dimmed">{overview.isPending ? t('common.loading') : t('customers.noDevices')}</Text>
      ) : (
        <Table verticalSpacing={6} fz="sm" aria-label={t('customers.devices')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.device')}</Table.Th>
              <Table.Th>{t('customers.serial')}</Table.Th>
              <Table.Th>{t('customers.purchased')}</Table.Th>
              <Table.Th>{t('customers.lastRepair')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {devices.map((device) => (
              <Table.Tr key={device.id}>
                <Table.Td>
                  {[
                    settings ? categoryName(settings, device.productCategory, language) : '',
                    device.brand,
                    device.model,
                  ]
                    .filter(Boolean)
                    .join(' ')}
                </Table.Td>
                <Table.Td ff="monospace">{device.serial || '—'}</Table.Td>
                <Table.Td>{device.purchaseDate ? formatDate(device.purchaseDate, i18n.language) : '—'}</Table.Td>
                <Table.Td>
                  {device.lastRepair ? (
                    <Group gap={6}>
                      <Anchor
                        href={routeHref({ section: 'tickets', ticketId: device.lastRepair.ticketId })}
                        ff="monospace"
                        size="sm"
                      >
                        {device.lastRepair.ticketNumber}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {device.lastRepair.until
                          ? t('customers.repairWarrantyUntil', { date: device.lastRepair.until })
                          : t('customers.handedBackOn', { date: device.lastRepair.completedOn })}
                      </Text>
                    </Group>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** Every ticket of the customer, newest first, fifty at a time. */
export function CustomerHistory({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(0);
  const history = useApiQuery('customers-history', { id: customerId, offset: page * pageSize, limit: pageSize });
  const total = history.data?.total ?? 0;
  const rows = history.data?.rows ?? [];
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('customers.history')}
        </Title>
        {total > 0 ? (
          <Text size="sm" c="dimmed">
            {t('customers.historyRange', { first, last, total })}
          </Text>
        ) : null}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{history.isPending ? t('common.loading') : t('customers.noTickets')}</Text>
      ) : (
        <Stack gap="sm">
          <Table verticalSpacing={6} fz="sm" highlightOnHover aria-label={t('customers.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tickets.columns.number')}</Table.Th>
                <Table.Th>{t('customers.received')}</Table.Th>
                <Table.Th>{t('tickets.columns.serviceType')}</Table.Th>
                <Table.Th>{t('tickets.columns.state')}</Table.Th>
                <Table.Th>{t('tickets.columns.product')}</Table.Th>
                <Table.Th ta="right">{t('customers.charged')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor href={routeHref({ section: 'tickets', ticketId: row.id })} ff="monospace" size="sm">
                      {row.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.createdAt)}</Table.Td>
                  <Table.Td>{t(`serviceTypes.${row.serviceType}`)}</Table.Td>
                  <Table.Td>
                    <StateBadge state={row.state} size="sm" />
                  </Table.Td>
                  <Table.Td>{row.deviceLabel || '—'}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatFen(row.totalFen, { locale: language })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {total > pageSize ? (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('customers.newer')}
              </Button>
              <Button variant="default" size="xs" disabled={last >= total} onClick={() => setPage(page + 1)}>
                {t('customers.older')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}

import { Badge, Group, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayLogView } from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import { paymentMethods } from '../../../shared/domain/ledger';
import { formatDateTime } from '../../components/dates';
import { categoryName, faultName, useLanguage, useServiceSettings } from '../../components/service-names';
import { countText } from './report-format';
import { ReportTable } from './ReportTable';
import { TicketLink } from './TicketLink';

const lists = ['received', 'moves', 'handOvers', 'payments', 'overdue'] as const;
type List = (typeof lists)[number];

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2}>
        {value}
      </Text>
    </Paper>
  );
}

/**
 * The daily log on screen: the day's figures, the money by method, each cash close as it was
 * counted (with anything corrected since), and the lists behind them, each ticket a link to it.
 */
export function DayLogPanel({ log }: { log: DayLogView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const money = (fen: number) => formatFen(fen, { locale: language });
  const [list, setList] = useState<List>('received');
  const c = (key: string) => t(`reports.columns.${key}`);
  const state = (value: string | null) => (value === null ? '' : t(`ticketStates.${value}`));
  const methods = paymentMethods.filter(
    (method) => log.money.byMethod[method].inFen !== 0 || log.money.byMethod[method].outFen !== 0,
  );
  const counts: Record<List, number> = {
    received: log.received.length,
    moves: log.moves.length,
    handOvers: log.handOvers.length,
    payments: log.payments.length,
    overdue: log.overdue.length,
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        <Figure label={t('reports.log.received')} value={countText(log.received.length, language)} />
        <Figure label={t('reports.log.handedBack')} value={countText(log.handOvers.length, language)} />
        <Figure label={t('reports.log.netMoney')} value={money(log.money.netFen)} />
        <Figure label={t('reports.log.backlog')} value={countText(log.backlog.total, language)} />
        <Figure label={t('reports.log.overdue')} value={countText(log.overdue.length, language)} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('reports.log.money')}
          </Title>
          <Table withTableBorder verticalSpacing={4} aria-label={t('reports.log.money')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{c('method')}</Table.Th>
                <Table.Th ta="right">{t('cashClose.in')}</Table.Th>
                <Table.Th ta="right">{t('cashClose.out')}</Table.Th>
                <Table.Th ta="right">{t('cashClose.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {methods.map((method) => {
                const takings = log.money.byMethod[method];
                return (
                  <Table.Tr key={method}>
                    <Table.Th scope="row" fw={500}>
                      {t(`ledger.methods.${method}`)}
                    </Table.Th>
                    <Table.Td ta="right">{money(takings.inFen)}</Table.Td>
                    <Table.Td ta="right">{takings.outFen === 0 ? '' : money(-takings.outFen)}</Table.Td>
                    <Table.Td ta="right">{money(takings.inFen - takings.outFen)}</Table.Td>
                  </Table.Tr>
                );
              })}
              <Table.Tr>
                <Table.Th scope="row">{t('reports.summary.net')}</Table.Th>
                <Table.Td />
                <Table.Td />
                <Table.Td ta="right" fw={700}>
                  {money(log.money.netFen)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('reports.summary.discounts')} {money(log.money.discountsFen)} · {t('reports.summary.owedAtRelease')}{' '}
            {money(log.money.owedAtReleaseFen)} · {t('reports.summary.reversals')} {log.money.reversals}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('reports.log.closes')}
          </Title>
          {log.closes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reports.log.noCloses')}
            </Text>
          ) : (
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('reports.log.closes')}
            >
              {log.closes.map((close) => {
                const difference = close.figures.cashDifferenceFen;
                const corrected = close.corrections.reduce((sum, correction) => sum + correction.effectFen, 0);
                return (
                  <Paper key={close.id} withBorder p="xs" radius="sm" component="li">
                    <Group justify="space-between" gap="xs">
                      <Text size="sm">
                        {t('reports.log.closeLine', {
                          at: formatDateTime(close.closedAt),
                          name: close.staffName,
                          expected: money(close.figures.expectedCashFen),
                          counted: money(close.countedFen),
                        })}
                      </Text>
                      <Badge color={difference === 0 ? 'teal' : 'red'} variant="light">
                        {difference === 0
                          ? t('cashClose.matches')
                          : t(difference > 0 ? 'cashClose.over' : 'cashClose.short', {
                              amount: money(Math.abs(difference)),
                            })}
                      </Badge>
                    </Group>
                    {close.note ? (
                      <Text size="xs" c="dimmed">
                        {close.note}
                      </Text>
                    ) : null}
                    {close.corrections.length > 0 ? (
                      <Text size="xs" c="orange.9">
                        {t('reports.log.corrections', { amount: money(corrected), count: close.corrections.length })}
                      </Text>
                    ) : null}
                  </Paper>
                );
              })}
            </Stack>
          )}
        </Stack>
      </SimpleGrid>

      <Tabs value={list} onChange={(value) => value && setList(value as List)}>
        <Tabs.List>
          {lists.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`reports.sheets.${name}`)} ({counts[name]})
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {list === 'received' ? (
        <ReportTable
          label={t('reports.sheets.received')}
          rows={log.received}
          columns={[
            {
              id: 'number',
              header: c('number'),
              nowrap: true,
              sortValue: (row) => row.number,
              cell: (row) => <TicketLink id={row.id} number={row.number} />,
            },
            {
              id: 'at',
              header: c('time'),
              nowrap: true,
              sortValue: (row) => row.at,
              cell: (row) => formatDateTime(row.at),
            },
            {
              id: 'customer',
              header: c('customer'),
              sortValue: (row) => row.customerName,
              cell: (row) => `${row.customerName} ${row.customerPhone}`,
            },
            {
              id: 'product',
              header: c('product'),
              sortValue: (row) => row.productCategory,
              cell: (row) =>
                [row.productCategory === '' ? '' : categoryName(settings, row.productCategory, language), row.device]
                  .filter(Boolean)
                  .join(' · '),
            },
            {
              id: 'fault',
              header: c('fault'),
              sortValue: (row) => row.faultCategory,
              cell: (row) =>
                row.faultCategory === '' ? '' : faultName(settings, row.productCategory, row.faultCategory, language),
            },
            {
              id: 'service',
              header: c('serviceType'),
              sortValue: (row) => row.serviceType,
              cell: (row) => t(`serviceTypes.${row.serviceType}`),
            },
            {
              id: 'estimate',
              header: c('estimate'),
              numeric: true,
              sortValue: (row) => row.estimateFen,
              cell: (row) => money(row.estimateFen),
            },
            {
              id: 'receptionist',
              header: c('receptionist'),
              sortValue: (row) => row.receptionistName,
              cell: (row) => row.receptionistName,
            },
          ]}
        />
      ) : null}
      {list === 'moves' ? (
        <ReportTable
          label={t('reports.sheets.moves')}
          rows={log.moves}
          columns={[
            {
              id: 'at',
              header: c('time'),
              nowrap: true,
              sortValue: (row) => row.at,
              cell: (row) => formatDateTime(row.at),
            },
            {
              id: 'number',
              header: c('number'),
              nowrap: true,
              sortValue: (row) => row.number,
              cell: (row) => <TicketLink id={row.ticketId} number={row.number} />,
            },
            { id: 'event', header: c('event'), cell: (row) => t(`workflow.events.${row.kind}`) },
            { id: 'from', header: c('from'), cell: (row) => state(row.fromState) },
            { id: 'to', header: c('to'), sortValue: (row) => row.toState, cell: (row) => state(row.toState) },
            { id: 'staff', header: c('staff'), sortValue: (row) => row.staffName, cell: (row) => row.staffName },
          ]}
        />
      ) : null}
      {list === 'handOvers' ? (
        <ReportTable
          label={t('reports.sheets.handOvers')}
          rows={log.handOvers}
          columns={[
            {
              id: 'at',
              header: c('time'),
              nowrap: true,
              sortValue: (row) => row.at,
              cell: (row) => formatDateTime(row.at),
            },
            {
              id: 'number',
              header: c('number'),
              nowrap: true,
              sortValue: (row) => row.number,
              cell: (row) => <TicketLink id={row.ticketId} number={row.number} />,
            },
            { id: 'customer', header: c('customer'), cell: (row) => row.customerName },
            {
              id: 'repaired',
              header: c('repaired'),
              cell: (row) => t(row.repaired ? 'reports.yes' : 'reports.no'),
            },
            {
              id: 'discount',
              header: c('discount'),
              numeric: true,
              sortValue: (row) => row.discountFen,
              cell: (row) => money(row.discountFen),
            },
            {
              id: 'owed',
              header: c('owed'),
              numeric: true,
              sortValue: (row) => row.owedFen,
              cell: (row) => money(row.owedFen),
            },
            { id: 'staff', header: c('staff'), sortValue: (row) => row.staffName, cell: (row) => row.staffName },
          ]}
        />
      ) : null}
      {list === 'payments' ? (
        <ReportTable
          label={t('reports.sheets.payments')}
          rows={log.payments}
          columns={[
            {
              id: 'at',
              header: c('time'),
              nowrap: true,
              sortValue: (row) => row.at,
              cell: (row) => formatDateTime(row.at),
            },
            {
              id: 'number',
              header: c('number'),
              nowrap: true,
              sortValue: (row) => row.number,
              cell: (row) => <TicketLink id={row.ticketId} number={row.number} />,
            },
            { id: 'kind', header: c('kind'), cell: (row) => t(`ledger.kinds.${row.kind}`) },
            {
              id: 'method',
              header: c('method'),
              sortValue: (row) => row.method,
              cell: (row) => t(`ledger.methods.${row.method}`),
            },
            {
              id: 'amount',
              header: c('amount'),
              numeric: true,
              sortValue: (row) => (row.reversal ? -row.amountFen : row.amountFen),
              cell: (row) => money(row.reversal ? -row.amountFen : row.amountFen),
            },
            { id: 'staff', header: c('staff'), sortValue: (row) => row.staffName, cell: (row) => row.staffName },
          ]}
        />
      ) : null}
      {list === 'overdue' ? (
        <ReportTable
          label={t('reports.sheets.overdue')}
          rows={log.overdue}
          columns={[
            {
              id: 'number',
              header: c('number'),
              nowrap: true,
              sortValue: (row) => row.number,
              cell: (row) => <TicketLink id={row.ticketId} number={row.number} />,
            },
            { id: 'state', header: c('state'), sortValue: (row) => row.state, cell: (row) => state(row.state) },
            {
              id: 'dueFor',
              header: c('dueFor'),
              cell: (row) => (row.dueFor === 'promise' ? t('reports.promise') : state(row.dueFor)),
            },
            {
              id: 'dueAt',
              header: c('dueAt'),
              sortValue: (row) => row.dueAt,
              cell: (row) => formatDateTime(row.dueAt),
            },
          ]}
        />
      ) : null}
    </Stack>
  );
}

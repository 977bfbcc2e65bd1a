import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import { balanceOf } from '../../../shared/domain/ledger';
import { useLanguage } from '../../components/service-names';

/**
 * The estimate as recorded: its lines, what the warranty covers, the totals and the customer's
 * cost limit. Or, given the bill (`bill`), the same for what the work needs, with each part's spec
 * and reason, and what the customer agreed to pay.
 */
export function TicketEstimate({
  ticket,
  bill,
  totals: withTotals = true,
}: {
  ticket: TicketDetail;
  bill?: NonNullable<TicketDetail['bill']>;
  /** False: the lines alone, without the sums or the amount agreed (the pickup shows its own, with the discount as it is being given). */
  totals?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (fen: number) => formatFen(fen, { locale: language });
  const { fees, lines } = bill ?? ticket;
  // What was paid is set against what the ticket charges: its bill once billed, else the estimate.
  const charged = bill !== undefined || ticket.bill === null;
  const paid = ticket.ledger.summary;
  const balance = balanceOf(fees.totalFen, paid.paidFen);
  const ledgerRows = (
    [
      [t('tickets.detail.deposit'), paid.depositFen],
      [t('tickets.detail.paid'), paid.paymentsFen],
      [t('tickets.detail.refunded'), -paid.refundsFen],
    ] as [string, number][]
  ).filter(([, fen]) => fen !== 0);
  const totals: [label: string, fen: number, strong?: boolean][] = [
    [t('tickets.detail.subtotal'), fees.subtotalFen],
    ...(fees.warrantyCoverFen > 0
      ? [[t('tickets.detail.warrantyCover'), -fees.warrantyCoverFen] as [string, number]]
      : []),
    ...(fees.discountFen > 0 ? [[t('tickets.detail.discount'), -fees.discountFen] as [string, number]] : []),
    [t('tickets.detail.total'), fees.totalFen, true],
    ...(charged
      ? [
          ...ledgerRows,
          balance < 0
            ? ([t('tickets.detail.refund'), -balance, true] as [string, number, boolean])
            : ([t('tickets.detail.balance'), balance, true] as [string, number, boolean]),
        ]
      : []),
  ];

  return (
    <Stack gap="sm">
      {lines.length === 0 ? (
        <Text c="dimmed" size="sm">
          {bill ? t('tickets.detail.nothingBilled') : t('tickets.detail.noEstimate')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tickets.detail.lineKind')}</Table.Th>
              <Table.Th>{t('tickets.detail.lineDescription')}</Table.Th>
              <Table.Th ta="right">{t('tickets.detail.quantity')}</Table.Th>
              <Table.Th ta="right">{t('tickets.detail.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('tickets.detail.amount')}</Table.Th>
              <Table.Th>{t('tickets.detail.lineCovered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => {
              const covered = (fees.lines[index]?.coveredFen ?? 0) > 0;
              return (
                <Table.Tr key={index}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`lineKinds.${line.kind}`)}</Table.Td>
                  <Table.Td>
                    {line.description}
                    {'spec' in line && (line.spec || line.reason) ? (
                      <Text size="xs" c="dimmed">
                        {[line.spec, line.reason].filter(Boolean).join(' · ')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{line.quantity}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(line.unitPriceFen)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(fees.lines[index]?.amountFen ?? line.quantity * line.unitPriceFen)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {covered ? (
                      <Badge variant="light" color="teal" tt="none" size="sm">
                        {t('tickets.detail.covered')}
                      </Badge>
                    ) : line.warrantyCovered ? (
                      t('common.notSet')
                    ) : (
                      <Text size="sm" c="dimmed" span>
                        {t('tickets.detail.notCovered')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {!withTotals || (lines.length === 0 && paid.paidFen === 0) ? null : (
        <Stack gap={2} ml="auto" miw={260}>
          {totals.map(([label, fen, strong]) => (
            <Group key={label} justify="space-between" gap="xl" wrap="nowrap">
              <Text size="sm" fw={strong ? 700 : 400}>
                {label}
              </Text>
              <Text size="sm" fw={strong ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {money(fen)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {withTotals ? (
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {bill ? t('tickets.detail.approvedAmount') : t('tickets.detail.costLimit')}
          </Text>
          <Text size="sm" fw={600}>
            {bill
              ? money(ticket.approvedFen)
              : ticket.costLimitFen === null
                ? t('tickets.detail.noCostLimit')
                : money(ticket.costLimitFen)}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentEntry, StaffDirectoryEntry, TicketDetail } from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import { can } from '../../../shared/domain/roles';
import { queryKey, useApiMutation } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { useFieldProps } from '../../components/forms';
import { errorText, fieldErrors } from '../../components/messages';
import { useLanguage } from '../../components/service-names';

/**
 * Every sum taken or given back on the ticket, oldest first, as the ledger keeps it: nothing is
 * edited or removed, a mistake is reversed (by a manager, with the reason) and both entries stay.
 */
export function TicketLedger({ ticket, staff }: { ticket: TicketDetail; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [reversing, setReversing] = useState<PaymentEntry | null>(null);
  const money = (fen: number) => formatFen(fen, { locale: language });
  const mayReverse = can(staff.role, 'payments-reverse');
  if (ticket.ledger.entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.ledger.none')}
      </Text>
    );
  return (
    <Stack gap="sm">
      <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" aria-label={t('tickets.ledger.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.ledger.time')}</Table.Th>
            <Table.Th>{t('tickets.ledger.entry')}</Table.Th>
            <Table.Th ta="right">{t('tickets.ledger.amount')}</Table.Th>
            <Table.Th>{t('tickets.ledger.by')}</Table.Th>
            {mayReverse ? <Table.Th aria-label={t('tickets.ledger.actions')} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ticket.ledger.entries.map((entry) => {
            const outwards = (entry.kind === 'refund') === (entry.reversesId === null);
            const details = [
              entry.tenderedFen !== null && entry.changeFen > 0
                ? t('tickets.ledger.tendered', { tendered: money(entry.tenderedFen), change: money(entry.changeFen) })
                : '',
              entry.reference ? t('tickets.ledger.reference', { reference: entry.reference }) : '',
              entry.reversesId !== null ? t('tickets.ledger.reverses', { reason: entry.reason }) : '',
            ].filter(Boolean);
            return (
              <Table.Tr key={entry.id} c={entry.reversedById !== null ? 'dimmed' : undefined}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" td={entry.reversedById !== null ? 'line-through' : undefined}>
                      {t(`ledger.kinds.${entry.kind}`)} · {t(`ledger.methods.${entry.method}`)}
                    </Text>
                    {entry.reversesId !== null ? (
                      <Badge size="sm" variant="light" color="orange" tt="none">
                        {t('ledger.reversal')}
                      </Badge>
                    ) : null}
                    {entry.reversedById !== null ? (
                      <Badge size="sm" variant="light" color="gray" tt="none">
                        {t('ledger.reversed')}
                      </Badge>
                    ) : null}
                  </Group>
                  {details.length > 0 ? (
                    <Text size="xs" c="dimmed">
                      {details.join(' · ')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {outwards ? `−${money(entry.amountFen)}` : money(entry.amountFen)}
                </Table.Td>
                <Table.Td>{entry.staffName}</Table.Td>
                {mayReverse ? (
                  <Table.Td>
                    {entry.reversesId === null && entry.reversedById === null ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('tickets.ledger.reverseEntry', {
                          entry: `${t(`ledger.kinds.${entry.kind}`)} · ${t(`ledger.methods.${entry.method}`)} · ${money(entry.amountFen)}`,
                        })}
                        onClick={() => setReversing(entry)}
                      >
                        {t('tickets.ledger.reverse')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="sm" ta="right">
        {t('tickets.ledger.paid')} <b>{money(ticket.ledger.summary.paidFen)}</b>
      </Text>
      {reversing ? <ReverseDialog ticket={ticket} entry={reversing} onClose={() => setReversing(null)} /> : null}
    </Stack>
  );
}

function ReverseDialog({ ticket, entry, onClose }: { ticket: TicketDetail; entry: PaymentEntry; onClose(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });
  const field = useFieldProps(form);
  const reverse = useApiMutation('payments-reverse', {
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKey('tickets-get', { id: updated.id }), updated);
      void queryClient.invalidateQueries({ queryKey: ['ready-shelf'] });
      notifications.show({ color: 'teal', message: t('tickets.ledger.reversedNotice') });
      onClose();
    },
    onError: (error) => form.setErrors({ reason: fieldErrors(t, error).reason ?? errorText(t, error) }),
  });
  const what = `${t(`ledger.kinds.${entry.kind}`)} · ${t(`ledger.methods.${entry.method}`)} · ${formatFen(
    entry.amountFen,
    { locale: language },
  )}`;
  return (
    <Modal opened onClose={onClose} title={t('tickets.ledger.reverseTitle', { number: ticket.number })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          reverse.mutate({ paymentId: entry.id, reason: form.getValues().reason });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('tickets.ledger.reverseHint', { entry: what })}</Text>
          <Textarea label={t('tickets.ledger.reason')} autosize minRows={2} data-autofocus {...field('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={reverse.isPending}>
              {t('tickets.ledger.reverse')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Badge, Button, Group, Modal, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentEntry, StaffDirectoryEntry, TicketDetail } from '../../../shared/contract';
import { fenToYuanText, formatFen, parseYuan } from '../../../shared/domain/fees';
import { paymentMethods, type PaymentMethod } from '../../../shared/domain/ledger';
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
  const [collecting, setCollecting] = useState(false);
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
      <Group justify="flex-end" gap="md">
        {ticket.state === 'picked-up' && ticket.ledger.balanceFen !== 0 && can(staff.role, 'intake') ? (
          <Button size="xs" variant="light" onClick={() => setCollecting(true)}>
            {ticket.ledger.balanceFen > 0
              ? t('tickets.ledger.takeRest', { amount: money(ticket.ledger.balanceFen) })
              : t('tickets.ledger.giveBack', { amount: money(-ticket.ledger.balanceFen) })}
          </Button>
        ) : null}
        <Text size="sm">
          {t('tickets.ledger.paid')} <b>{money(ticket.ledger.summary.paidFen)}</b>
        </Text>
      </Group>
      {collecting ? <CollectDialog ticket={ticket} onClose={() => setCollecting(false)} /> : null}
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
      void queryClient.invalidateQueries({ queryKey: queryKey('ready-shelf') });
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

/** What a release left owed taken later, or a sum owed back given back, in one entry. */
function CollectDialog({ ticket, onClose }: { ticket: TicketDetail; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const owed = ticket.ledger.balanceFen;
  const kind = owed > 0 ? 'payment' : 'refund';
  const form = useForm({ initialValues: { method: 'cash' as PaymentMethod, amount: fenToYuanText(Math.abs(owed)) } });
  const field = useFieldProps(form);
  const record = useApiMutation('payments-record', {
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKey('tickets-get', { id: updated.id }), updated);
      notifications.show({ color: 'teal', message: t('tickets.ledger.recordedNotice') });
      onClose();
    },
    onError: (error) => form.setErrors({ amount: fieldErrors(t, error)['tender.amountFen'] ?? errorText(t, error) }),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(kind === 'payment' ? 'tickets.ledger.takeTitle' : 'tickets.ledger.giveBackTitle', {
        number: ticket.number,
      })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const amountFen = parseYuan(form.getValues().amount);
          if (amountFen === null) return form.setErrors({ amount: t('validation.money') });
          record.mutate({ ticketId: ticket.id, kind, tender: { method: form.getValues().method, amountFen } });
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('pickup.method')}
            data={paymentMethods.map((method) => ({ value: method, label: t(`ledger.methods.${method}`) }))}
            allowDeselect={false}
            {...field('method')}
          />
          <TextInput label={t('pickup.amount')} inputMode="decimal" data-autofocus {...field('amount')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

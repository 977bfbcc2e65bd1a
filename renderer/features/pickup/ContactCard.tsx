import { Button, Card, CopyButton, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconCopy, IconMessage, IconPhoneCheck, IconPhoneOff, IconPhoneX } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  localize,
  messageOccasions,
  type ContactFacts,
  type MessageOccasion,
  type TicketDetail,
} from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import { fillMessage } from '../../../shared/domain/messages';
import { daysOnShelf, REMINDER_AFTER_DAYS } from '../../../shared/domain/pickup';
import { queryKey, useApiMutation, useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { KeyHint } from '../../components/KeyHint';
import { errorText } from '../../components/messages';
import { useLanguage, useServiceSettings } from '../../components/service-names';
import classes from './Pickup.module.css';

type Attempt = Pick<ContactFacts, 'channel' | 'outcome'>;

/** The four things that come of trying to reach a customer, each a key when no field has the focus. */
const attempts: { attempt: Attempt; key: string; icon: ReactNode }[] = [
  { attempt: { channel: 'call', outcome: 'reached' }, key: 'R', icon: <IconPhoneCheck size={16} /> },
  { attempt: { channel: 'call', outcome: 'no-answer' }, key: 'N', icon: <IconPhoneOff size={16} /> },
  { attempt: { channel: 'call', outcome: 'wrong-number' }, key: 'W', icon: <IconPhoneX size={16} /> },
  { attempt: { channel: 'message', outcome: 'sent' }, key: 'M', icon: <IconMessage size={16} /> },
];

function keysAreTaken(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], canvas')) return true;
  return document.querySelector('[role="dialog"]') !== null;
}

/**
 * The occasion a message is most likely for: the quote while it waits for the customer, the
 * device going back as it came, else ready, or (after a week on the shelf) a reminder.
 */
function likelyOccasion(ticket: TicketDetail, now: Date, timeZone: string): MessageOccasion {
  if (ticket.state === 'awaiting-approval') return 'approval';
  if (ticket.state === 'returned-unrepaired' || ticket.state === 'cancelled') return 'returned';
  const waited = ticket.shelvedAt ? daysOnShelf(new Date(ticket.shelvedAt), now, timeZone) : 0;
  return waited >= REMINDER_AFTER_DAYS ? 'reminder' : 'ready';
}

/**
 * Reaching the customer: each attempt recorded with one click or key (called and reached, no
 * answer, wrong number, message sent), the message for the occasion filled in ready to copy,
 * and every attempt so far.
 */
export function ContactCard({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const settings = useServiceSettings().data;
  const shop = useApiQuery('settings-shop-get', {});
  // The likely occasion until someone picks another (the shop's calendar counts the days on the shelf).
  const [picked, setOccasion] = useState<MessageOccasion | null>(null);
  const occasion =
    picked ??
    likelyOccasion(
      ticket,
      new Date(),
      settings?.businessHours.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  const contact = useApiMutation('tickets-contact', {
    onSuccess: (updated, input) => {
      queryClient.setQueryData(queryKey('tickets-get', { id: updated.id }), updated);
      void queryClient.invalidateQueries({ queryKey: queryKey('ready-shelf') });
      notifications.show({
        color: 'teal',
        message: t('pickup.contactRecorded', { outcome: t(`pickup.outcomes.${input.contact.outcome}`) }),
      });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
  });
  const record = (attempt: Attempt) =>
    contact.mutate({
      ticketId: ticket.id,
      contact: { ...attempt, occasion: attempt.channel === 'message' ? occasion : '' },
    });
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || keysAreTaken(event)) return;
      const found = attempts.find((entry) => entry.key === event.key.toUpperCase());
      if (!found) return;
      event.preventDefault();
      latest.current(found.attempt);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const money = (fen: number) => formatFen(fen, { locale: language });
  const owed = occasion === 'approval' ? (ticket.bill?.fees.totalFen ?? ticket.totalFen) : ticket.ledger.balanceFen;
  const template = settings ? localize(settings.pickup.messages[occasion], language) : '';
  const message = fillMessage(template, {
    customer: ticket.customer.name,
    number: ticket.number,
    amount: money(Math.max(owed, 0)),
    shop: shop.data?.name ?? '',
    hours: shop.data?.hours ?? '',
  });
  const history = ticket.events.filter((event) => event.kind === 'contact').reverse();

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('pickup.contactTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {ticket.customer.phone}
          </Text>
        </Group>
        <Group gap="xs" role="group" aria-label={t('pickup.contactLabel')}>
          {attempts.map(({ attempt, key, icon }) => (
            <Button
              key={attempt.outcome}
              variant={attempt.outcome === 'reached' ? 'light' : 'default'}
              leftSection={icon}
              rightSection={<KeyHint keys={[key]} />}
              loading={contact.isPending && contact.variables?.contact.outcome === attempt.outcome}
              onClick={() => record(attempt)}
            >
              {t(`pickup.attempts.${attempt.outcome}`)}
            </Button>
          ))}
        </Group>
        <Stack gap={6}>
          <Group justify="space-between">
            <SegmentedControl
              size="xs"
              aria-label={t('pickup.occasionLabel')}
              value={occasion}
              onChange={(value) => setOccasion(value as MessageOccasion)}
              data={messageOccasions.map((value) => ({ value, label: t(`pickup.occasions.${value}`) }))}
            />
            <CopyButton value={message}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" leftSection={<IconCopy size={14} />} onClick={copy}>
                  {copied ? t('pickup.copied') : t('pickup.copyMessage')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Paper withBorder p="xs" bg="gray.0" aria-label={t('pickup.messageLabel')} role="note">
            <Text size="sm" className={classes.message}>
              {message}
            </Text>
          </Paper>
        </Stack>
        {history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pickup.notContacted')}
          </Text>
        ) : (
          <Stack gap={2} aria-label={t('pickup.historyLabel')} role="list">
            {history.map((event) =>
              event.kind === 'contact' ? (
                <Text key={event.id} size="sm" role="listitem">
                  <Text span c="dimmed" size="sm">
                    {formatDateTime(event.at)} · {event.actorName} ·{' '}
                  </Text>
                  {t(`pickup.outcomes.${event.facts.outcome}`)}
                  {event.facts.occasion ? ` (${t(`pickup.occasions.${event.facts.occasion}`)})` : ''}
                  {event.note ? ` — ${event.note}` : ''}
                </Text>
              ) : null,
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

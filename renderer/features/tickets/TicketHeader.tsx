import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation, IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/contract';
import { isOverdue } from '../../../shared/domain/ticket-states';
import { routeHref } from '../../app/route';
import { formatDateTime } from '../../components/dates';
import { TicketBadges } from './ticket-badges';
import { useNow } from './use-now';

/** Number, state, type and priority; when it came in and by whom; what was promised, and whether that has passed. */
export function TicketHeader({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const now = useNow([ticket.promisedAt]);
  const overdue = isOverdue(ticket, now);
  const moved = ticket.promisedChangeReason !== '' && ticket.promisedComputedAt !== null;
  return (
    <Card withBorder padding="lg" style={overdue ? { borderLeft: '4px solid var(--mantine-color-red-7)' } : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6}>
            <Title order={1} size="h2" lh={1.2}>
              <Text span inherit c="dimmed" fw={500} mr="xs">
                {t('tickets.detail.title')}
              </Text>
              <Text span inherit ff="monospace" fw={700}>
                {ticket.number}
              </Text>
            </Title>
            <TicketBadges ticket={ticket} />
          </Stack>
          <Stack gap={2} align="flex-end">
            <Text size="xs" c="dimmed">
              {t('tickets.detail.promisedAt')}
            </Text>
            <Text size="xl" fw={700} c={overdue ? 'red.9' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {ticket.promisedAt === null ? t('common.notSet') : formatDateTime(ticket.promisedAt)}
            </Text>
            {ticket.promisedAt === null ? (
              <Text size="xs" c="dimmed">
                {t('tickets.detail.noPromise')}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            t('tickets.detail.received', { time: formatDateTime(ticket.createdAt), name: ticket.receptionistName }),
            ticket.closedAt ? t('tickets.detail.closed', { time: formatDateTime(ticket.closedAt) }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {moved && ticket.promisedComputedAt ? (
          <Text size="sm">
            {t('tickets.detail.promiseMoved', {
              time: formatDateTime(ticket.promisedComputedAt),
              reason: ticket.promisedChangeReason,
            })}
          </Text>
        ) : null}
        {ticket.relatedTicket ? (
          <TicketLinks label={t('tickets.detail.related')} tickets={[ticket.relatedTicket]} />
        ) : null}
        {ticket.comebackOf ? (
          <TicketLinks label={t('tickets.detail.comebackOf')} tickets={[ticket.comebackOf]} />
        ) : null}
        {ticket.comebacks.length > 0 ? (
          <TicketLinks label={t('tickets.detail.comebacks')} tickets={ticket.comebacks} />
        ) : null}
        {overdue && ticket.promisedAt ? (
          <Alert color="red" variant="light" icon={<IconClockExclamation size={20} />} p="xs" role="status">
            <Text size="sm" fw={700}>
              {t('tickets.detail.overdueNotice', { time: formatDateTime(ticket.promisedAt) })}
            </Text>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Tickets this one is linked to: the one a complaint is about, the repair a device came back from, its comebacks. */
function TicketLinks({ label, tickets }: { label: string; tickets: readonly { id: number; number: string }[] }) {
  return (
    <Group gap={6}>
      <IconLink size={16} aria-hidden />
      <Text size="sm">{label}</Text>
      {tickets.map((linked) => (
        <Anchor
          key={linked.id}
          href={routeHref({ section: 'tickets', ticketId: linked.id })}
          ff="monospace"
          size="sm"
          fw={600}
        >
          {linked.number}
        </Anchor>
      ))}
    </Group>
  );
}

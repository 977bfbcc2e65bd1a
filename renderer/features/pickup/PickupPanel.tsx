import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry, TicketDetail } from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import { navigate, routeHref } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';
import { formatDateTime } from '../../components/dates';
import { TicketLoader } from '../../components/TicketLoader';
import { useLanguage } from '../../components/service-names';
import { PrintActions } from '../printing/PrintActions';
import { PrintHistory } from '../printing/PrintHistory';
import { useAutoPrint } from '../printing/use-auto-print';
import { Fact, Facts } from '../tickets/TicketFacts';
import { TicketBadges } from '../tickets/ticket-badges';
import { ContactCard } from './ContactCard';
import { PickupForm } from './PickupForm';
import { handedOverHere } from './handed-over';

/** The chosen ticket at the pickup counter: who and what it is, the calls to its customer, and its hand-over. */
export function PickupPanel({ ticketId, staff }: { ticketId: number; staff: StaffDirectoryEntry }) {
  return <TicketLoader ticketId={ticketId}>{(ticket) => <PickupFacts ticket={ticket} staff={staff} />}</TicketLoader>;
}

function PickupFacts({ ticket, staff }: { ticket: TicketDetail; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TicketHeading ticket={ticket} />
      {ticket.state === 'picked-up' ? (
        <PickedUp ticket={ticket} />
      ) : (
        <>
          <ContactCard ticket={ticket} />
          {ticket.allowedActions.includes('hand-over') ? (
            <PickupForm ticket={ticket} staff={staff} />
          ) : (
            <Alert color="orange" title={t('pickup.notOnShelfTitle', { number: ticket.number })}>
              {t('pickup.cannotHandOver', { state: t(`ticketStates.${ticket.state}`) })}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}

function TicketHeading({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
            <Anchor href={routeHref({ section: 'tickets', ticketId: ticket.id })} ff="monospace" fw={700} inherit>
              {ticket.number}
            </Anchor>
          </Title>
          <TicketBadges ticket={ticket} />
        </Group>
        <Facts>
          <Fact label={t('tickets.detail.customer')}>
            <Anchor href={routeHref({ section: 'customers', customerId: ticket.customerId })}>
              {ticket.customer.name}
            </Anchor>{' '}
            · {ticket.customer.phone}
          </Fact>
          <Fact label={t('tickets.detail.device')}>{ticket.deviceLabel || '—'}</Fact>
          {ticket.storageLocation ? <Fact label={t('pickup.location')}>{ticket.storageLocation}</Fact> : null}
          {ticket.shelvedAt ? <Fact label={t('pickup.shelvedAt')}>{formatDateTime(ticket.shelvedAt)}</Fact> : null}
          {ticket.workDone ? <Fact label={t('pickup.workDone')}>{ticket.workDone}</Fact> : null}
        </Facts>
      </Stack>
    </Card>
  );
}

/** After the hand-over: what was settled, and the pickup receipt (printed at once if the manager chose so). */
function PickedUp({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  useAutoPrint(ticket.id, 'pickup', { enabled: handedOverHere.has(ticket.id) });
  // Esc: back to the shelf for the next customer (unless a dialog is open: Esc is its own).
  useHotkeys([
    ['Escape', () => document.querySelector('[role="dialog"]') ?? navigate({ section: 'pickup', ticketId: null })],
  ]);
  const pickup = ticket.pickup;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" align="flex-start">
        <Group gap="xs">
          <IconCircleCheck size={28} color="var(--mantine-color-teal-7)" />
          <Title order={2} size="h3">
            {t('pickup.done')}
          </Title>
        </Group>
        {pickup ? (
          <Text>
            {t('pickup.doneFacts', {
              time: formatDateTime(pickup.at),
              name: pickup.handedOverBy,
              paid: formatFen(ticket.ledger.summary.paidFen, { locale: language }),
            })}
          </Text>
        ) : null}
        {pickup?.repairWarrantyUntil ? (
          <Text fw={600}>{t('pickup.warrantyUntil', { date: pickup.repairWarrantyUntil })}</Text>
        ) : null}
        {pickup && pickup.owedFen > 0 ? (
          <Alert color="orange">
            {t('pickup.stillOwed', { amount: formatFen(pickup.owedFen, { locale: language }) })}
          </Alert>
        ) : null}
        <Group gap="sm">
          <PrintActions ticket={ticket} main={['pickup-receipt']} primary />
          <Button
            variant="light"
            rightSection={<KeyHint keys={['Esc']} />}
            onClick={() => navigate({ section: 'pickup', ticketId: null })}
          >
            {t('pickup.next')}
          </Button>
        </Group>
        <PrintHistory ticketId={ticket.id} />
      </Stack>
    </Card>
  );
}

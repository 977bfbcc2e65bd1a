import { Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localize, type StaffDirectoryEntry, type TicketDetail } from '../../../shared/contract';
import { hasQuote, type TicketDocument } from '../../../shared/domain/printing';
import { routeHref } from '../../app/route';
import { TicketLoader } from '../../components/TicketLoader';
import { useLanguage, useServiceSettings } from '../../components/service-names';
import { PrintActions } from '../printing/PrintActions';
import { DevicePassword } from '../tickets/DevicePassword';
import { TicketEstimate } from '../tickets/TicketEstimate';
import { Fact, Facts } from '../tickets/TicketFacts';
import { TicketTimeline } from '../tickets/TicketTimeline';
import { TicketBadges } from '../tickets/ticket-badges';
import { useNow } from '../tickets/use-now';
import { dueWords } from './due-words';
import { MoveActions } from './MoveActions';

/**
 * What the workbench prints with one click: the work order, and while the customer is to be
 * asked, the quote first (for them to sign at the counter, or to read out on the phone).
 */
function workshopDocuments(ticket: TicketDetail): TicketDocument[] {
  return ticket.state === 'awaiting-approval' && hasQuote(ticket) ? ['quote', 'work-order'] : ['work-order'];
}

/** What the workshop needs of a ticket, and its next moves: the technician's side of the ticket. */
export function TicketWorkPanel({ ticketId, staff }: { ticketId: number; staff: StaffDirectoryEntry }) {
  return <TicketLoader ticketId={ticketId}>{(ticket) => <WorkFacts ticket={ticket} staff={staff} />}</TicketLoader>;
}

function WorkFacts({ ticket, staff }: { ticket: TicketDetail; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const now = useNow([ticket.dueAt]);
  const due = dueWords(t, ticket, now);
  const category = settings?.productCategories.find((entry) => entry.code === ticket.productCategory);
  const faultName = (code: string) =>
    category?.faults.flatMap((node) => [node, ...node.children]).find((node) => node.code === code)?.name;
  const diagnosedFault = ticket.diagnosis?.faultCategory ? faultName(ticket.diagnosis.faultCategory) : undefined;
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
              <Anchor href={routeHref({ section: 'tickets', ticketId: ticket.id })} ff="monospace" fw={700} inherit>
                {ticket.number}
              </Anchor>
            </Title>
            {due ? (
              <Text fw={700} c={due.overdue ? 'red.9' : undefined}>
                {due.text}
              </Text>
            ) : null}
          </Group>
          <TicketBadges ticket={ticket} />
          <MoveActions ticket={ticket} />
          <Divider my={4} />
          <PrintActions ticket={ticket} main={workshopDocuments(ticket)} />
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Facts>
          <Fact label={t('tickets.detail.name')}>{ticket.customerName}</Fact>
          <Fact label={t('workbench.phone')}>{ticket.customerPhone}</Fact>
          <Fact label={t('tickets.detail.device')}>
            {[category ? localize(category.name, language) : ticket.productCategory, ticket.deviceLabel]
              .filter(Boolean)
              .join(' · ')}
          </Fact>
          <Fact label={t('workbench.customerSaid')}>{ticket.faultDescription}</Fact>
          <Fact label={t('workbench.technician')}>
            {ticket.technician?.name ?? t('workbench.unassignedTechnician')}
          </Fact>
          {ticket.diagnosis ? (
            <>
              <Fact label={t('workbench.cause')}>{ticket.diagnosis.cause}</Fact>
              {ticket.diagnosis.findings ? (
                <Fact label={t('workbench.findings')}>{ticket.diagnosis.findings}</Fact>
              ) : null}
              {diagnosedFault ? (
                <Fact label={t('workbench.correctedFault')}>{localize(diagnosedFault, language)}</Fact>
              ) : null}
            </>
          ) : null}
          {ticket.workDone ? <Fact label={t('workbench.workDone')}>{ticket.workDone}</Fact> : null}
          {ticket.storageLocation ? <Fact label={t('workbench.storageLocation')}>{ticket.storageLocation}</Fact> : null}
        </Facts>
        {ticket.hasDevicePassword ? (
          <Stack mt="sm">
            <DevicePassword ticketId={ticket.id} role={staff.role} />
          </Stack>
        ) : null}
      </Card>
      <Card withBorder padding="md">
        <Title order={3} size="h5" mb="sm">
          {ticket.bill ? t('workbench.bill') : t('tickets.detail.estimate')}
        </Title>
        <TicketEstimate ticket={ticket} bill={ticket.bill ?? undefined} />
      </Card>
      <Card withBorder padding="md">
        <Title order={3} size="h5" mb="sm">
          {t('tickets.detail.timeline')}
        </Title>
        <TicketTimeline events={ticket.events} />
      </Card>
    </Stack>
  );
}

import { Alert, Button, Card, Center, Group, Image, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry, TicketDetail } from '../../../shared/contract';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import { useApiQuery } from '../../api/hooks';
import { navigate } from '../../app/route';
import { formatDateTime } from '../../components/dates';
import { KeyHint } from '../../components/KeyHint';
import { errorText } from '../../components/messages';
import { DevicePassword } from './DevicePassword';
import { useServiceSettings } from '../../components/service-names';
import { TicketEstimate } from './TicketEstimate';
import { TicketLedger } from './TicketLedger';
import { TicketPickupFacts } from './TicketPickupFacts';
import { CustomerFacts, DeviceFacts, Fact, Facts, FaultFacts, WarrantyFacts } from './TicketFacts';
import { TicketHeader } from './TicketHeader';
import { TicketTimeline } from './TicketTimeline';
import { PrintActions } from '../printing/PrintActions';
import { PrintHistory } from '../printing/PrintHistory';
import { MoveActions } from '../workbench/MoveActions';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

const toList = () => navigate({ section: 'tickets', ticketId: null });

/**
 * Esc goes back to the list, unless a dialog or menu is open (the print preview, the printing
 * menu): then Esc closes that only. Checked before the dialog handles the key, while it is
 * still there to be seen.
 */
function useEscapeToList() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"], [role="menu"]')) return;
      toList();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/** Everything recorded on one ticket, read-only; Esc goes back to the list. */
export function TicketDetailPage({ id, staff }: { id: number; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const ticket = useApiQuery('tickets-get', { id });
  const settings = useServiceSettings().data;
  useEscapeToList();

  const back = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      rightSection={<KeyHint keys={['Esc']} />}
      onClick={toList}
      px="xs"
      autoFocus
    >
      {t('tickets.detail.back')}
    </Button>
  );
  if (ticket.isPending) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (ticket.isError) {
    return (
      <Stack align="flex-start">
        {back}
        <Alert color="red">
          {ticket.error.error.code === 'not-found' ? t('tickets.detail.notFound') : errorText(t, ticket.error)}
        </Alert>
      </Stack>
    );
  }
  const data = ticket.data;
  return (
    <Stack gap="md" maw={1280} pb="xl">
      <Group justify="space-between" align="center">
        {back}
        <PrintActions ticket={data} />
      </Group>
      <TicketHeader ticket={data} />
      <Card withBorder padding="md">
        <MoveActions ticket={data} />
      </Card>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
        <Stack gap="md">
          <Section title={t('tickets.detail.customer')}>
            <CustomerFacts ticket={data} />
          </Section>
          <Section title={t('tickets.detail.fault')}>
            <FaultFacts ticket={data} settings={settings} />
          </Section>
          <Section title={t('tickets.detail.device')}>
            <Stack gap="sm">
              <DeviceFacts ticket={data} settings={settings} />
              {data.device ? <WarrantyFacts ticket={data} /> : null}
              {data.hasDevicePassword ? <DevicePassword ticketId={data.id} role={staff.role} /> : null}
            </Stack>
          </Section>
        </Stack>
        <Stack gap="md">
          <SolutionSection ticket={data} />
          <WorkSection ticket={data} />
          {data.bill ? (
            <Section title={t('workbench.bill')}>
              <TicketEstimate ticket={data} bill={data.bill} />
            </Section>
          ) : null}
          {serviceTypeNeeds(data.serviceType).estimate || data.lines.length > 0 ? (
            <Section title={t('tickets.detail.estimate')}>
              <TicketEstimate ticket={data} />
            </Section>
          ) : null}
          {data.ledger.entries.length > 0 || data.state === 'picked-up' ? (
            <Section title={t('tickets.ledger.title')}>
              <TicketLedger ticket={data} staff={staff} />
            </Section>
          ) : null}
          {data.pickup ? (
            <Section title={t('tickets.pickup.title')}>
              <TicketPickupFacts pickup={data.pickup} />
            </Section>
          ) : null}
          <Section title={t('tickets.detail.consent')}>
            <ConsentFacts ticket={data} />
          </Section>
          <Section title={t('tickets.detail.timeline')}>
            <TicketTimeline events={data.events} />
          </Section>
          <Section title={t('printing.panel.history')}>
            <PrintHistory ticketId={data.id} />
          </Section>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

/** What the workshop recorded: who has it, what they found, what they did, where it waits. */
function WorkSection({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  if (!ticket.technician && !ticket.diagnosis && !ticket.workDone) return null;
  return (
    <Section title={t('workbench.diagnosis')}>
      <Facts>
        <Fact label={t('workbench.technician')}>{ticket.technician?.name ?? t('workbench.unassignedTechnician')}</Fact>
        {ticket.diagnosis ? <Fact label={t('workbench.cause')}>{ticket.diagnosis.cause}</Fact> : null}
        {ticket.diagnosis?.findings ? <Fact label={t('workbench.findings')}>{ticket.diagnosis.findings}</Fact> : null}
        {ticket.workDone ? <Fact label={t('workbench.workDone')}>{ticket.workDone}</Fact> : null}
        {ticket.storageLocation ? <Fact label={t('workbench.storageLocation')}>{ticket.storageLocation}</Fact> : null}
      </Facts>
    </Section>
  );
}

function SolutionSection({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  if (ticket.solution === '' && ticket.resolution === '') return null;
  return (
    <Section title={ticket.solution ? t('tickets.detail.solution') : t('tickets.detail.resolution')}>
      <Stack gap="sm">
        {ticket.solution ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {ticket.solution}
          </Text>
        ) : null}
        {ticket.solution && ticket.resolution ? (
          <Facts>
            <Fact label={t('tickets.detail.resolution')}>{ticket.resolution}</Fact>
          </Facts>
        ) : ticket.resolution ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {ticket.resolution}
          </Text>
        ) : null}
      </Stack>
    </Section>
  );
}

function ConsentFacts({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const time = formatDateTime(ticket.consentAt);
  if (ticket.consentMethod === 'signature') {
    return (
      <Stack gap="xs">
        <Text size="sm">{t('tickets.detail.consentSignature', { time })}</Text>
        {ticket.signaturePng ? (
          <Image
            src={ticket.signaturePng}
            alt={t('tickets.detail.signatureAlt')}
            maw={320}
            h={120}
            fit="contain"
            bd="1px solid var(--mantine-color-gray-3)"
            radius="sm"
            bg="white"
          />
        ) : null}
      </Stack>
    );
  }
  return <Text size="sm">✓ {t('tickets.detail.consentTick', { time })}</Text>;
}

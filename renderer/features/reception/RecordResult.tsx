import { Badge, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconArrowRight, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/contract';
import { formatFen } from '../../../shared/domain/fees';
import { formatDateTime } from '../../components/dates';
import { navigate } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';
import { PrintActions } from '../printing/PrintActions';
import { PrintHistory } from '../printing/PrintHistory';
import { useAutoPrint } from '../printing/use-auto-print';

/** Step 6: the ticket is recorded: its number, and what to do next. */
export function RecordResult({ ticket, onNext }: { ticket: TicketDetail; onNext(): void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  useAutoPrint(ticket.id);
  return (
    <Center h="100%">
      <Card withBorder padding="xl" w={760} shadow="sm">
        <Stack gap="md" align="center">
          <IconCircleCheck size={48} color="var(--mantine-color-teal-7)" />
          <Title order={1} size="h2">
            {t('reception.record.recorded')}
          </Title>
          <div style={{ textAlign: 'center' }}>
            <Text size="sm" c="dimmed">
              {t('reception.record.number')}
            </Text>
            <Text ff="monospace" fw={700} fz={36} lh={1.2} aria-label={t('reception.record.number')}>
              {ticket.number}
            </Text>
          </div>
          <Group gap="xs">
            <Badge variant="light">{t(`serviceTypes.${ticket.serviceType}`)}</Badge>
            <Badge variant="light" color="gray">
              {t(`ticketStates.${ticket.state}`)}
            </Badge>
            <Badge variant="light" color={ticket.warranty.status === 'out' ? 'orange' : 'teal'}>
              {t(`warranty.status.${ticket.warranty.status}`)}
            </Badge>
          </Group>
          <Text ta="center">
            {ticket.customer.name} · {ticket.deviceLabel || t(`serviceTypes.${ticket.serviceType}`)}
            {ticket.promisedAt ? ` · ${t('reception.confirm.promised')} ${formatDateTime(ticket.promisedAt)}` : ''}
            {ticket.fees.totalFen > 0 ? ` · ${formatFen(ticket.fees.totalFen, { locale })}` : ''}
          </Text>
          {ticket.state === 'closed' ? <Text c="dimmed">{t('reception.record.closed')}</Text> : null}
          <PrintActions ticket={ticket} primary shortcuts />
          <PrintHistory ticketId={ticket.id} />
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconFileText size={16} />}
              onClick={() => {
                navigate({ section: 'tickets', ticketId: ticket.id });
              }}
            >
              {t('reception.record.viewTicket')}
            </Button>
            <Button
              data-autofocus
              autoFocus
              rightSection={
                <>
                  <IconArrowRight size={16} />
                  <KeyHint keys={['Enter']} />
                </>
              }
              onClick={onNext}
            >
              {t('reception.record.newIntake')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Center>
  );
}

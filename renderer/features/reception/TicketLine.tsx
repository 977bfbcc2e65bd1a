import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '../../../shared/contract';
import { formatDateTime } from '../../components/dates';

/**
 * One ticket in a short list: number, state, what it is about and when it was taken in. The
 * number and the state never wrap or shrink; what it is about gives way first.
 */
export function TicketLine({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Text ff="monospace" fw={600} size="sm" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          {ticket.number}
        </Text>
        <Badge variant="light" size="sm" style={{ flexShrink: 0, overflow: 'visible' }}>
          {t(`ticketStates.${ticket.state}`)}
        </Badge>
        <Text size="sm" truncate>
          {t(`serviceTypes.${ticket.serviceType}`)} · {ticket.deviceLabel || ticket.faultDescription}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
        {formatDateTime(ticket.createdAt)}
      </Text>
    </Group>
  );
}

import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketEvent } from '../../../shared/contract';
import { formatDateTime } from '../../components/dates';

/** The ticket's recorded events, oldest first: when, who, from which state to which, and the note. */
export function TicketTimeline({ events }: { events: readonly TicketEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((event) => {
        const kind = t(`workflow.events.${event.kind}`);
        return (
          <Timeline.Item
            key={event.id}
            title={
              event.kind === 'contact'
                ? `${kind}: ${t(`pickup.outcomes.${event.facts.outcome}`)}`
                : event.fromState === null
                  ? t(`ticketStates.${event.toState}`)
                  : `${t(`ticketStates.${event.fromState}`)} → ${t(`ticketStates.${event.toState}`)}`
            }
          >
            <Text size="sm" c="dimmed">
              {[
                formatDateTime(event.at),
                t('tickets.detail.eventBy', { name: event.actorName }),
                event.kind === 'contact' ? '' : kind,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {event.note ? (
              <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                {event.note}
              </Text>
            ) : null}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

import { Anchor } from '@mantine/core';
import { routeHref } from '../../app/route';

/** A ticket's number in a report's table, a link to the ticket. */
export function TicketLink({ id, number }: { id: number; number: string }) {
  return (
    <Anchor href={routeHref({ section: 'tickets', ticketId: id })} ff="monospace" size="sm">
      {number}
    </Anchor>
  );
}

import type { Migration } from '../migrate';

/**
 * The calls and messages to each ticket's customer, by ticket and time: the ready shelf asks of
 * every device on it whether anyone reached the customer since it went there, and a ticket's
 * events are mostly its moves. This index holds only the contacts, a few per ticket.
 */
export const ticketContactIndex: Migration = {
  version: 200,
  name: '0200-ticket-contact-index',
  up(db) {
    db.exec(`CREATE INDEX ticket_events_contacts ON ticket_events (ticket_id, at) WHERE kind = 'contact';`);
  },
};

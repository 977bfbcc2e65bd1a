import type { Migration } from '../migrate';

/**
 * The shelf asks only whether a call reached the customer: an index of those calls alone (one
 * or two per ticket) answers it without reading any event, where the index of every call (0200)
 * read each. It replaces that one, which nothing else reads.
 */
export const ticketReachedIndex: Migration = {
  version: 210,
  name: '0210-ticket-reached-index',
  up(db) {
    db.exec(`
      DROP INDEX ticket_events_contacts;
      CREATE INDEX ticket_events_reached ON ticket_events (ticket_id, at)
        WHERE kind = 'contact' AND payload ->> '$.outcome' = 'reached';
    `);
  },
};

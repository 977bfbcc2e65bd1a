import type { Migration } from '../migrate';

/**
 * The history of every ticket, append-only: KPIs and SLA figures are computed from it, so
 * it can be recomputed and audited. `from_state` is null for the intake itself.
 */
export const createTicketEvents: Migration = {
  version: 80,
  name: '0080-create-ticket-events',
  up(db) {
    db.exec(`
      CREATE TABLE ticket_events (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets (id),
        at TEXT NOT NULL,
        actor_id INTEGER NOT NULL REFERENCES staff (id),
        kind TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
      CREATE INDEX ticket_events_at ON ticket_events (at);
      CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
        BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
      CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
        BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * The figures' facts kept beside each ticket (`shared/domain/kpi-facts.ts`): its intake and first
 * response, its first readiness, the first end of its work and its hand-back, each indexed by the
 * moment it counts at, so a month or a year of figures reads a few narrow rows per ticket instead
 * of every event. Each row says under which rules (calendar, promises, pauses) it was worked out
 * and at which version of the ticket; `ticket_facts_kept` says under which rules every ticket has
 * its row. Tickets on file before this have none until the report worker works them out.
 *
 * With them: the QC checks and hand-overs indexed by when they happened, the moves that change
 * how many tickets are in hand (an intake, a finish, a reopening), and the tickets by when they
 * were finished, so the backlog at any past moment reads only the tickets that may have been in
 * hand then.
 */
export const ticketFacts: Migration = {
  version: 230,
  name: '0230-ticket-facts',
  up(db) {
    db.exec(`
      CREATE TABLE ticket_facts (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id),
        rules_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        service_type TEXT NOT NULL,
        channel TEXT NOT NULL,
        product_category TEXT NOT NULL,
        fault_category TEXT NOT NULL,
        comeback_of INTEGER,
        received_by INTEGER NOT NULL,
        recording_minutes INTEGER,
        workshop INTEGER NOT NULL CHECK (workshop IN (0, 1)),
        response_due_at TEXT,
        responded_at TEXT,
        response_minutes INTEGER,
        called_off INTEGER NOT NULL DEFAULT 0 CHECK (called_off IN (0, 1)),
        ready_at TEXT,
        ready_minutes INTEGER,
        ready_kept INTEGER CHECK (ready_kept IN (0, 1)),
        ready_by INTEGER,
        ended_at TEXT,
        ended_as TEXT CHECK (ended_as IN ('ready', 'returned-unrepaired', 'cancelled')),
        handed_back_at TEXT,
        handed_back_by INTEGER,
        reworked INTEGER NOT NULL DEFAULT 0 CHECK (reworked IN (0, 1)),
        charged_fen INTEGER NOT NULL DEFAULT 0,
        CHECK ((ready_at IS NULL) = (ready_minutes IS NULL))
      ) STRICT;
      CREATE INDEX ticket_facts_received ON ticket_facts (received_at);
      CREATE INDEX ticket_facts_ready ON ticket_facts (ready_at) WHERE ready_at IS NOT NULL;
      CREATE INDEX ticket_facts_ended ON ticket_facts (ended_at) WHERE ended_at IS NOT NULL;
      CREATE INDEX ticket_facts_handed_back ON ticket_facts (handed_back_at) WHERE handed_back_at IS NOT NULL;
      CREATE INDEX ticket_facts_rules ON ticket_facts (rules_key);
      CREATE TABLE ticket_facts_kept (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        rules_key TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ticket_events_counted ON ticket_events (kind, at) WHERE kind IN ('pass-qc', 'fail-qc', 'hand-over');
      CREATE INDEX ticket_events_backlog ON ticket_events (at)
        WHERE from_state IS NULL
           OR (from_state IN ('picked-up', 'returned-unrepaired', 'cancelled', 'closed'))
              <> (to_state IN ('picked-up', 'returned-unrepaired', 'cancelled', 'closed'));
      CREATE INDEX tickets_closed_created ON tickets (closed_at, created_at);
    `);
  },
};

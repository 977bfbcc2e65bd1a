import type { Migration } from '../migrate';

/**
 * The states and event kinds as of this migration, written out: a migration never changes once
 * shipped. A later one that adds a state replaces the triggers (a test holds these to the domain's lists).
 */
export const statesAt120 = [
  'received',
  'diagnosing',
  'awaiting-approval',
  'awaiting-parts',
  'on-hold',
  'repairing',
  'qa',
  'ready',
  'picked-up',
  'returned-unrepaired',
  'cancelled',
  'closed',
] as const;
export const eventKindsAt120 = [
  'intake',
  'assign',
  'claim',
  'start-diagnosis',
  'diagnose',
  'record-approval',
  'wait-for-parts',
  'parts-arrived',
  'hold',
  'resume',
  'revise-bill',
  'finish-repair',
  'pass-qc',
  'fail-qc',
  'return-unrepaired',
  'hand-over',
  'cancel',
  'close',
  'reopen',
  'state-change',
] as const;

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The ticket as a workflow: its technician, a version that each change raises (a stale change is
 * refused), what the diagnosis found and the work done, where a ready device is kept, and the
 * amount the customer approved. The bill (what the work needs) gets its own lines beside the
 * intake's estimate; the stored totals go, since they could disagree with their lines. Events
 * carry their facts as a JSON payload.
 *
 * States and event kinds are guarded by triggers rather than a CHECK: adding a CHECK to an
 * existing column means rebuilding the table, and dropping the old `tickets` inside the one
 * migration transaction (foreign keys on) would cascade-delete every ticket's lines, password and
 * signature. The triggers refuse the same rows.
 */
export const ticketWorkflow: Migration = {
  version: 120,
  name: '0120-ticket-workflow',
  up(db) {
    const states = list(statesAt120);
    db.exec(`
      ALTER TABLE tickets ADD COLUMN technician_id INTEGER REFERENCES staff (id);
      ALTER TABLE tickets ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE tickets ADD COLUMN approved_fen INTEGER CHECK (approved_fen IS NULL OR approved_fen >= 0);
      ALTER TABLE tickets ADD COLUMN diagnosed_fault_category TEXT NOT NULL DEFAULT '';
      ALTER TABLE tickets ADD COLUMN cause TEXT NOT NULL DEFAULT '';
      ALTER TABLE tickets ADD COLUMN findings TEXT NOT NULL DEFAULT '';
      ALTER TABLE tickets ADD COLUMN work_done TEXT NOT NULL DEFAULT '';
      ALTER TABLE tickets ADD COLUMN storage_location TEXT NOT NULL DEFAULT '';
      ALTER TABLE tickets DROP COLUMN subtotal_fen;
      ALTER TABLE tickets DROP COLUMN warranty_cover_fen;
      ALTER TABLE tickets DROP COLUMN total_fen;
      CREATE INDEX tickets_technician ON tickets (technician_id, state);

      CREATE TRIGGER tickets_state_insert BEFORE INSERT ON tickets WHEN NEW.state NOT IN (${states})
        BEGIN SELECT RAISE(ABORT, 'tickets.state is not a ticket state'); END;
      CREATE TRIGGER tickets_state_update BEFORE UPDATE OF state ON tickets WHEN NEW.state NOT IN (${states})
        BEGIN SELECT RAISE(ABORT, 'tickets.state is not a ticket state'); END;

      CREATE TABLE ticket_bill_lines (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('part', 'labor', 'on-site', 'other')),
        description TEXT NOT NULL,
        spec TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
        warranty_covered INTEGER NOT NULL CHECK (warranty_covered IN (0, 1)),
        UNIQUE (ticket_id, position)
      ) STRICT;

      ALTER TABLE ticket_events ADD COLUMN payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload));
      -- Sample data from an earlier seeder moved tickets under a kind of its own.
      DROP TRIGGER ticket_events_no_update;
      UPDATE ticket_events SET kind = 'state-change' WHERE kind = 'transition';
      CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
        BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
      CREATE TRIGGER ticket_events_valid BEFORE INSERT ON ticket_events
        WHEN NEW.kind NOT IN (${list(eventKindsAt120)})
          OR NEW.to_state NOT IN (${states})
          OR (NEW.from_state IS NOT NULL AND NEW.from_state NOT IN (${states}))
        BEGIN SELECT RAISE(ABORT, 'ticket_events: unknown kind or state'); END;
    `);
  },
};

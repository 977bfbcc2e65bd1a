import type { Migration } from '../migrate';
import { eventKindsAt120, statesAt120 } from './0120-ticket-workflow';

/** The event kinds as of this migration: 0120's, with contacting the customer and work sent back at pickup. */
export const eventKindsAt170 = [...eventKindsAt120.slice(0, -1), 'rework', 'contact', 'state-change'] as const;

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * What handing a device back needs on the ticket:
 * - `billed`: the ticket has a bill, even an empty one (a device going back unrepaired is charged
 *   nothing, or the diagnosis; work called off, nothing), so what it costs is never taken from the
 *   intake's estimate again. Tickets on file are billed if they were diagnosed, have bill lines,
 *   went back unrepaired or were cancelled.
 * - `shelved_at`: when the device went on the shelf for its customer (ready, back unrepaired or
 *   called off), until it is collected; the ready shelf reads it from a partial index. Ready
 *   tickets on file were shelved when they last became ready. A device sent back unrepaired or
 *   called off before this version was treated as handed back then (those states were the end of
 *   the line), so it is not shelved.
 * - `repair_warranty_until`: our repair warranty's last day (shop-local date), set at pickup.
 * - the customer's signature of acceptance (验收), apart from the intake's consent.
 * - two event kinds: `contact` (a call or message to the customer, no change of state) and
 *   `rework` (the customer objected at pickup: back to repair).
 */
export const ticketPickup: Migration = {
  version: 170,
  name: '0170-ticket-pickup',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN billed INTEGER NOT NULL DEFAULT 0 CHECK (billed IN (0, 1));
      ALTER TABLE tickets ADD COLUMN shelved_at TEXT;
      ALTER TABLE tickets ADD COLUMN repair_warranty_until TEXT
        CHECK (repair_warranty_until IS NULL OR repair_warranty_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      UPDATE tickets SET billed = 1
        WHERE cause <> '' OR state IN ('returned-unrepaired', 'cancelled')
          OR EXISTS (SELECT 1 FROM ticket_bill_lines b WHERE b.ticket_id = tickets.id);
      UPDATE tickets SET shelved_at = coalesce(
          (SELECT max(e.at) FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.to_state = 'ready'),
          updated_at)
        WHERE state = 'ready';
      CREATE INDEX tickets_shelf ON tickets (shelved_at) WHERE shelved_at IS NOT NULL;

      CREATE TABLE pickup_signatures (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id),
        png BLOB NOT NULL CHECK (length(png) > 8)
      ) STRICT;

      DROP TRIGGER ticket_events_valid;
      CREATE TRIGGER ticket_events_valid BEFORE INSERT ON ticket_events
        WHEN NEW.kind NOT IN (${list(eventKindsAt170)})
          OR NEW.to_state NOT IN (${list(statesAt120)})
          OR (NEW.from_state IS NOT NULL AND NEW.from_state NOT IN (${list(statesAt120)}))
        BEGIN SELECT RAISE(ABORT, 'ticket_events: unknown kind or state'); END;
    `);
  },
};

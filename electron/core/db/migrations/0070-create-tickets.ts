import type { Migration } from '../migrate';

/**
 * Service tickets and their estimate lines. Money is integer fen. The number is
 * `<intake_day>-<day_sequence>`, gap-free per day: the sequence is taken inside the saving
 * transaction, so a failed save gives its number back. The device password sits in its own
 * table so that no query for lists, receipts or exports can pick it up by accident.
 */
export const createTickets: Migration = {
  version: 70,
  name: '0070-create-tickets',
  up(db) {
    db.exec(`
      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        intake_day TEXT NOT NULL,
        day_sequence INTEGER NOT NULL CHECK (day_sequence >= 1),
        service_type TEXT NOT NULL
          CHECK (service_type IN ('repair', 'return', 'exchange', 'installation', 'consultation', 'complaint')),
        state TEXT NOT NULL,
        priority TEXT NOT NULL CHECK (priority IN ('normal', 'urgent', 'critical')),
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        device_id INTEGER REFERENCES devices (id),
        related_ticket_id INTEGER REFERENCES tickets (id),
        product_category TEXT NOT NULL DEFAULT '',
        fault_category TEXT NOT NULL DEFAULT '',
        fault_description TEXT NOT NULL DEFAULT '',
        accessories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(accessories)),
        accessories_note TEXT NOT NULL DEFAULT '',
        condition TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(condition)),
        condition_note TEXT NOT NULL DEFAULT '',
        warranty_status TEXT NOT NULL CHECK (warranty_status IN ('maker', 'repair', 'out', 'unknown')),
        warranty_reason TEXT NOT NULL CHECK (json_valid(warranty_reason)),
        warranty_until TEXT,
        solution TEXT NOT NULL DEFAULT '',
        resolution TEXT NOT NULL DEFAULT '',
        subtotal_fen INTEGER NOT NULL DEFAULT 0,
        warranty_cover_fen INTEGER NOT NULL DEFAULT 0,
        discount_fen INTEGER NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),
        total_fen INTEGER NOT NULL DEFAULT 0 CHECK (total_fen >= 0),
        deposit_fen INTEGER NOT NULL DEFAULT 0 CHECK (deposit_fen >= 0),
        cost_limit_fen INTEGER CHECK (cost_limit_fen IS NULL OR cost_limit_fen >= 0),
        promised_at TEXT,
        promised_computed_at TEXT,
        promised_change_reason TEXT NOT NULL DEFAULT '',
        consent_method TEXT NOT NULL CHECK (consent_method IN ('signature', 'tick')),
        consent_at TEXT NOT NULL,
        receptionist_id INTEGER NOT NULL REFERENCES staff (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        UNIQUE (intake_day, day_sequence)
      ) STRICT;
      CREATE INDEX tickets_customer ON tickets (customer_id, created_at);
      CREATE INDEX tickets_device ON tickets (device_id, created_at);
      CREATE INDEX tickets_related ON tickets (related_ticket_id) WHERE related_ticket_id IS NOT NULL;
      CREATE INDEX tickets_created_at ON tickets (created_at, id);
      CREATE INDEX tickets_state_promised ON tickets (state, promised_at);
      CREATE INDEX tickets_promised_at ON tickets (promised_at, id);

      CREATE TABLE ticket_lines (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('part', 'labor', 'on-site', 'other')),
        description TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
        warranty_covered INTEGER NOT NULL CHECK (warranty_covered IN (0, 1)),
        UNIQUE (ticket_id, position)
      ) STRICT;

      CREATE TABLE ticket_secrets (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
        device_password TEXT NOT NULL
      ) STRICT;

      CREATE TABLE ticket_signatures (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
        png BLOB NOT NULL CHECK (length(png) > 8)
      ) STRICT;
    `);
  },
};

import type { Migration } from '../migrate';

/** The kinds and methods of a ledger entry as of this migration, written out (a test holds them to the domain's). */
export const paymentKindsAt160 = ['deposit', 'payment', 'refund'] as const;
export const paymentMethodsAt160 = ['cash', 'wechat', 'alipay', 'card', 'transfer', 'other'] as const;

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * A ticket's money as a ledger: deposits, payments and refunds, each in positive fen with how it
 * was paid, who took it and when. Append-only: triggers refuse every update and delete, and a
 * mistake is put right by a reversing entry (`reverses_id`, with a reason) that must match the
 * entry it reverses and may reverse it only once. Change given for cash is tendered − amount,
 * not stored.
 *
 * The deposit each ticket held as a number becomes its first entry (how it was paid was never
 * asked: `other`), and the column goes: what was paid is only ever summed from the ledger.
 */
export const createPayments: Migration = {
  version: 160,
  name: '0160-create-payments',
  up(db) {
    db.exec(`
      CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets (id),
        kind TEXT NOT NULL CHECK (kind IN (${list(paymentKindsAt160)})),
        method TEXT NOT NULL CHECK (method IN (${list(paymentMethodsAt160)})),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0 AND amount_fen <= 100000000),
        tendered_fen INTEGER CHECK (
          tendered_fen IS NULL OR (method = 'cash' AND kind <> 'refund' AND tendered_fen >= amount_fen)
        ),
        reference TEXT NOT NULL DEFAULT '',
        reverses_id INTEGER UNIQUE REFERENCES payments (id),
        reason TEXT NOT NULL DEFAULT '',
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        at TEXT NOT NULL,
        CHECK (reverses_id IS NULL OR (reason <> '' AND tendered_fen IS NULL))
      ) STRICT;
      CREATE INDEX payments_ticket ON payments (ticket_id, id);
      CREATE INDEX payments_at ON payments (at);

      CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
        BEGIN SELECT RAISE(ABORT, 'payments is append-only: reverse an entry instead'); END;
      CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
        BEGIN SELECT RAISE(ABORT, 'payments is append-only: reverse an entry instead'); END;
      CREATE TRIGGER payments_reversal BEFORE INSERT ON payments WHEN NEW.reverses_id IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM payments AS original
          WHERE original.id = NEW.reverses_id AND original.reverses_id IS NULL
            AND original.ticket_id = NEW.ticket_id AND original.kind = NEW.kind
            AND original.method = NEW.method AND original.amount_fen = NEW.amount_fen
        )
        BEGIN SELECT RAISE(ABORT, 'payments: a reversal must match the entry it reverses'); END;

      INSERT INTO payments (ticket_id, kind, method, amount_fen, reference, staff_id, at)
        SELECT id, 'deposit', 'other', deposit_fen, '', receptionist_id, created_at
        FROM tickets WHERE deposit_fen > 0 ORDER BY id;
      ALTER TABLE tickets DROP COLUMN deposit_fen;
    `);
  },
};

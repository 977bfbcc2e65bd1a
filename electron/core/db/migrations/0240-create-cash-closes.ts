import type { Migration } from '../migrate';

/**
 * The cash closes (日结 / 交班): reception's count of the drawer at the end of a day or a shift,
 * against the ledger. A close covers the ledger entries after the one the close before it ended
 * with, up to and including `through_payment_id` (0: none yet), so consecutive closes leave no
 * entry out and count none twice; a trigger holds each close to start where the last one ended.
 * What the entries came to, by method, and what was counted are kept as they were then: closes
 * are append-only, like the ledger, and an entry reversed afterwards shows as a correction.
 */
export const createCashCloses: Migration = {
  version: 240,
  name: '0240-create-cash-closes',
  up(db) {
    db.exec(`
      CREATE TABLE cash_closes (
        id INTEGER PRIMARY KEY,
        closed_at TEXT NOT NULL,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        since_at TEXT NOT NULL,
        after_payment_id INTEGER NOT NULL CHECK (after_payment_id >= 0),
        through_payment_id INTEGER NOT NULL CHECK (through_payment_id >= after_payment_id),
        float_fen INTEGER NOT NULL CHECK (float_fen BETWEEN 0 AND 100000000),
        counted_fen INTEGER NOT NULL CHECK (counted_fen BETWEEN 0 AND 100000000),
        expected_cash_fen INTEGER NOT NULL,
        cash_difference_fen INTEGER NOT NULL CHECK (cash_difference_fen = counted_fen - expected_cash_fen),
        note TEXT NOT NULL DEFAULT '',
        figures TEXT NOT NULL CHECK (json_valid(figures)),
        CHECK (since_at <= closed_at)
      ) STRICT;
      CREATE INDEX cash_closes_closed_at ON cash_closes (closed_at);

      CREATE TRIGGER cash_closes_no_update BEFORE UPDATE ON cash_closes
        BEGIN SELECT RAISE(ABORT, 'cash_closes is append-only: close again instead'); END;
      CREATE TRIGGER cash_closes_no_delete BEFORE DELETE ON cash_closes
        BEGIN SELECT RAISE(ABORT, 'cash_closes is append-only: close again instead'); END;
      CREATE TRIGGER cash_closes_follow_on BEFORE INSERT ON cash_closes
        WHEN NEW.after_payment_id <> coalesce(
          (SELECT through_payment_id FROM cash_closes ORDER BY id DESC LIMIT 1), NEW.after_payment_id)
        BEGIN SELECT RAISE(ABORT, 'cash_closes: a close starts where the last one ended'); END;
    `);
  },
};

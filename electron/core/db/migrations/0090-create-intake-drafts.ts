import type { Migration } from '../migrate';

/**
 * Unfinished intakes, saved on every change so that closing the app or a power cut loses
 * nothing. `data` is the form as it stood (JSON); it is validated only when recorded.
 */
export const createIntakeDrafts: Migration = {
  version: 90,
  name: '0090-create-intake-drafts',
  up(db) {
    db.exec(`
      CREATE TABLE intake_drafts (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        customer_id INTEGER REFERENCES customers (id),
        summary TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX intake_drafts_updated ON intake_drafts (updated_at);
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * The daily logs the scheduled export has written: one row a day, with the file and when, so a
 * day missed while FrontDesk was closed is found and written at the next start, and none twice.
 */
export const scheduledExports: Migration = {
  version: 250,
  name: '0250-scheduled-exports',
  up(db) {
    db.exec(`
      CREATE TABLE scheduled_exports (
        day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        written_at TEXT NOT NULL,
        file TEXT NOT NULL CHECK (file <> '')
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

import type { Migration } from '../migrate';

/** The documents as of this migration, written out: a migration never changes once shipped. */
export const documentsAt140 = [
  'receipt',
  'work-order',
  'pickup-receipt',
  'device-label',
  'quote',
  'test-page',
] as const;

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The quote (报价单) joins the documents a print job may be of. The allowed documents are a CHECK
 * of `print_jobs`, which SQLite can change only by building the table again: a new table with the
 * wider CHECK, every job copied across with its id, the old one dropped (no table refers to it,
 * so nothing cascades) and the new one renamed, then its index and triggers as 0100 made them.
 */
export const printQuotes: Migration = {
  version: 140,
  name: '0140-print-quotes',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs_next (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL CHECK (document IN (${list(documentsAt140)})),
        ticket_id INTEGER REFERENCES tickets (id),
        output TEXT NOT NULL CHECK (output IN ('printer', 'pdf')),
        delivery TEXT NOT NULL CHECK (delivery IN ('system', 'browser')),
        printer TEXT NOT NULL DEFAULT '',
        paper TEXT NOT NULL,
        copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 5),
        language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
        state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
        failure TEXT CHECK (failure IN ('no-printer', 'printer-not-found', 'printer-offline', 'failed', 'cancelled')),
        failure_detail TEXT NOT NULL DEFAULT '',
        reprint INTEGER NOT NULL DEFAULT 0 CHECK (reprint >= 0),
        saved_to TEXT NOT NULL DEFAULT '',
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        created_at TEXT NOT NULL,
        finished_at TEXT,
        CHECK ((document = 'test-page') = (ticket_id IS NULL)),
        CHECK ((state = 'failed') = (failure IS NOT NULL)),
        CHECK ((state = 'queued') = (finished_at IS NULL))
      ) STRICT;
      INSERT INTO print_jobs_next (id, document, ticket_id, output, delivery, printer, paper, copies, language,
                                   state, failure, failure_detail, reprint, saved_to, staff_id, created_at, finished_at)
        SELECT id, document, ticket_id, output, delivery, printer, paper, copies, language,
               state, failure, failure_detail, reprint, saved_to, staff_id, created_at, finished_at
        FROM print_jobs;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_next RENAME TO print_jobs;
      CREATE INDEX print_jobs_ticket ON print_jobs (ticket_id, document, state);
      CREATE TRIGGER print_jobs_finish_once BEFORE UPDATE ON print_jobs
        WHEN OLD.state <> 'queued'
          OR NEW.document IS NOT OLD.document OR NEW.ticket_id IS NOT OLD.ticket_id
          OR NEW.reprint IS NOT OLD.reprint OR NEW.staff_id IS NOT OLD.staff_id
          OR NEW.created_at IS NOT OLD.created_at
      BEGIN
        SELECT RAISE(ABORT, 'print_jobs: a finished job or its facts cannot change');
      END;
      CREATE TRIGGER print_jobs_keep BEFORE DELETE ON print_jobs
      BEGIN
        SELECT RAISE(ABORT, 'print_jobs: the print history is kept');
      END;
    `);
  },
};

import type { Migration } from '../migrate';

/** The documents as of this migration, written out: a migration never changes once shipped. */
export const documentsAt260 = [
  'receipt',
  'work-order',
  'pickup-receipt',
  'device-label',
  'quote',
  'day-log',
  'test-page',
] as const;

/** The documents of no ticket: the daily log (of a period) and the test page. */
const ticketless = ['day-log', 'test-page'] as const;

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The daily log (日报) joins the documents a print job may be of, and like the test page it is of
 * no ticket. Both are CHECKs of `print_jobs`, so the table is built again as 0140 did: a new table
 * with the wider CHECKs, every job copied across with its id, the old one dropped and the new one
 * renamed, then its index and triggers as before.
 */
export const printDayLogs: Migration = {
  version: 260,
  name: '0260-print-day-logs',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs_next (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL CHECK (document IN (${list(documentsAt260)})),
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
        CHECK ((document IN (${list(ticketless)})) = (ticket_id IS NULL)),
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

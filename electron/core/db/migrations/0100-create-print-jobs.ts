import type { Migration } from '../migrate';

/**
 * Every print and PDF: which document of which ticket, to which printer, how many copies,
 * whether it reached the printer (`sent` means the spooler took it, not that paper came out)
 * or failed and why, and which printing it was (0 the first, n the n-th reprint, 补打).
 * A job is finished once; only its state and outcome change after it is recorded.
 */
export const createPrintJobs: Migration = {
  version: 100,
  name: '0100-create-print-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL
          CHECK (document IN ('receipt', 'work-order', 'pickup-receipt', 'device-label', 'test-page')),
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

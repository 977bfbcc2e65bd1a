import type { PrintFailure, PrintJob, PrintOutput } from '../../../../shared/contract';
import type { Paper, PrintDocument } from '../../../../shared/domain/printing';
import type { Language } from '../../../../shared/contract';
import { all, get, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

interface JobRow {
  id: number;
  document: PrintDocument;
  ticket_id: number | null;
  ticket_number: string | null;
  output: PrintOutput;
  delivery: 'system' | 'browser';
  printer: string;
  paper: Paper;
  copies: number;
  language: Language;
  state: PrintJob['state'];
  failure: PrintFailure | null;
  failure_detail: string;
  reprint: number;
  saved_to: string;
  staff_id: number;
  staff_name: string;
  created_at: string;
  finished_at: string | null;
}

const selectJob = sql`SELECT j.*, t.number AS ticket_number, s.name AS staff_name
  FROM print_jobs j LEFT JOIN tickets t ON t.id = j.ticket_id JOIN staff s ON s.id = j.staff_id`;

export interface PrintJobRecord extends PrintJob {
  staffId: number;
}

function toJob(row: JobRow): PrintJobRecord {
  return {
    id: row.id,
    document: row.document,
    ticketId: row.ticket_id,
    ticketNumber: row.ticket_number,
    output: row.output,
    delivery: row.delivery,
    printer: row.printer,
    paper: row.paper,
    copies: row.copies,
    language: row.language,
    state: row.state,
    failure: row.failure,
    failureDetail: row.failure_detail,
    reprint: row.reprint,
    savedTo: row.saved_to,
    staffId: row.staff_id,
    staffName: row.staff_name,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export function findPrintJob(db: ReadableDB, id: number): PrintJobRecord | undefined {
  const row = get<JobRow>(db, sql`${selectJob} WHERE j.id = ${id}`);
  return row && toJob(row);
}

/** A ticket's print history, newest first. */
export function ticketPrintJobs(db: ReadableDB, ticketId: number): PrintJobRecord[] {
  return all<JobRow>(db, sql`${selectJob} WHERE j.ticket_id = ${ticketId} ORDER BY j.id DESC LIMIT 200`).map(toJob);
}

/**
 * How many times this document of this ticket has reached a printer (`reachedPrinter` in
 * shared/domain/printing.ts, as SQL): the next printing is a reprint if any.
 */
export function sentPrints(db: ReadableDB, ticketId: number, document: PrintDocument): number {
  return (
    get<{ count: number }>(
      db,
      sql`SELECT count(*) AS count FROM print_jobs
          WHERE ticket_id = ${ticketId} AND document = ${document} AND state = 'sent' AND output = 'printer'`,
    )?.count ?? 0
  );
}

/**
 * The reprint number (补打) the next printing of a ticket's document gets, counted inside the
 * transaction that records its job: jobs already sent to a printer, and those still on their way
 * (a print started a moment ago that has not finished yet), so two prints at once never both
 * come out as the original. A job that failed does not count.
 */
export function claimedPrints(db: ReadableDB, ticketId: number, document: PrintDocument): number {
  return (
    get<{ count: number }>(
      db,
      sql`SELECT count(*) AS count FROM print_jobs
          WHERE ticket_id = ${ticketId} AND document = ${document} AND state IN ('sent', 'queued') AND output = 'printer'`,
    )?.count ?? 0
  );
}

/** What a job is recorded with; its state and outcome come when it finishes. */
export type PrintJobWrite = Pick<
  PrintJob,
  'document' | 'ticketId' | 'output' | 'delivery' | 'printer' | 'paper' | 'copies' | 'language' | 'reprint'
> & { staffId: number };

export function insertPrintJob(db: WritableDB, job: PrintJobWrite, at: string): number {
  const result = run(
    db,
    sql`INSERT INTO print_jobs
          (document, ticket_id, output, delivery, printer, paper, copies, language, state, reprint, staff_id, created_at)
        VALUES (${job.document}, ${job.ticketId}, ${job.output}, ${job.delivery}, ${job.printer}, ${job.paper},
          ${job.copies}, ${job.language}, 'queued', ${job.reprint}, ${job.staffId}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}

export type JobOutcome =
  { state: 'sent'; savedTo: string } | { state: 'failed'; failure: PrintFailure; detail: string };

/** Finishes a queued job; false if it was not queued (already finished). */
export function finishPrintJob(db: WritableDB, id: number, outcome: JobOutcome, at: string): boolean {
  const failure = outcome.state === 'failed' ? outcome.failure : null;
  const detail = outcome.state === 'failed' ? outcome.detail : '';
  const savedTo = outcome.state === 'sent' ? outcome.savedTo : '';
  return (
    run(
      db,
      sql`UPDATE print_jobs SET state = ${outcome.state}, failure = ${failure}, failure_detail = ${detail},
            saved_to = ${savedTo}, finished_at = ${at}
          WHERE id = ${id} AND state = 'queued'`,
    ).changes > 0
  );
}

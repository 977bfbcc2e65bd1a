import type { ReadableDB } from '../db/types';
import { buildDayLog, type DayLogRequest } from './day-log-view';
import { buildKpiReport } from './kpi-report';
import type { DateRange } from '../../../shared/domain/report-periods';
import { workOutMissingFacts } from './facts-keeper';
import { dayLogFile, type DayLogFileRequest } from './day-log-file';
import { dayLogPrint, type DayLogPrintRequest } from './day-log-print';
import { copyDatabase, verifyCopy } from '../backups/copy-database';
import { buildFigureTickets, type FigureTicketsRequest } from './figure-tickets-view';

/** How far a long task has come, for a progress bar: `done` of `total` steps (days, sheets). */
export interface TaskProgress {
  done: number;
  total: number;
}

/** What a report task is handed besides its input: its read-only connection and a way to say how far it is. */
export interface TaskContext {
  db: ReadableDB;
  progress(progress: TaskProgress): void;
  /** The better-sqlite3 binary the worker's connection uses, for the other files a task opens. */
  nativeBinding?: string;
}

/**
 * The work that runs in the report worker, off the main thread, by name. Each reads through the
 * worker's own read-only connection and answers with plain data (structured-cloneable: numbers,
 * strings, arrays, objects, Uint8Array for a file's bytes).
 */
export const reportTasks = {
  /** A verified copy of the database, taken with the online backup API (a backup's heavy part). */
  'backup-copy': (context: TaskContext, input: { file: string }) => copyDatabase(context.db, input.file, context),
  /** A backup on disk checked again: integrity, schema, audit head, size and hash. */
  'backup-verify': (context: TaskContext, input: { file: string }) => verifyCopy(input.file, context),
  /** How many tickets the shop has: a check that the worker reads the same database. */
  'count-tickets': (context: TaskContext, _input: Record<string, never>) =>
    (context.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n,
  /** The daily log of a day or a range. */
  'day-log': (context: TaskContext, input: DayLogRequest) => buildDayLog(context.db, input),
  /** The daily log as a workbook or one section's CSV, as bytes. */
  'day-log-file': (context: TaskContext, input: DayLogFileRequest) => dayLogFile(context.db, input, context.progress),
  /** The daily log laid out for printing, as the HTML the printer gets. */
  'day-log-print': (context: TaskContext, input: DayLogPrintRequest) => dayLogPrint(context.db, input),
  /** A period's figures against the period before; `now` (ISO) is the core's clock, for tickets still waiting. */
  kpis: (context: TaskContext, input: { range: DateRange; now: string }) =>
    buildKpiReport(context.db, input.range, new Date(input.now), context.progress),
  /** The tickets behind one of a period's rates. */
  'figure-tickets': (context: TaskContext, input: FigureTicketsRequest) => buildFigureTickets(context.db, input),
  /** The facts of up to `limit` tickets after `afterId` that lack them under the rules of `rulesKey` (the catching up). */
  'work-out-facts': (context: TaskContext, input: { rulesKey: string; afterId: number; limit: number }) =>
    workOutMissingFacts(context.db, input),
  /** A task that counts to `steps`, saying so as it goes, or fails if asked: for the runner's own tests. */
  'self-test': (context: TaskContext, input: { steps: number; fail?: boolean }) => {
    for (let done = 1; done <= input.steps; done += 1) context.progress({ done, total: input.steps });
    if (input.fail) throw new Error('Failed as asked');
    return { counted: input.steps };
  },
} satisfies Record<string, (context: TaskContext, input: never) => unknown>;

export type ReportTaskName = keyof typeof reportTasks;
export type ReportTaskInput<N extends ReportTaskName> = Parameters<(typeof reportTasks)[N]>[1];
export type ReportTaskResult<N extends ReportTaskName> = Awaited<ReturnType<(typeof reportTasks)[N]>>;

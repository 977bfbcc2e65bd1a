import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { fail, ok, type Outcome, type ParsedInputOf, type ReportSchedule } from '../../../shared/contract';
import { localDate } from '../../../shared/domain/calendar';
import { lastWrittenDay } from '../db/queries/scheduled-exports';
import { readSetting, writeSetting } from '../db/queries/settings';
import { writeTransaction } from '../db/sql';
import type { ReadableDB } from '../db/types';
import type { HandlerContext } from '../context';
import { audit } from './audit';
import { shopTimeZone } from './service-settings';

/** The schedule as kept in settings (`report-schedule`). */
export interface StoredSchedule {
  enabled: boolean;
  folder: string;
  since: string | null;
}

const off: StoredSchedule = { enabled: false, folder: '', since: null };

export function readSchedule(db: ReadableDB): StoredSchedule {
  return { ...off, ...readSetting<Partial<StoredSchedule>>(db, 'report-schedule', {}) };
}

export function getReportSchedule(context: HandlerContext): Outcome<ReportSchedule> {
  return ok({ ...readSchedule(context.db), lastWritten: lastWrittenDay(context.db) });
}

/** Whether FrontDesk can write files into the folder: a problem's catalog key, or null. */
export function folderProblem(folder: string): string | null {
  if (!isAbsolute(folder)) return 'reportSchedule.problem.folderNotAbsolute';
  try {
    if (!statSync(folder).isDirectory()) return 'reportSchedule.problem.folderMissing';
    accessSync(folder, constants.W_OK);
  } catch {
    return 'reportSchedule.problem.folderMissing';
  }
  return null;
}

/** Switches the schedule on (from today) or off, with the folder; a folder it cannot write to is refused. */
export function updateReportSchedule(
  context: HandlerContext,
  input: ParsedInputOf<'settings-report-schedule-update'>,
): Outcome<ReportSchedule> {
  if (input.enabled) {
    const problem = folderProblem(input.folder);
    if (problem)
      return fail('validation', problem, { fields: { folder: { key: problem, params: { folder: input.folder } } } });
  }
  const before = readSchedule(context.db);
  const today = localDate(context.now, shopTimeZone(context.db));
  const after: StoredSchedule = {
    enabled: input.enabled,
    folder: input.folder,
    // Switched on: from today. A new folder while it is on keeps the day it was switched on.
    since: input.enabled ? (before.enabled && before.since ? before.since : today) : before.since,
  };
  writeTransaction(context.db, () => {
    writeSetting(context.db, 'report-schedule', after, context.now.toISOString());
    audit(context.db, context, 'settings.report-schedule-update', {
      entity: 'settings',
      entityId: null,
      details: { before, after },
    });
  });
  return getReportSchedule(context);
}

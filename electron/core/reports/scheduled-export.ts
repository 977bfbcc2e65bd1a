import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { IsoDate } from '../../../shared/domain/calendar';
import { daysToWrite } from '../../../shared/domain/report-schedule';
import { daysWrittenSince, markDayWritten } from '../db/queries/scheduled-exports';
import { writeTransaction } from '../db/sql';
import type { Core } from '../context';
import { readSchedule } from '../services/report-schedule';
import { readServiceSettings } from '../services/service-settings';
import { translatorFor } from '../translators';
import { repeatingPass, type RepeatingPass } from './repeating-pass';

/*
 * The scheduled export of the daily log: once a minute, each day whose log is due (the shop has
 * closed) and not yet written goes to the folder in Settings as a workbook, written in the report
 * worker and saved under a temporary name, then renamed, so a file there is always whole. A day
 * that fails (the folder gone, the disk full) is tried again at the next look; a day missed while
 * FrontDesk was closed is written at its next start.
 */

/** Writes every day due now: the days written. */
export type ScheduledExport = RepeatingPass<IsoDate[]>;

async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.part`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export function createScheduledExport(
  core: Core,
  options: { log?: (error: unknown, name: string) => void } = {},
): ScheduledExport {
  async function pass(closed: () => boolean): Promise<IsoDate[]> {
    const schedule = readSchedule(core.db);
    if (!schedule.enabled || !schedule.since || schedule.folder === '') return [];
    const now = core.now();
    const hours = readServiceSettings(core.db).businessHours;
    const due = daysToWrite({ now, hours, since: schedule.since, written: daysWrittenSince(core.db, schedule.since) });
    const language = core.defaultLanguage;
    const t = translatorFor(language);
    const written: IsoDate[] = [];
    for (const day of due) {
      if (closed()) break;
      const file = join(schedule.folder, `${t('reports.dayLog.title')}-${day}.xlsx`);
      const { bytes } = await core.reports.run('day-log-file', {
        range: { from: day, to: day },
        fullPhones: false,
        format: 'xlsx',
        section: 'received',
        language,
        writtenBy: t('reports.schedule.writer'),
        writtenAt: core.now().toISOString(),
      });
      await writeWhole(file, bytes);
      writeTransaction(core.db, () => markDayWritten(core.db, day, core.now().toISOString(), file));
      written.push(day);
    }
    return written;
  }

  return repeatingPass(pass, {
    name: 'scheduled-export',
    timing: { firstAfterMs: 10_000, everyMs: 60_000 },
    log: options.log,
  });
}

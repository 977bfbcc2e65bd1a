import { addDaysToDate, localDate } from './calendar';
import { dayLogDueAt } from './report-schedule';
import type { BusinessHours } from './sla';

/** How many backups of each age are kept (Settings → Data). */
export interface BackupRotation {
  daily: number;
  weekly: number;
  monthly: number;
}

export const defaultBackupRotation: BackupRotation = { daily: 7, weekly: 4, monthly: 12 };

/** A backup as rotation sees it: its name and the shop-local day it was taken (YYYY-MM-DD). */
export interface RotatedBackup {
  name: string;
  day: string;
}

/** The Monday (YYYY-MM-DD) of the ISO week a day falls in. */
function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

/**
 * The backups rotation keeps, the classic grandfather-father-son way: the newest backup of each
 * of the last `daily` days that have one, of the last `weekly` weeks and of the last `monthly`
 * months. Backups taken before a migration or a restore are not rotated here (they are the way
 * back from that one step); everything else not named is deleted.
 */
export function backupsToKeep(backups: readonly RotatedBackup[], rotation: BackupRotation): Set<string> {
  const newestFirst = [...backups].sort((a, b) =>
    a.day === b.day ? b.name.localeCompare(a.name) : b.day.localeCompare(a.day),
  );
  const keep = new Set<string>();
  const take = (bucketOf: (day: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const bucket = bucketOf(backup.day);
      if (seen.has(bucket)) continue;
      if (seen.size === count) break;
      seen.add(bucket);
      keep.add(backup.name);
    }
  };
  take((day) => day, rotation.daily);
  take(weekOf, rotation.weekly);
  take((day) => day.slice(0, 7), rotation.monthly);
  return keep;
}

/**
 * The closing time the daily backup belongs to, once it has passed and no daily backup was
 * taken since: today's closing once the shop has closed, else the last one before now. Missed
 * days (FrontDesk was not running) add up to one backup at the next start, not one per day:
 * nothing changed in between.
 */
export function dailyBackupDue(input: { now: Date; hours: BusinessHours; lastDaily: Date | null }): Date | null {
  const today = localDate(input.now, input.hours.timeZone);
  let closing = dayLogDueAt(today, input.hours);
  if (closing.getTime() > input.now.getTime()) closing = dayLogDueAt(addDaysToDate(today, -1), input.hours);
  if (input.lastDaily && input.lastDaily.getTime() >= closing.getTime()) return null;
  return closing;
}

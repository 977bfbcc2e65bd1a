import type { IsoDate } from '../../../../shared/domain/calendar';
import { all, get, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

/** The days the scheduled export has written (`0250-scheduled-exports`). */

export function daysWrittenSince(db: ReadableDB, since: IsoDate): Set<IsoDate> {
  return new Set(
    all<{ day: string }>(db, sql`SELECT day FROM scheduled_exports WHERE day >= ${since}`).map((row) => row.day),
  );
}

export function lastWrittenDay(db: ReadableDB): { day: IsoDate; at: string; file: string } | null {
  const row = get<{ day: string; written_at: string; file: string }>(
    db,
    sql`SELECT day, written_at, file FROM scheduled_exports ORDER BY day DESC LIMIT 1`,
  );
  return row ? { day: row.day, at: row.written_at, file: row.file } : null;
}

export function markDayWritten(db: WritableDB, day: IsoDate, at: string, file: string): void {
  run(
    db,
    sql`INSERT INTO scheduled_exports (day, written_at, file) VALUES (${day}, ${at}, ${file})
        ON CONFLICT (day) DO UPDATE SET written_at = excluded.written_at, file = excluded.file`,
  );
}

import { get, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

/** Reads a JSON setting; `fallback` when it was never written. */
export function readSetting<T>(db: ReadableDB, key: string, fallback: T): T {
  const row = get<{ value: string }>(db, sql`SELECT value FROM settings WHERE key = ${key}`);
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function writeSetting(db: WritableDB, key: string, value: unknown, at: string): void {
  run(
    db,
    sql`INSERT INTO settings (key, value, updated_at) VALUES (${key}, ${JSON.stringify(value)}, ${at})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
}

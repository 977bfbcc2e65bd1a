import Database from 'better-sqlite3';
import type { ReadableDB, WritableDB } from './types';

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3 (the desktop app); Node's build otherwise. */
  nativeBinding?: string;
}

export const BUSY_TIMEOUT_MS = 5000;

/** The page cache per connection, in KiB. */
export const CACHE_KIB = 64 * 1024;

/**
 * Opens the database file with the settings every connection must have: write-ahead log,
 * `synchronous=FULL` (a printed receipt must survive a power cut), foreign keys enforced,
 * and a busy timeout so a second writer waits instead of failing.
 */
export function openDatabase(file: string, options: OpenOptions = {}): WritableDB {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS, nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 64 MiB of pages kept in memory (SQLite's default is 2 MiB): a queue, a list page or a search
    // touches a few thousand pages of a multi-gigabyte shop, and reading them again from the file
    // system each time costs milliseconds.
    db.pragma(`cache_size = ${-CACHE_KIB}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db as WritableDB;
}

/** A read-only connection, e.g. to check a backup; it can never write. */
export function openReadOnly(file: string, options: OpenOptions = {}): ReadableDB {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db as ReadableDB;
}

/**
 * A backup or export file: one self-contained file with a rollback journal, so it can be
 * copied, mailed or restored without -wal and -shm companions.
 */
export function openStandalone(file: string, options: OpenOptions = {}): WritableDB {
  const db = new Database(file, { fileMustExist: true, nativeBinding: options.nativeBinding });
  db.pragma('journal_mode = DELETE');
  return db as WritableDB;
}

export interface ConnectionSettings {
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  busyTimeout: number;
}

export function readConnectionSettings(db: ReadableDB): ConnectionSettings {
  return {
    journalMode: db.pragma('journal_mode', { simple: true }) as string,
    synchronous: db.pragma('synchronous', { simple: true }) as number,
    foreignKeys: db.pragma('foreign_keys', { simple: true }) as number,
    busyTimeout: db.pragma('busy_timeout', { simple: true }) as number,
  };
}

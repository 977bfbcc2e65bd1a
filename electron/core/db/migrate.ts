import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openReadOnly, openStandalone, type OpenOptions } from './connection';
import type { ReadableDB, WritableDB } from './types';

/** One step of the schema. `version` is the number in the file name (10, 20, 30…). */
export interface Migration {
  version: number;
  name: string;
  up(db: WritableDB): void;
}

/** The database was written by a newer FrontDesk: opening it here could damage it. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `The database has schema version ${databaseVersion}, newer than this FrontDesk understands (${appVersion}). ` +
        'It was left untouched. Use the newer FrontDesk, or restore a backup made by this version.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export interface MigrationOutcome {
  from: number;
  to: number;
  /** The verified copy taken before migrating an existing database, if one was needed. */
  backupFile: string | null;
}

export function schemaVersion(db: ReadableDB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
}

/**
 * Refuses a database file from a newer FrontDesk before anything opens it for writing: even
 * switching it to WAL would change its header, and it must be left exactly as it was.
 */
export function refuseIfTooNew(
  file: string,
  migrations: readonly Migration[],
  options: { nativeBinding?: string } = {},
): void {
  if (!existsSync(file)) return;
  const db = openReadOnly(file, options);
  try {
    const found = schemaVersion(db);
    const known = latestVersion(migrations);
    if (found > known) throw new DatabaseTooNewError(found, known);
  } finally {
    db.close();
  }
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && previous.version >= migration.version) {
      throw new Error(`Migrations out of order: ${previous.name} before ${migration.name}`);
    }
  });
}

/**
 * Copies the database with SQLite's online backup API into one self-contained file (rollback
 * journal, not WAL), then checks the copy before trusting it.
 */
export async function backupDatabase(db: WritableDB, file: string, options: OpenOptions = {}): Promise<void> {
  await db.backup(file);
  const copy = openStandalone(file, options);
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`Backup ${file} failed its integrity check: ${String(integrity)}`);
    const copied = copy.pragma('user_version', { simple: true });
    if (copied !== schemaVersion(db))
      throw new Error(`Backup ${file} has schema ${String(copied)}, expected ${schemaVersion(db)}`);
  } finally {
    copy.close();
  }
}

export interface MigrateOptions extends OpenOptions {
  /** Where the pre-migration backup goes; none is taken for an in-memory or brand-new database. */
  backupDir?: string;
  now?: () => Date;
}

/**
 * Brings the schema up to date: every pending migration in one transaction, so a failure
 * leaves the database exactly as it was. An existing database is first copied and verified.
 * A database newer than the app is refused untouched.
 */
export async function migrate(
  db: WritableDB,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): Promise<MigrationOutcome> {
  checkOrder(migrations);
  const from = schemaVersion(db);
  const to = latestVersion(migrations);
  if (from > to) throw new DatabaseTooNewError(from, to);
  if (from === to) return { from, to, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0 && options.backupDir) {
    if (!existsSync(options.backupDir)) mkdirSync(options.backupDir, { recursive: true });
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/gu, '-');
    backupFile = join(options.backupDir, `frontdesk-v${from}-before-migration-${stamp}.sqlite3`);
    await backupDatabase(db, backupFile, options);
  }

  db.transaction(() => {
    for (const migration of migrations) {
      if (migration.version > from) migration.up(db);
    }
    db.pragma(`user_version = ${to}`);
  }).immediate();
  return { from, to, backupFile };
}

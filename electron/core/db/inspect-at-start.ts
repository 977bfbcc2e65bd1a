import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readAnchor } from '../audit-anchor';
import { backupFolder, listBackups } from '../backups/backups';
import { unexpectedFailure } from '../errors';
import { openReadOnly } from './connection';
import { fileStamp } from '../file-stamp';

/** The newest backup whose file is whole as its manifest says: what a restore would bring back. */
export interface OfferedBackup {
  file: string;
  takenAt: string;
}

/** Why FrontDesk did not open the data folder's database, in words the shop can act on. */
export type StartProblem =
  /** No database (or an empty file) where backups or an audit anchor say there was one: setup would start a new shop over it. */
  | { kind: 'missing'; dataDir: string; backup: OfferedBackup | null; quarantined: string | null }
  /** SQLite's quick check found damage: nothing was written to it. */
  | { kind: 'damaged'; dataDir: string; detail: string; backup: OfferedBackup | null; quarantined: string | null }
  | { kind: 'not-a-database'; dataDir: string; backup: OfferedBackup | null; quarantined: string | null }
  | { kind: 'disk-full'; dataDir: string }
  | { kind: 'read-only'; dataDir: string };

export class StartRefusedError extends Error {
  constructor(readonly problem: StartProblem) {
    super(`FrontDesk did not open ${problem.dataDir}: ${problem.kind}`);
    this.name = 'StartRefusedError';
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const DATABASE_PARTS = ['', '-wal', '-shm'] as const;

function newestVerifiedBackup(dataDir: string): OfferedBackup | null {
  const found = listBackups(backupFolder(dataDir)).find((entry) => entry.state === 'verified');
  return found ? { file: found.file, takenAt: found.manifest.takenAt } : null;
}

function header(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, bytes, 0, bytes.length, 0);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves the database's files, untouched, into `quarantine/<time>/`, so nothing can write to them
 * and a restore can put a backup in their place. Null when they cannot be moved (a read-only
 * folder): they stay where they are, still untouched, since FrontDesk does not open them.
 */
function quarantine(dataDir: string, databaseFile: string, at: Date): string | null {
  const stamp = fileStamp(at);
  let folder = join(dataDir, 'quarantine', stamp);
  for (let n = 2; existsSync(folder); n++) folder = join(dataDir, 'quarantine', `${stamp}-${n}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (const suffix of DATABASE_PARTS) {
      const part = `${databaseFile}${suffix}`;
      if (existsSync(part)) renameSync(part, join(folder, basename(part)));
    }
    return folder;
  } catch {
    return null;
  }
}

function quickCheck(databaseFile: string, nativeBinding: string | undefined): string | null {
  let db;
  try {
    db = openReadOnly(databaseFile, { nativeBinding });
    const rows = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
    return rows.length === 1 && rows[0] === 'ok' ? null : rows.slice(0, 3).join('; ');
  } catch (error) {
    if (unexpectedFailure(error).error.code === 'database-damaged') return String((error as Error).message);
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * What is checked before the database is opened for writing, at every start: that a shop which
 * had a database still has one, that the file is SQLite's, and SQLite's quick check (it reads
 * every page, not the cross-checks of the full integrity check). A damaged file is moved to the
 * quarantine folder and never written to; the newest verified backup is offered.
 */
export function inspectAtStart(
  dataDir: string,
  databaseFile: string,
  options: { now: Date; nativeBinding?: string },
): StartProblem | null {
  const size = existsSync(databaseFile) ? statSync(databaseFile).size : null;
  if (size === null || size === 0) {
    const hadOne = readAnchor(dataDir) !== null || listBackups(backupFolder(dataDir)).length > 0;
    if (!hadOne) return null;
    const quarantined = size === 0 ? quarantine(dataDir, databaseFile, options.now) : null;
    return { kind: 'missing', dataDir, backup: newestVerifiedBackup(dataDir), quarantined };
  }
  if (!header(databaseFile).equals(SQLITE_HEADER)) {
    const quarantined = quarantine(dataDir, databaseFile, options.now);
    return { kind: 'not-a-database', dataDir, backup: newestVerifiedBackup(dataDir), quarantined };
  }
  const damage = quickCheck(databaseFile, options.nativeBinding);
  if (damage !== null) {
    const quarantined = quarantine(dataDir, databaseFile, options.now);
    return { kind: 'damaged', dataDir, detail: damage, backup: newestVerifiedBackup(dataDir), quarantined };
  }
  return null;
}

/** A start that failed on storage (a full disk, a read-only folder) as the problem to tell; null for anything else. */
export function storageProblemAtStart(error: unknown, dataDir: string): StartProblem | null {
  if (error instanceof StartRefusedError) return error.problem;
  const code = unexpectedFailure(error).error.code;
  if (code === 'storage-full') return { kind: 'disk-full', dataDir };
  if (code === 'storage-readonly') return { kind: 'read-only', dataDir };
  return null;
}

import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fail, ok, type Outcome } from '../../../shared/contract/result';
import { dataFolderHolders } from '../in-use';
import { readAnchor, setAnchorAside, writeAnchor } from '../audit-anchor';
import { fileSha256, verifyCopy, type AuditHead } from './copy-database';
import type { BackupManifest } from './backups';
import { fileStamp } from '../file-stamp';

/** The database's own files: the main file and, in WAL mode, its log and shared memory. */
const DATABASE_PARTS = ['', '-wal', '-shm'] as const;
const REPLACED = 'replaced';

/** What a restore put in place and where the files it replaced were kept. */
export interface RestoreOutcome {
  restoredFrom: string;
  /** The backup's time when it has a manifest; null for a bare database file. */
  takenAt: string | null;
  schemaVersion: number;
  auditHead: AuditHead | null;
  /** The folder holding the replaced database, for the undo; null when there was none. */
  keptAside: string | null;
}

/** Written into each folder of replaced files: what replaced them and when. */
interface AsideNote {
  format: 1;
  replacedAt: string;
  why: 'restore' | 'undo';
  by: string;
}

function inUse(dataDir: string): Outcome<never> | null {
  const holders = dataFolderHolders(dataDir);
  if (holders.length === 0) return null;
  const holder = holders[0]!;
  return fail('busy', 'backups.inUse', { params: { program: holder.program, pid: holder.pid } });
}

function manifestBeside(file: string): BackupManifest | null {
  try {
    const parsed = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as BackupManifest;
    return parsed.format === 1 && typeof parsed.sha256 === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/** Moves the database's files into a new folder under `replaced/`, untouched, and says why. */
function putAside(dataDir: string, databaseFile: string, note: Omit<AsideNote, 'format'>, at: Date): string | null {
  const parts = DATABASE_PARTS.map((suffix) => `${databaseFile}${suffix}`).filter((part) => existsSync(part));
  if (parts.length === 0) return null;
  const root = join(dataDir, REPLACED);
  let folder = join(root, `${fileStamp(at)}-${note.why}`);
  for (let n = 2; existsSync(folder); n++) folder = join(root, `${fileStamp(at)}-${note.why}-${n}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(join(folder, 'replaced.json'), `${JSON.stringify({ format: 1, ...note }, null, 2)}\n`, {
    mode: 0o600,
  });
  for (const part of parts) renameSync(part, join(folder, basename(part)));
  return folder;
}

/**
 * A database put in place on purpose starts a new anchor at its own head (the old one is kept
 * aside), carrying the last ticket number handed out: numbers on receipts from after the backup
 * was taken are not given out again.
 */
function reanchor(dataDir: string, why: string, head: AuditHead | null, at: Date): void {
  const previous = readAnchor(dataDir);
  setAnchorAside(dataDir, why, at);
  writeAnchor(dataDir, { format: 1, at: at.toISOString(), auditHead: head, lastTicket: previous?.lastTicket ?? null });
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a backup in place of the data folder's database. Refused while any program has the
 * database open. The backup is checked in full first (its hash against its manifest, SQLite's
 * integrity check, a schema this FrontDesk understands), copied beside the database and flushed,
 * and only then are the current files moved aside under `replaced/` (kept, for the undo) and the
 * copy renamed into place. Nothing changes unless all of it can be done.
 */
export async function restoreBackup(
  dataDir: string,
  databaseFile: string,
  backup: string,
  options: { now: Date; knownSchema: number; by: string; nativeBinding?: string },
): Promise<Outcome<RestoreOutcome>> {
  const busy = inUse(dataDir);
  if (busy) return busy;
  if (!existsSync(backup)) return fail('not-found', 'backups.noSuchFile', { params: { file: backup } });
  const manifest = manifestBeside(backup);
  if (manifest && (await fileSha256(backup)) !== manifest.sha256)
    return fail('database-damaged', 'backups.changedSinceTaken', { params: { file: backup } });
  let checked;
  try {
    checked = await verifyCopy(backup, { nativeBinding: options.nativeBinding });
  } catch (error) {
    return fail('database-damaged', 'backups.notSound', {
      params: { file: backup, reason: error instanceof Error ? error.message : String(error) },
    });
  }
  if (checked.schemaVersion > options.knownSchema)
    return fail('conflict', 'backups.tooNew', {
      params: { file: backup, found: checked.schemaVersion, known: options.knownSchema },
    });
  const staging = join(dataDir, `.${basename(databaseFile)}.restoring`);
  try {
    copyFileSync(backup, staging);
    chmodSync(staging, 0o600);
    syncFile(staging);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
  // Checked again just before the swap: a program may have opened the database while the copy was made.
  const busyNow = inUse(dataDir);
  if (busyNow) {
    rmSync(staging, { force: true });
    return busyNow;
  }
  const keptAside = putAside(
    dataDir,
    databaseFile,
    { replacedAt: options.now.toISOString(), why: 'restore', by: options.by },
    options.now,
  );
  renameSync(staging, databaseFile);
  reanchor(dataDir, 'restored', checked.auditHead, options.now);
  return ok({
    restoredFrom: backup,
    takenAt: manifest?.takenAt ?? null,
    schemaVersion: checked.schemaVersion,
    auditHead: checked.auditHead,
    keptAside,
  });
}

/** The folders of replaced files, newest first. */
export function replacedDatabases(dataDir: string): { folder: string; note: AsideNote }[] {
  const root = join(dataDir, REPLACED);
  if (!existsSync(root)) return [];
  const found: { folder: string; note: AsideNote }[] = [];
  for (const name of readdirSync(root)) {
    try {
      const note = JSON.parse(readFileSync(join(root, name, 'replaced.json'), 'utf8')) as AsideNote;
      if (note.format === 1) found.push({ folder: join(root, name), note });
    } catch {
      // Not one of ours.
    }
  }
  return found.sort((a, b) => b.note.replacedAt.localeCompare(a.note.replacedAt));
}

/**
 * Undoes the latest restore: the database it put in place is moved aside in turn (so the undo can
 * itself be undone) and the files it replaced go back, exactly as they were. Refused while any
 * program has the database open.
 */
export function undoRestore(
  dataDir: string,
  databaseFile: string,
  options: { now: Date; by: string },
): Outcome<{ putBack: string; keptAside: string | null }> {
  const busy = inUse(dataDir);
  if (busy) return busy;
  const latest = replacedDatabases(dataDir)[0];
  if (!latest) return fail('not-found', 'backups.nothingToUndo');
  const keptAside = putAside(
    dataDir,
    databaseFile,
    { replacedAt: options.now.toISOString(), why: 'undo', by: options.by },
    options.now,
  );
  for (const suffix of DATABASE_PARTS) {
    const part = join(latest.folder, `${basename(databaseFile)}${suffix}`);
    if (existsSync(part)) renameSync(part, `${databaseFile}${suffix}`);
  }
  rmSync(latest.folder, { recursive: true, force: true });
  // The chain put back is anchored again when it is next opened and written.
  reanchor(dataDir, 'undone', null, options.now);
  return ok({ putBack: latest.folder, keptAside });
}

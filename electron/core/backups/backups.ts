import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupsToKeep, defaultBackupRotation, type BackupRotation } from '../../../shared/domain/backup-rotation';
import { localDate } from '../../../shared/domain/calendar';
import type { Core } from '../context';
import { readServiceSettings } from '../services/service-settings';
import { verifyCopy, type AuditHead, type VerifiedCopy } from './copy-database';
import { fileStamp } from '../file-stamp';

/**
 * Why a backup was taken. Only the automatic ones (daily, on quit) are rotated: one taken by hand, or before a
 * migration or a restore, is somebody's way back and stays until it is removed on purpose.
 */
export const backupKinds = ['daily', 'manual', 'quit', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof backupKinds)[number];
const rotatedKinds: readonly BackupKind[] = ['daily', 'quit'];

/** Written beside each backup as `<backup>.json`: what it is, and how to tell it is still whole. */
export interface BackupManifest {
  format: 1;
  file: string;
  kind: BackupKind;
  takenAt: string;
  appVersion: string;
  schemaVersion: number;
  size: number;
  sha256: string;
  auditHead: AuditHead | null;
}

/** A backup found in a folder: `verified` (whole, as its manifest says), `damaged` (changed or cut), `missing` (manifest without file). */
export interface BackupEntry {
  folder: string;
  file: string;
  manifest: BackupManifest;
  state: 'verified' | 'damaged' | 'missing';
}

const MANIFEST = '.json';
/** Backups and their manifests are the shop's customers and money: readable by the owner only. */
const OWNER_ONLY = 0o600;

export function backupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

function writeOwnerOnly(file: string, contents: string): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, contents, { mode: OWNER_ONLY });
  renameSync(partial, file);
}

/**
 * Takes a verified backup into `folder` (the data folder's `backups/` unless told otherwise):
 * the online backup API copies the live database to a temporary file in the report worker, SQLite's
 * integrity check and the hash are done there too, and only then is the copy renamed into place
 * with its manifest. A failure leaves no partial file. Rotation follows, for the kinds it covers.
 */
export async function takeBackup(
  core: Pick<Core, 'db' | 'reports' | 'now' | 'version'>,
  options: { kind: BackupKind; folder: string; rotation?: BackupRotation },
): Promise<BackupEntry> {
  mkdirSync(options.folder, { recursive: true, mode: 0o700 });
  const takenAt = core.now();
  let name = `frontdesk-${fileStamp(takenAt)}-${options.kind}.sqlite3`;
  for (let n = 2; existsSync(join(options.folder, name)); n++)
    name = `frontdesk-${fileStamp(takenAt)}-${options.kind}-${n}.sqlite3`;
  const final = join(options.folder, name);
  const partial = join(options.folder, `.${name}.partial`);
  let copy: VerifiedCopy;
  try {
    copy = await core.reports.run('backup-copy', { file: partial });
    chmodSync(partial, OWNER_ONLY);
    renameSync(partial, final);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const manifest: BackupManifest = {
    format: 1,
    file: name,
    kind: options.kind,
    takenAt: takenAt.toISOString(),
    appVersion: core.version,
    schemaVersion: copy.schemaVersion,
    size: copy.size,
    sha256: copy.sha256,
    auditHead: copy.auditHead,
  };
  writeOwnerOnly(`${final}${MANIFEST}`, `${JSON.stringify(manifest, null, 2)}\n`);
  if (rotatedKinds.includes(options.kind))
    rotateBackups(
      options.folder,
      options.rotation ?? defaultBackupRotation,
      readServiceSettings(core.db).businessHours.timeZone,
    );
  return { folder: options.folder, file: final, manifest, state: 'verified' };
}

/**
 * Gives a copy already taken (the one `migrate` takes before it changes anything) its manifest,
 * after SQLite's integrity check, so it is listed, verified and restored like any other backup.
 */
export async function adoptBackup(
  file: string,
  options: { kind: BackupKind; takenAt: Date; appVersion: string; nativeBinding?: string },
): Promise<BackupEntry> {
  chmodSync(file, OWNER_ONLY);
  const copy = await verifyCopy(file, { nativeBinding: options.nativeBinding });
  const manifest: BackupManifest = {
    format: 1,
    file: basename(file),
    kind: options.kind,
    takenAt: options.takenAt.toISOString(),
    appVersion: options.appVersion,
    schemaVersion: copy.schemaVersion,
    size: copy.size,
    sha256: copy.sha256,
    auditHead: copy.auditHead,
  };
  writeOwnerOnly(`${file}${MANIFEST}`, `${JSON.stringify(manifest, null, 2)}\n`);
  return { folder: dirname(file), file, manifest, state: 'verified' };
}

function readManifest(file: string): BackupManifest | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
    return parsed.format === 1 && typeof parsed.file === 'string' && typeof parsed.sha256 === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The backups in a folder, newest first, from their manifests. The state here is the quick one
 * (the file is there, at its recorded size); `verifyBackup` checks the hash and SQLite's integrity.
 */
export function listBackups(folder: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  const entries: BackupEntry[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(`.sqlite3${MANIFEST}`)) continue;
    const manifest = readManifest(join(folder, name));
    if (!manifest) continue;
    const file = join(folder, manifest.file);
    const state = !existsSync(file) ? 'missing' : statSync(file).size === manifest.size ? 'verified' : 'damaged';
    entries.push({ folder, file, manifest, state });
  }
  return entries.sort((a, b) => b.manifest.takenAt.localeCompare(a.manifest.takenAt));
}

/** A backup checked in full (in the report worker): its hash as recorded, and SQLite's integrity check. */
export async function verifyBackup(core: Pick<Core, 'reports'>, entry: BackupEntry): Promise<BackupEntry> {
  if (!existsSync(entry.file)) return { ...entry, state: 'missing' };
  try {
    const checked = await core.reports.run('backup-verify', { file: entry.file });
    const whole = checked.sha256 === entry.manifest.sha256 && checked.size === entry.manifest.size;
    return { ...entry, state: whole ? 'verified' : 'damaged' };
  } catch {
    return { ...entry, state: 'damaged' };
  }
}

/** Deletes the rotated backups (and their manifests) that rotation no longer keeps. */
export function rotateBackups(folder: string, rotation: BackupRotation, timeZone: string): string[] {
  const rotated = listBackups(folder).filter((entry) => rotatedKinds.includes(entry.manifest.kind));
  const keep = backupsToKeep(
    rotated.map((entry) => ({ name: entry.manifest.file, day: localDate(new Date(entry.manifest.takenAt), timeZone) })),
    rotation,
  );
  const removed: string[] = [];
  for (const entry of rotated) {
    if (keep.has(entry.manifest.file)) continue;
    rmSync(entry.file, { force: true });
    rmSync(`${entry.file}${MANIFEST}`, { force: true });
    removed.push(entry.manifest.file);
  }
  return removed;
}

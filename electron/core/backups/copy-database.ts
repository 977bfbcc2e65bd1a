import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ReadableDB } from '../db/types';

/** Where the audit chain stood when a copy was taken: its last entry's id and hash. */
export interface AuditHead {
  id: number;
  hash: string;
}

/** What a verified copy of the database holds, for its manifest. */
export interface VerifiedCopy {
  size: number;
  sha256: string;
  schemaVersion: number;
  auditHead: AuditHead | null;
}

export function fileSha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Checks a database copy as it lies on disk: SQLite's full integrity check, its schema version,
 * its audit chain's head, its size and hash. Opened read-only, so checking never changes it.
 * Throws with the reason when the copy is not sound.
 */
export async function verifyCopy(file: string, options: { nativeBinding?: string } = {}): Promise<VerifiedCopy> {
  const copy = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`failed its integrity check: ${String(integrity)}`);
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    const head = copy.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditHead | undefined;
    return { size: statSync(file).size, sha256: await fileSha256(file), schemaVersion, auditHead: head ?? null };
  } finally {
    copy.close();
  }
}

/**
 * Copies the database with SQLite's online backup API into `file` (which must not be in use) and
 * verifies the copy. All pages in one step: a step restarts whenever another connection writes,
 * and small steps on a busy shop's large file could restart forever. Runs in the report worker,
 * on its read-only connection, so the counter never waits for it.
 */
export async function copyDatabase(
  db: ReadableDB,
  file: string,
  options: { nativeBinding?: string } = {},
): Promise<VerifiedCopy> {
  await (db as unknown as Database.Database).backup(file, { progress: () => 0x7fffffff });
  // A copy is one self-contained file: out of WAL mode, so opening it never needs -wal or -shm beside it.
  const copy = new Database(file, { fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return verifyCopy(file, options);
}

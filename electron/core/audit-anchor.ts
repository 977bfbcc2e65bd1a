import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { get, sql } from './db/sql';
import type { ReadableDB } from './db/types';
import type { AuditHead } from './backups/copy-database';
import { fileStamp } from './file-stamp';

/**
 * The audit chain's head kept outside the database, beside it: a database whose tail was cut (a
 * deleted `-wal`, entries deleted by hand, an old file put back) no longer reaches it, and one
 * whose tail was rewritten holds another hash at its id. Also the last ticket number handed out,
 * so numbers already on a customer's receipt are never given out again.
 */
export interface AuditAnchor {
  format: 1;
  at: string;
  auditHead: AuditHead | null;
  lastTicket: { day: string; sequence: number } | null;
}

export const ANCHOR_FILE = 'audit-head.json';

/** How the database stands against its anchor. */
export type AnchorComparison =
  | { state: 'no-anchor' }
  | { state: 'intact' }
  /** Entries after `head` that the anchor saw are gone. */
  | { state: 'tail-lost'; anchor: AuditAnchor; head: AuditHead | null }
  /** The entry the anchor names holds another hash: the chain was rewritten from there on. */
  | { state: 'rewritten'; anchor: AuditAnchor };

export function readAnchor(dataDir: string): AuditAnchor | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, ANCHOR_FILE), 'utf8')) as AuditAnchor;
    return parsed.format === 1 ? parsed : null;
  } catch {
    return null;
  }
}

/** Replaces the anchor in one rename, readable by the owner only. */
export function writeAnchor(dataDir: string, anchor: AuditAnchor): void {
  const file = join(dataDir, ANCHOR_FILE);
  writeFileSync(`${file}.partial`, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  renameSync(`${file}.partial`, file);
}

/** Keeps a superseded anchor beside the new one (after a loss was found, or a restore), for whoever looks into it. */
export function setAnchorAside(dataDir: string, why: string, at: Date): void {
  const file = join(dataDir, ANCHOR_FILE);
  if (!existsSync(file)) return;
  const stamp = fileStamp(at);
  renameSync(file, join(dataDir, `audit-head.${why}-${stamp}.json`));
}

/** The last audit entry and the last ticket number: two primary-key lookups. */
export function anchorOf(db: ReadableDB, at: Date): AuditAnchor {
  const head =
    get<AuditHead>(db, sql`SELECT id, hash FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`) ?? null;
  const ticket = get<{ day: string; sequence: number }>(
    db,
    sql`SELECT intake_day AS day, day_sequence AS sequence FROM tickets WHERE id = (SELECT max(id) FROM tickets)`,
  );
  return { format: 1, at: at.toISOString(), auditHead: head, lastTicket: ticket ?? null };
}

export function compareWithAnchor(db: ReadableDB, anchor: AuditAnchor | null): AnchorComparison {
  if (!anchor) return { state: 'no-anchor' };
  if (!anchor.auditHead) return { state: 'intact' };
  const entry = get<{ hash: string }>(db, sql`SELECT hash FROM audit_log WHERE id = ${anchor.auditHead.id}`);
  if (!entry) {
    const head =
      get<AuditHead>(db, sql`SELECT id, hash FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`) ?? null;
    return { state: 'tail-lost', anchor, head };
  }
  return entry.hash === anchor.auditHead.hash ? { state: 'intact' } : { state: 'rewritten', anchor };
}

/**
 * Keeps the anchor level with the database: `update()` after each write (it rewrites the small
 * file only when the chain moved on). A failure to write it (a full or read-only disk) never
 * fails the write it follows; the next one tries again.
 */
export function createAnchorKeeper(db: ReadableDB, dataDir: string, now: () => Date) {
  let lastId: number | null | undefined;
  return {
    update(): void {
      try {
        // One primary-key read after a call that wrote nothing; the rest only when the chain moved on.
        const id = get<{ id: number | null }>(db, sql`SELECT max(id) AS id FROM audit_log`)?.id ?? null;
        if (id === lastId) return;
        writeAnchor(dataDir, anchorOf(db, now()));
        lastId = id;
      } catch {
        // Tried again after the next write.
      }
    },
  };
}

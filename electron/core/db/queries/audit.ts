import { createHash } from 'node:crypto';
import { all, get, iterate, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: string;
  actorId: number | null;
  /** What happened, e.g. `customer.create`, `staff.sign-in-failed`. */
  action: string;
  entity: string;
  entityId: number | null;
  details: Record<string, unknown>;
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  details: string;
  prev_hash: string;
  hash: string;
}

function entryHash(prevHash: string, row: Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>): string {
  const payload = JSON.stringify([prevHash, row.at, row.actor_id, row.action, row.entity, row.entity_id, row.details]);
  return createHash('sha256').update(payload).digest('hex');
}

/** Appends an entry chained to the last one. Call it inside the write's own transaction. */
export function appendAudit(db: WritableDB, entry: AuditEntry): void {
  const last = get<{ hash: string }>(db, sql`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    at: entry.at,
    actor_id: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    details: JSON.stringify(entry.details),
  };
  const hash = entryHash(prevHash, row);
  run(
    db,
    sql`INSERT INTO audit_log (at, actor_id, action, entity, entity_id, details, prev_hash, hash)
        VALUES (${row.at}, ${row.actor_id}, ${row.action}, ${row.entity}, ${row.entity_id}, ${row.details}, ${prevHash}, ${hash})`,
  );
}

export type AuditChainReport =
  { intact: true; entries: number } | { intact: false; entries: number; brokenAtId: number };

/** Recomputes every hash in order; the first entry whose hash or link does not match is reported. */
export function verifyAuditChain(db: ReadableDB): AuditChainReport {
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (const row of iterate<AuditRow>(db, sql`SELECT * FROM audit_log ORDER BY id`)) {
    entries += 1;
    if (row.prev_hash !== prevHash || entryHash(prevHash, row) !== row.hash)
      return { intact: false, entries, brokenAtId: row.id };
    prevHash = row.hash;
  }
  return { intact: true, entries };
}

export function listAuditEntries(db: ReadableDB, entity: string, entityId: number): (AuditEntry & { id: number })[] {
  return all<AuditRow>(
    db,
    sql`SELECT * FROM audit_log WHERE entity = ${entity} AND entity_id = ${entityId} ORDER BY id`,
  ).map((row) => ({
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
  }));
}

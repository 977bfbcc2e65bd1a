import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import type { WritableDB } from '../types';
import { appendAudit, GENESIS_HASH, verifyAuditChain } from './audit';

let db: WritableDB;
beforeEach(async () => {
  db = openDatabase(':memory:');
  await migrate(db, migrations);
  for (let index = 1; index <= 5; index += 1) {
    appendAudit(db, {
      at: `2026-11-25T09:0${index}:00.000Z`,
      actorId: null,
      action: 'customer.update',
      entity: 'customer',
      entityId: index,
      details: { n: index },
    });
  }
});
afterEach(() => db.close());

/** Edits the log as an attacker with file access would: around the append-only triggers. */
function tamper(statement: string): void {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(statement);
}

describe('audit chain', () => {
  it('links each entry to the one before', () => {
    const rows = db.prepare('SELECT prev_hash, hash FROM audit_log ORDER BY id').all() as {
      prev_hash: string;
      hash: string;
    }[];
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((row, index) => expect(row.prev_hash).toBe(rows[index]?.hash));
    expect(verifyAuditChain(db)).toEqual({ intact: true, entries: 5 });
  });

  it('detects an edited entry', () => {
    tamper(`UPDATE audit_log SET details = '{"n":99}' WHERE id = 3`);
    expect(verifyAuditChain(db)).toEqual({ intact: false, entries: 3, brokenAtId: 3 });
  });

  it('detects a deleted entry', () => {
    tamper('DELETE FROM audit_log WHERE id = 2');
    expect(verifyAuditChain(db)).toMatchObject({ intact: false, brokenAtId: 3 });
  });

  it('detects a rewritten entry given a made-up hash', () => {
    tamper(`UPDATE audit_log SET action = 'customer.delete', hash = '${'f'.repeat(64)}' WHERE id = 4`);
    expect(verifyAuditChain(db)).toMatchObject({ intact: false, brokenAtId: 4 });
  });

  it('detects a rewritten entry whose own hash was correctly recomputed: the next one no longer links to it', () => {
    const row = db.prepare('SELECT * FROM audit_log WHERE id = 4').get() as Record<string, unknown>;
    const forged = createHash('sha256')
      .update(
        JSON.stringify([
          row.prev_hash,
          row.at,
          row.actor_id,
          'customer.delete',
          row.entity,
          row.entity_id,
          row.details,
        ]),
      )
      .digest('hex');
    tamper(`UPDATE audit_log SET action = 'customer.delete', hash = '${forged}' WHERE id = 4`);
    expect(verifyAuditChain(db)).toMatchObject({ intact: false, brokenAtId: 5 });
  });
});

import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test/fixtures/core';
import { makeTempDir } from '../../test/fixtures/temp-dir';
import { repairIntake } from '../../test/fixtures/sample-intakes';
import { runCli } from '../cli/program';
import { openDatabase } from './db/connection';
import { ANCHOR_FILE, readAnchor } from './audit-anchor';
import type { Session } from './context';

const now = () => new Date('2026-11-25T02:00:00Z');
let temp: ReturnType<typeof makeTempDir>;
let core: TestCore;
let admin: Session;
let customerId: number;
beforeEach(async () => {
  temp = makeTempDir();
  core = await openTestCore({ now, dataDir: join(temp.path, 'shop') });
  admin = await core.setUp();
  customerId = (await core.expectOk('customers-create', { name: '王芳', phone: '138 0013 5678' }, admin)).id;
});
afterEach(() => {
  core.close();
  temp.remove();
});

async function check(dataDir: string) {
  const out: string[] = [];
  const code = await runCli(['--data-dir', dataDir, 'check'], {
    out: (line) => out.push(line),
    err: () => undefined,
    env: {},
  });
  return { code, out: out.join('\n') };
}

const auditActions = (dataDir: string) => {
  const db = openDatabase(join(dataDir, 'frontdesk.sqlite3'));
  try {
    return (db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map(
      (row) => row.action,
    );
  } finally {
    db.close();
  }
};

describe('the audit anchor outside the database', () => {
  it('follows every write, so check finds entries deleted from the end, and the next start records the loss', async () => {
    const head = core.core.db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(readAnchor(core.dataDir)?.auditHead).toEqual(head);
    expect((await check(core.dataDir)).out).toContain(
      '✓ Audit anchor: the log reaches the head recorded outside the database',
    );
    // An administrator added from the command line, then its traces removed by hand.
    await core.expectOk('staff-create', { name: 'Mallory', role: 'admin', pin: '9999' }, admin);
    core.close();
    const db = openDatabase(join(core.dataDir, 'frontdesk.sqlite3'));
    const last = (db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
    db.exec(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = ${last};`);
    db.close();

    const checked = await check(core.dataDir);
    expect(checked.code).toBe(1);
    // The chain itself still holds: only the anchor can tell.
    expect(checked.out).toContain('✓ Audit chain');
    expect(checked.out).toContain(`✗ Audit anchor: entries ${last} to ${last} are missing`);
    expect(checked.out).toContain('Some checks failed.');

    core = await openTestCore({ now, dataDir: core.dataDir });
    expect(core.anchor).toMatchObject({ state: 'tail-lost', head: { id: last - 1 } });
    expect(auditActions(core.dataDir).at(-1)).toBe('database.tail-lost');
    // The anchor that saw the loss is kept as evidence; a new one follows the log from here.
    expect(readdirSync(core.dataDir).filter((name) => name.startsWith('audit-head.tail-lost-'))).toHaveLength(1);
    expect(existsSync(join(core.dataDir, ANCHOR_FILE))).toBe(true);
  });

  it('finds acknowledged tickets lost with a deleted -wal file and never hands their numbers out again', async () => {
    expect((await core.expectOk('intake-save', repairIntake(customerId), admin)).number).toBe('20261125-0001');
    core.core.db.pragma('wal_checkpoint(TRUNCATE)');
    // Two more, acknowledged to the counter, still only in the -wal file…
    await core.expectOk('intake-save', repairIntake(customerId), admin);
    expect((await core.expectOk('intake-save', repairIntake(customerId), admin)).number).toBe('20261125-0003');
    // …which is lost: the database file and the anchor beside it are all that is left.
    const crashed = join(temp.path, 'after-crash');
    await import('node:fs').then((fs) => fs.mkdirSync(crashed));
    copyFileSync(join(core.dataDir, 'frontdesk.sqlite3'), join(crashed, 'frontdesk.sqlite3'));
    copyFileSync(join(core.dataDir, ANCHOR_FILE), join(crashed, ANCHOR_FILE));
    expect((await check(crashed)).out).toMatch(/✗ Audit anchor: entries \d+ to \d+ are missing/u);

    const reopened = await openTestCore({ now, dataDir: crashed });
    try {
      expect(reopened.anchor.state).toBe('tail-lost');
      const signedIn: Session = { staffId: null };
      await reopened.expectOk('session-sign-in', { staffId: 1, pin: '1234' }, signedIn);
      const next = await reopened.expectOk('intake-save', repairIntake(customerId), signedIn);
      // 0002 and 0003 are on two customers' receipts: the next ticket is 0004.
      expect(next.number).toBe('20261125-0004');
      expect(auditActions(crashed)).toContain('database.tail-lost');
    } finally {
      reopened.close();
    }
    expect((await check(crashed)).out).toContain('All checks passed.');
  });

  it('finds a tail rewritten after the anchor saw it', async () => {
    core.close();
    const db = openDatabase(join(core.dataDir, 'frontdesk.sqlite3'));
    const last = (db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
    db.exec(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = ${last};`);
    db.close();
    core = await openTestCore({ now, dataDir: core.dataDir });
    expect(core.anchor.state).toBe('tail-lost');
    core.close();
    // Now the same id holds another entry: the anchor kept aside saw it, the new anchor sees the new one.
    expect(await check(core.dataDir)).toMatchObject({ code: 0 });
    const anchorBefore = readAnchor(core.dataDir)!;
    const db2 = openDatabase(join(core.dataDir, 'frontdesk.sqlite3'));
    db2.exec(
      `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET hash = 'x' || substr(hash, 2) WHERE id = ${anchorBefore.auditHead!.id};`,
    );
    db2.close();
    expect((await check(core.dataDir)).out).toContain(
      `✗ Audit anchor: entry ${anchorBefore.auditHead!.id} no longer matches`,
    );
    core = await openTestCore({ now, dataDir: core.dataDir });
  });
});

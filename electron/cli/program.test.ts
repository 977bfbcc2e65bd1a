import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userInfo } from 'node:os';
import { openTestCore } from '../../test/fixtures/core';
import { makeTempDir } from '../../test/fixtures/temp-dir';
import { repairIntake } from '../../test/fixtures/sample-intakes';
import { openDatabase } from '../core/db/connection';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from './program';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('frontdesk CLI', () => {
  it('adds a staff member who can then be checked in the database', async () => {
    const dataDir = join(temp.path, 'data');
    const added = await cli(
      '--data-dir',
      dataDir,
      'staff',
      'add',
      '--name',
      '李四',
      '--role',
      'technician',
      '--pin',
      '4321',
    );
    expect(added).toMatchObject({ code: EXIT_OK, out: 'Added 李四 (Technician), id 1.' });
    const checked = await cli('--data-dir', dataDir, 'check');
    expect(checked.code).toBe(EXIT_OK);
    expect(checked.out).toContain('✓ Audit chain: 1 entries intact');
    expect(checked.out).toContain('All checks passed.');
  });

  it('adds an administrator only when there is none, or when asked for by name; the audit log names the OS user', async () => {
    const dataDir = join(temp.path, 'data');
    const add = (name: string, ...extra: string[]) =>
      cli('--data-dir', dataDir, 'staff', 'add', '--name', name, '--role', 'admin', '--pin', '1234', ...extra);
    expect((await add('First')).code).toBe(EXIT_OK);
    const refused = await add('Second');
    expect(refused.code).toBe(EXIT_FAILED);
    expect(refused.err).toMatch(/already has an administrator.*--another-admin/u);
    expect((await add('Second', '--another-admin')).code).toBe(EXIT_OK);
    const db = openDatabase(join(dataDir, 'frontdesk.sqlite3'));
    const entries = db
      .prepare("SELECT actor_id, details FROM audit_log WHERE action = 'staff.create' ORDER BY id")
      .all() as {
      actor_id: number | null;
      details: string;
    }[];
    db.close();
    expect(entries.map((entry) => JSON.parse(entry.details))).toEqual([
      { name: 'First', role: 'admin', by: { commandLine: true, osUser: userInfo().username } },
      { name: 'Second', role: 'admin', by: { commandLine: true, osUser: userInfo().username } },
    ]);
    expect(entries.every((entry) => entry.actor_id === null)).toBe(true);
  });

  it('seeds in batches (one transaction and audit entry per 2,000 customers) and refuses a shop with real tickets unless --force', async () => {
    const core = await openTestCore({ dataDir: temp.path });
    const admin = await core.setUp();
    const reception = await core.staffSession(admin, 'reception');
    const customer = await core.expectOk('customers-create', { name: '王芳', phone: '138 0013 5678' }, reception);
    await core.expectOk('intake-save', repairIntake(customer.id), reception);
    core.dispose();

    const refused = await cli('--data-dir', temp.path, 'seed', '--customers', '10');
    expect(refused.code).toBe(EXIT_FAILED);
    expect(refused.err).toMatch(/holds 1 real tickets.*--force/u);
    const forced = await cli('--data-dir', temp.path, 'seed', '--customers', '5000', '--force');
    expect(forced.code).toBe(EXIT_OK);
    const db = openDatabase(join(temp.path, 'frontdesk.sqlite3'));
    const batches = db.prepare("SELECT details FROM audit_log WHERE action = 'customer.seed' ORDER BY id").all() as {
      details: string;
    }[];
    db.close();
    expect(batches.map((batch) => JSON.parse(batch.details).added)).toEqual([2000, 2000, 1000]);
  });

  it.each([
    [['staff', 'add', '--name', 'A', '--role', 'boss', '--pin', '1234'], /argument 'boss' is invalid/u],
    [['staff', 'add', '--name', 'A', '--role', 'admin', '--pin', '12'], /--pin: PIN must be 4 to 6 digits/u],
    [['staff', 'add', '--name', '', '--role', 'admin', '--pin', '1234'], /--name: Required/u],
    [['staff', 'add', '--role', 'admin', '--pin', '1234'], /required option '--name <name>'/u],
    [['staff', 'remove'], /Invalid arguments/u],
    [['--bogus'], /unknown option '--bogus'/u],
  ])('refuses %j with a clear message, exit 2, and writes nothing', async (args, message) => {
    const dataDir = join(temp.path, 'untouched');
    const result = await cli('--data-dir', dataDir, ...args);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.err).toMatch(message);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('seeds sample customers once: the same seed again adds none', async () => {
    const first = await cli('--data-dir', temp.path, 'seed', '--customers', '500', '--seed', '7');
    expect(first.code).toBe(EXIT_OK);
    expect(first.out).toMatch(/^Added 500 sample customers of 500 requested/u);
    const again = await cli('--data-dir', temp.path, 'seed', '--customers', '500', '--seed', '7');
    expect(again.out).toMatch(/^Added 0 sample customers/u);

    const db = openDatabase(join(temp.path, 'frontdesk.sqlite3'));
    const count = db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number };
    const fts = db.prepare('SELECT count(*) AS n FROM customers_fts WHERE customers_fts MATCH \'"138"\'').get() as {
      n: number;
    };
    db.close();
    expect(count.n).toBe(500);
    expect(fts.n).toBeGreaterThan(0);
    expect((await cli('--data-dir', temp.path, 'check')).out).toContain('All checks passed.');
  });

  // 1,500 stories lived through the ticket's write path (each move audited and committed): a few
  // seconds on an idle machine, more when the machine is busy.
  it(
    'seeds sample tickets for the customers on file, numbered day by day, and the database still checks out',
    { timeout: 30_000 },
    async () => {
      expect(
        (await cli('--data-dir', temp.path, 'staff', 'add', '--name', 'Rita', '--role', 'reception', '--pin', '1234'))
          .code,
      ).toBe(EXIT_OK);
      const result = await cli(
        '--data-dir',
        temp.path,
        'seed',
        '--customers',
        '200',
        '--tickets',
        '1500',
        '--seed',
        '3',
      );
      expect(result.code).toBe(EXIT_OK);
      expect(result.out).toMatch(/Added 1500 sample tickets/u);
      const db = openDatabase(join(temp.path, 'frontdesk.sqlite3'));
      const gaps = db
        .prepare(`SELECT intake_day FROM tickets GROUP BY intake_day HAVING max(day_sequence) <> count(*)`)
        .all();
      const events = db.prepare('SELECT count(*) AS n FROM ticket_events').get() as { n: number };
      db.close();
      expect(gaps).toEqual([]);
      expect(events.n).toBeGreaterThanOrEqual(1500);
      expect((await cli('--data-dir', temp.path, 'check')).out).toContain('All checks passed.');
      // Sample tickets are not a shop's records: seeding more beside them needs no --force.
      expect((await cli('--data-dir', temp.path, 'seed', '--customers', '10', '--seed', '4')).code).toBe(EXIT_OK);
    },
  );

  it('refuses to seed tickets before FrontDesk is set up, and says what to seed', async () => {
    const dataDir = join(temp.path, 'untouched');
    expect(await cli('--data-dir', dataDir, 'seed', '--tickets', '10')).toMatchObject({ code: EXIT_FAILED });
    expect(existsSync(dataDir)).toBe(false);
    expect(await cli('--data-dir', dataDir, 'seed')).toMatchObject({ code: EXIT_USAGE });
  });

  it.each([['0'], ['-5'], ['lots'], ['3000000']])('refuses to seed %s customers', async (count) => {
    const dataDir = join(temp.path, 'untouched');
    const result = await cli('--data-dir', dataDir, 'seed', '--customers', count);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.err).toMatch(/whole number from 1 to 2000000|unknown option/u);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('speaks Chinese when asked', async () => {
    const result = await cli(
      '--lang',
      'zh-CN',
      '--data-dir',
      temp.path,
      'staff',
      'add',
      '--name',
      'A',
      '--role',
      'admin',
      '--pin',
      '1',
    );
    expect(result.err).toBe('--pin：PIN 须为 4–6 位数字');
  });

  it('reports a tampered audit log and a missing database as failures', async () => {
    expect((await cli('--data-dir', join(temp.path, 'none'), 'check')).code).toBe(EXIT_FAILED);
    await cli('--data-dir', temp.path, 'staff', 'add', '--name', 'A', '--role', 'admin', '--pin', '1234');
    await cli('--data-dir', temp.path, 'staff', 'add', '--name', 'B', '--role', 'reception', '--pin', '1234');
    const db = openDatabase(join(temp.path, 'frontdesk.sqlite3'));
    db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details = '{"name":"Mallory"}' WHERE id = 1;`);
    db.close();
    const result = await cli('--data-dir', temp.path, 'check');
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.out).toContain('✗ Audit chain: broken at entry 1 of 1');
    expect(result.out).toContain('Some checks failed.');
  });
});

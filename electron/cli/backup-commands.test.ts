import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/fixtures/temp-dir';
import { openCore } from '../core';
import { openDatabase } from '../core/db/connection';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from './program';

let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
beforeEach(() => {
  temp = makeTempDir();
  dataDir = join(temp.path, 'data');
});
afterEach(() => temp.remove());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--data-dir', dataDir, ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const staffNames = () => {
  const db = openDatabase(join(dataDir, 'frontdesk.sqlite3'));
  try {
    return (db.prepare('SELECT name FROM staff ORDER BY id').all() as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
};
const addStaff = (name: string) =>
  cli('staff', 'add', '--name', name, '--role', 'technician', '--pin', '4321').then((added) =>
    expect(added.code).toBe(EXIT_OK),
  );
const backupFile = (out: string) => /verified: (.+\.sqlite3) \(/u.exec(out)![1]!;

describe('backup, backups and restore on the command line', () => {
  it('backs up, restores with the current database kept aside, and undoes the restore', async () => {
    await addStaff('李四');
    const backedUp = await cli('backup');
    expect(backedUp.code).toBe(EXIT_OK);
    const file = backupFile(backedUp.out);
    await addStaff('王五');
    expect(staffNames()).toEqual(['李四', '王五']);

    const restored = await cli('restore', file);
    expect(restored).toMatchObject({ code: EXIT_OK, err: '' });
    expect(restored.out).toMatch(/^Restored .* \(taken 20\d\d-.*kept in .*replaced.*restore --undo/u);
    expect(staffNames()).toEqual(['李四']);
    // The restore is in the restored database's audit log, by the command line's OS user, and the chain holds.
    const db = openDatabase(join(dataDir, 'frontdesk.sqlite3'));
    const entry = db.prepare("SELECT details FROM audit_log WHERE action = 'database.restored'").get() as {
      details: string;
    };
    db.close();
    expect(JSON.parse(entry.details)).toMatchObject({ from: file, by: { commandLine: true } });
    expect((await cli('check')).out).toContain('All checks passed.');

    const undone = await cli('restore', '--undo');
    expect(undone.code).toBe(EXIT_OK);
    expect(undone.out).toMatch(/^Undone: the database from before the restore is back/u);
    expect(staffNames()).toEqual(['李四', '王五']);
    expect((await cli('check')).out).toContain('All checks passed.');
    // The undo is itself undoable: the restored database went aside in its turn.
    expect(readdirSync(join(dataDir, 'replaced'))).toHaveLength(1);
    expect((await cli('restore', '--undo')).code).toBe(EXIT_OK);
    expect(staffNames()).toEqual(['李四']);
  });

  it('lists backups checked in full, and marks one changed since it was taken', async () => {
    await addStaff('李四');
    const file = backupFile((await cli('backup')).out);
    const listed = await cli('backups');
    expect(listed.code).toBe(EXIT_OK);
    expect(listed.out).toMatch(/^✓ .*by hand .* MB {2}verified {2}.*\.sqlite3$/u);
    const bytes = readFileSync(file);
    bytes[bytes.length - 50] = bytes[bytes.length - 50]! ^ 0xff;
    writeFileSync(file, bytes);
    const damaged = await cli('backups');
    expect(damaged.code).toBe(EXIT_FAILED);
    expect(damaged.out).toMatch(/^✗ .*DAMAGED/u);
    // And a damaged backup is never restored.
    const before = readFileSync(join(dataDir, 'frontdesk.sqlite3'));
    const refused = await cli('restore', file);
    expect(refused.code).toBe(EXIT_FAILED);
    expect(refused.err).toMatch(/has changed since it was taken.*Nothing was changed/u);
    expect(readFileSync(join(dataDir, 'frontdesk.sqlite3')).equals(before)).toBe(true);
    expect(existsSync(join(dataDir, 'replaced'))).toBe(false);
  });

  it('refuses to restore while FrontDesk has the database open, or waits for it to close when told to', async () => {
    await addStaff('李四');
    const file = backupFile((await cli('backup')).out);
    await addStaff('王五');
    const app = await openCore({ dataDir, program: 'browser', keepFacts: null, scheduledExport: null });
    const refused = await cli('restore', file);
    expect(refused.code).toBe(EXIT_FAILED);
    expect(refused.err).toMatch(
      /open in FrontDesk browser mode \(process \d+\): close it first\. Nothing was changed\.\nTo restore as soon as it is closed, add --wait\./u,
    );
    expect(staffNames()).toEqual(['李四', '王五']);

    setTimeout(() => app.close(), 400);
    const waited = await cli('restore', file, '--wait');
    expect(waited.code).toBe(EXIT_OK);
    expect(waited.out).toMatch(/^Waiting for FrontDesk browser mode .* to close the database…\nRestored /u);
    expect(staffNames()).toEqual(['李四']);
  });

  it('refuses a file that is not a database, one that is missing, and asking for nothing', async () => {
    await addStaff('李四');
    const garbage = join(temp.path, 'not-a-backup.sqlite3');
    writeFileSync(garbage, 'hello, this is not SQLite'.repeat(200));
    const before = readFileSync(join(dataDir, 'frontdesk.sqlite3'));
    const notSound = await cli('restore', garbage);
    expect(notSound.code).toBe(EXIT_FAILED);
    expect(notSound.err).toMatch(/is not a sound FrontDesk database .*Nothing was changed/u);
    const missing = await cli('--lang', 'zh-CN', 'restore', join(temp.path, 'nope.sqlite3'));
    expect(missing.err).toMatch(/^找不到文件 .*nope\.sqlite3。未做任何更改。$/u);
    expect((await cli('restore')).code).toBe(EXIT_USAGE);
    expect((await cli('restore', '--undo')).err).toBe('There is no restore to undo.');
    expect(readFileSync(join(dataDir, 'frontdesk.sqlite3')).equals(before)).toBe(true);
  });
});

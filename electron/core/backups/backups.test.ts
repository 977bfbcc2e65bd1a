import { readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { makeTempDir } from '../../../test/fixtures/temp-dir';
import { backupFolder, listBackups, takeBackup, verifyBackup } from './backups';

let now = new Date('2026-01-01T10:00:00Z');
let core: TestCore;
beforeEach(async () => {
  now = new Date('2026-01-01T10:00:00Z');
  core = await openTestCore({ now: () => now });
  const admin = await core.setUp();
  await core.expectOk('customers-create', { name: '王芳', phone: '138 0013 5678' }, admin);
});
afterEach(() => core.dispose());

describe('backups', () => {
  it('takes a verified, owner-only copy with its manifest, which opens with every record', async () => {
    const folder = backupFolder(core.dataDir);
    const taken = await takeBackup(core.core, { kind: 'manual', folder });
    expect(taken.state).toBe('verified');
    expect(taken.manifest).toMatchObject({
      kind: 'manual',
      takenAt: now.toISOString(),
      schemaVersion: core.core.db.pragma('user_version', { simple: true }),
      size: statSync(taken.file).size,
    });
    const head = core.core.db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(taken.manifest.auditHead).toEqual(head);
    if (process.platform !== 'win32') {
      expect(statSync(taken.file).mode & 0o777).toBe(0o600);
      expect(statSync(`${taken.file}.json`).mode & 0o777).toBe(0o600);
    }
    // Only the backup and its manifest: no partial file, no -wal or -shm.
    expect(readdirSync(folder).sort()).toEqual([taken.manifest.file, `${taken.manifest.file}.json`].sort());
    const copy = new Database(taken.file, { readonly: true });
    expect(copy.prepare('SELECT name FROM customers').all()).toEqual([{ name: '王芳' }]);
    copy.close();
    expect(listBackups(folder)).toEqual([taken]);
  });

  it('tells a backup changed or cut after it was taken, and one whose file is gone', async () => {
    const folder = backupFolder(core.dataDir);
    const first = await takeBackup(core.core, { kind: 'manual', folder });
    now = new Date(now.getTime() + 60_000);
    const second = await takeBackup(core.core, { kind: 'manual', folder });
    const bytes = readFileSync(first.file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(first.file, bytes);
    expect(listBackups(folder).map((entry) => entry.state)).toEqual(['verified', 'verified']);
    expect((await verifyBackup(core.core, listBackups(folder)[1]!)).state).toBe('damaged');
    expect((await verifyBackup(core.core, second)).state).toBe('verified');
    writeFileSync(second.file, bytes.subarray(0, 4096));
    expect(listBackups(folder)[0]!.state).toBe('damaged');
  });

  it('rotates daily backups over two months with a controlled clock, never the one before a migration', async () => {
    const folder = backupFolder(core.dataDir);
    await takeBackup(core.core, { kind: 'before-migration', folder });
    for (let day = 0; day < 60; day++) {
      now = new Date(Date.parse('2026-01-01T10:00:00Z') + day * 86_400_000);
      await takeBackup(core.core, { kind: 'daily', folder });
    }
    const kept = listBackups(folder);
    expect(kept.filter((entry) => entry.manifest.kind === 'before-migration')).toHaveLength(1);
    const daily = kept
      .filter((entry) => entry.manifest.kind === 'daily')
      .map((entry) => entry.manifest.takenAt.slice(0, 10));
    expect(daily.slice(0, 7)).toEqual([
      '2026-03-01',
      '2026-02-28',
      '2026-02-27',
      '2026-02-26',
      '2026-02-25',
      '2026-02-24',
      '2026-02-23',
    ]);
    expect(daily.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(daily).toContain('2026-01-31');
    expect(readdirSync(folder)).toHaveLength(kept.length * 2);
  }, 30_000);

  it('leaves nothing behind when the copy cannot be written', async () => {
    const temp = makeTempDir();
    const blocked = join(temp.path, 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    await expect(takeBackup(core.core, { kind: 'manual', folder: blocked })).rejects.toThrow();
    temp.remove();
  });
});

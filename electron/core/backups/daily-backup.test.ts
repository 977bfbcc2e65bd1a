import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '..';
import { openTestCore } from '../../../test/fixtures/core';
import { makeTempDir } from '../../../test/fixtures/temp-dir';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { backupFolder, listBackups, verifyBackup } from './backups';

const temp = makeTempDir();
afterAll(() => temp.remove());

describe('automatic backups', () => {
  it('takes the daily backup once the shop has closed, once per closing, catching up a missed one at start', async () => {
    // Wednesday 25 November 2026, Shanghai: the shop closes at 18:00 (10:00 UTC).
    let now = new Date('2026-11-25T09:00:00Z');
    const core = await openTestCore({ now: () => now, dataDir: join(temp.path, 'daily') });
    try {
      await core.setUp();
      // Never backed up: yesterday's closing is caught up at once.
      expect((await core.takeDailyBackup())?.manifest.kind).toBe('daily');
      expect(await core.takeDailyBackup()).toBeNull();
      now = new Date('2026-11-25T09:59:00Z');
      expect(await core.takeDailyBackup()).toBeNull();
      now = new Date('2026-11-25T10:01:00Z');
      const tonight = await core.takeDailyBackup();
      expect(tonight?.manifest.takenAt).toBe('2026-11-25T10:01:00.000Z');
      expect((await verifyBackup(core.core, tonight!)).state).toBe('verified');
      expect(await core.takeDailyBackup()).toBeNull();
      // Closed for three days: one backup at the next start, not three.
      now = new Date('2026-11-29T02:00:00Z');
      expect(await core.takeDailyBackup()).not.toBeNull();
      expect(await core.takeDailyBackup()).toBeNull();
      // Rotation keeps the newest of each day: 17:00 and 18:01 on the 25th were the same day.
      expect(listBackups(backupFolder(core.dataDir)).map((entry) => entry.manifest.takenAt)).toEqual([
        '2026-11-29T02:00:00.000Z',
        '2026-11-25T10:01:00.000Z',
      ]);
    } finally {
      core.dispose();
    }
  });

  it('gives the copy taken before a migration its manifest, so it is listed and verified like any backup', async () => {
    const dataDir = join(temp.path, 'older');
    mkdirSync(dataDir);
    const db = openDatabase(join(dataDir, 'frontdesk.sqlite3'));
    await migrate(db, migrations.slice(0, -1));
    db.close();
    const opened = await openCore({ dataDir, keepFacts: null, scheduledExport: null, dailyBackup: null });
    try {
      expect(opened.migration.backupFile).not.toBeNull();
      const [entry] = listBackups(backupFolder(dataDir));
      expect(entry).toMatchObject({ file: opened.migration.backupFile, manifest: { kind: 'before-migration' } });
      expect((await verifyBackup(opened.core, entry!)).state).toBe('verified');
    } finally {
      opened.close();
    }
  });
});

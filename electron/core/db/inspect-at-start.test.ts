import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import { openTestCore } from '../../../test/fixtures/core';
import { makeTempDir } from '../../../test/fixtures/temp-dir';
import { backupFolder, takeBackup } from '../backups/backups';
import { seedCustomers } from '../services/seed';
import { describeStartProblem } from '../start-problem-message';
import { StartRefusedError, storageProblemAtStart, type StartProblem } from './inspect-at-start';

const now = () => new Date('2026-11-25T02:00:00Z');
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
let file: string;
let backupFile: string;

beforeEach(async () => {
  temp = makeTempDir();
  dataDir = join(temp.path, 'shop');
  file = join(dataDir, 'frontdesk.sqlite3');
  const core = await openTestCore({ now, dataDir });
  await core.setUp();
  seedCustomers(core.core.db, { count: 3000, seed: 1, now: now() });
  backupFile = (await takeBackup(core.core, { kind: 'manual', folder: backupFolder(dataDir) })).file;
  // Everything in the main file, as after a clean close, so the damage below hits customers' pages.
  core.core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
});
afterEach(() => temp.remove());

async function refusal(): Promise<StartProblem> {
  const error = await openTestCore({ now, dataDir }).then(
    (core) => {
      core.close();
      throw new Error('it opened');
    },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StartRefusedError);
  return (error as StartRefusedError).problem;
}

const quarantinedFiles = () =>
  readdirSync(join(dataDir, 'quarantine'), { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.sqlite3'),
  );

describe('the database checked at every start', () => {
  it('finds three overwritten pages, writes nothing to the file, moves it to quarantine and offers the backup', async () => {
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
    expect(middle).toBeGreaterThan(10 * pageSize);
    for (let i = middle; i < middle + 3 * pageSize; i++) bytes[i] = (i * 131) & 0xff;
    writeFileSync(file, bytes);

    const problem = await refusal();
    expect(problem).toMatchObject({ kind: 'damaged', backup: { file: backupFile, takenAt: now().toISOString() } });
    expect(existsSync(file)).toBe(false);
    // Moved, byte for byte as it was found.
    const moved = join(problem.kind === 'damaged' ? problem.quarantined! : '', 'frontdesk.sqlite3');
    expect(readFileSync(moved).equals(bytes)).toBe(true);
    const message = describeStartProblem(problem, createTranslator('en'), { restoreHint: true });
    expect(message).toMatch(
      /is damaged \(.+\)\. Nothing was written to it\.\nIt was moved, untouched, to .*quarantine/u,
    );
    expect(message).toContain('The newest verified backup was taken at');
    expect(message).toContain(`npm run cli -- restore "${backupFile}"`);
    // With the damaged file gone, the next start still never opens on setup: it offers the restore.
    expect(await refusal()).toMatchObject({ kind: 'missing', backup: { file: backupFile } });
  });

  it('never sets up a new shop over a database cut to 0 bytes or deleted while backups exist', async () => {
    truncateSync(file, 0);
    expect(await refusal()).toMatchObject({ kind: 'missing', backup: { file: backupFile } });
    expect(quarantinedFiles()).toEqual([expect.stringMatching(/frontdesk\.sqlite3$/u)]);
    const message = describeStartProblem(await refusal(), createTranslator('zh-CN'), { restoreHint: false });
    expect(message).toMatch(
      /^.*中的 FrontDesk 数据库不见了.*未在此新建空白门店。\n已原样留在原处。\n最新的已校验备份于 \d{4}-\d\d-\d\d \d\d:\d\d 生成/u,
    );
  });

  it('moves a file whose header was zeroed, or that is not SQLite at all, and says so', async () => {
    const bytes = readFileSync(file);
    bytes.fill(0, 0, 100);
    writeFileSync(file, bytes);
    const problem = await refusal();
    expect(problem).toMatchObject({ kind: 'not-a-database', backup: { file: backupFile } });
    expect(describeStartProblem(problem, createTranslator('en'), { restoreHint: false })).toMatch(
      /^The file frontdesk\.sqlite3 in .* is not a FrontDesk database\. Nothing was written to it\./u,
    );
    expect(quarantinedFiles()).toHaveLength(1);
  });

  it('opens a new, empty folder on setup as before, and names a full disk and a read-only folder', async () => {
    const fresh = await openTestCore({ now, dataDir: join(temp.path, 'new-shop') });
    fresh.close();
    const t = createTranslator('en');
    const full = storageProblemAtStart(
      Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      dataDir,
    )!;
    expect(describeStartProblem(full, t, { restoreHint: true })).toMatch(
      /^The disk holding .* is full\. FrontDesk did not start/u,
    );
    const readOnly = storageProblemAtStart(Object.assign(new Error('EROFS'), { code: 'EROFS' }), dataDir)!;
    expect(describeStartProblem(readOnly, t, { restoreHint: true })).toMatch(/cannot write to its data folder/u);
    expect(storageProblemAtStart(new Error('something else'), dataDir)).toBeNull();
  });
});

import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { makeTempDir } from '../../../test/fixtures/temp-dir';
import { repairIntake } from '../../../test/fixtures/sample-intakes';
import type { Session } from '../context';

/**
 * The scheduled daily log, on a controlled clock. The test shop keeps its default hours (Shanghai,
 * weekdays until 18:00); Wednesday 25 November 2026 closes at 10:00Z.
 */
let now: Date;
let core: TestCore;
let admin: Session;
let manager: Session;
let folder: string;
let temp: ReturnType<typeof makeTempDir>;

beforeEach(async () => {
  temp = makeTempDir();
  folder = join(temp.path, 'logs');
  mkdirSync(folder);
  now = new Date('2026-11-25T02:00:00.000Z');
  core = await openTestCore({ now: () => now });
  admin = await core.setUp();
  manager = await core.staffSession(admin, 'manager', 'Mia', '5678');
});
afterEach(() => {
  core.dispose();
  temp.remove();
});

const files = () => readdirSync(folder).sort();

describe('the daily log written at closing time', () => {
  it('writes today’s log once the shop has closed, once, and says when in Settings', async () => {
    const customer = await core.expectOk('customers-create', { name: '王芳', phone: '13812345678' }, admin);
    await core.expectOk('intake-save', repairIntake(customer.id), admin);
    await core.expectOk('settings-report-schedule-update', { enabled: true, folder }, manager);
    expect(await core.writeScheduledLogs()).toEqual([]);
    now = new Date('2026-11-25T10:00:00.000Z');
    expect(await core.writeScheduledLogs()).toEqual(['2026-11-25']);
    expect(await core.writeScheduledLogs()).toEqual([]);
    expect(files()).toEqual(['Daily log-2026-11-25.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(folder, 'Daily log-2026-11-25.xlsx'));
    const received = book.getWorksheet('Received');
    expect(received?.getCell('A3').value).toBe('Written 2026-11-25 18:00 by the scheduled export · Phones masked');
    expect((received?.rowCount ?? 0) - 5).toBe(1);
    expect(await core.expectOk('settings-report-schedule-get', {}, manager)).toMatchObject({
      enabled: true,
      since: '2026-11-25',
      lastWritten: { day: '2026-11-25', at: now.toISOString(), file: join(folder, 'Daily log-2026-11-25.xlsx') },
    });
  });

  it('writes the days missed while FrontDesk was closed at its next start, and tries again a day that failed', async () => {
    await core.expectOk('settings-report-schedule-update', { enabled: true, folder }, manager);
    const dataDir = core.dataDir;
    core.close();
    // Closed over the weekend: opened again on Monday morning.
    now = new Date('2026-11-30T01:00:00.000Z');
    const reopened = await openTestCore({ now: () => now, dataDir });
    try {
      rmSync(folder, { recursive: true });
      await expect(reopened.writeScheduledLogs()).rejects.toThrow();
      expect(existsSync(folder)).toBe(false);
      mkdirSync(folder);
      expect(await reopened.writeScheduledLogs()).toEqual([
        '2026-11-25',
        '2026-11-26',
        '2026-11-27',
        '2026-11-28',
        '2026-11-29',
      ]);
      expect(files()).toHaveLength(5);
      expect(files().some((name) => name.endsWith('.part'))).toBe(false);
    } finally {
      reopened.close();
    }
  });

  it('is off until switched on, refuses a folder it cannot write to, and writes nothing when off', async () => {
    now = new Date('2026-11-25T11:00:00.000Z');
    expect(await core.writeScheduledLogs()).toEqual([]);
    for (const bad of ['relative/logs', join(folder, 'missing')]) {
      const result = await core.call('settings-report-schedule-update', { enabled: true, folder: bad }, manager);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { folder: {} } } });
    }
    expect(await core.call('settings-report-schedule-update', { enabled: true, folder: '' }, manager)).toMatchObject({
      ok: false,
      error: { fields: { folder: { key: 'validation.folderRequired' } } },
    });
    expect((await core.expectOk('settings-report-schedule-get', {}, manager)).enabled).toBe(false);
    await core.expectOk('settings-report-schedule-update', { enabled: true, folder }, manager);
    await core.expectOk('settings-report-schedule-update', { enabled: false, folder }, manager);
    expect(await core.writeScheduledLogs()).toEqual([]);
    expect(files()).toEqual([]);
    const reception = await core.staffSession(admin, 'reception', 'Rita', '2468');
    expect(await core.call('settings-report-schedule-update', { enabled: true, folder }, reception)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

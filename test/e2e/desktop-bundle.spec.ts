import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { openCore } from '../../electron/core';
import { createReportRunner } from '../../electron/core/reports/runner';

/**
 * The desktop app's build, beyond what browser mode runs: the report worker is an entry of its own
 * beside the main bundle, and a thread started from it answers from the database.
 */
test('the built report worker reads the shop’s database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-bundle-'));
  const opened = await openCore({ dataDir, language: 'en', log: () => undefined });
  const runner = createReportRunner(
    { databaseFile: opened.core.databaseFile },
    { built: resolve('out/main/report-worker.js') },
  );
  try {
    expect(await runner.run('count-tickets', {})).toBe(0);
    expect(await runner.run('self-test', { steps: 2 })).toEqual({ counted: 2 });
  } finally {
    await runner.close();
    opened.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

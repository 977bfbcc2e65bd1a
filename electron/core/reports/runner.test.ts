import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { repairIntake } from '../../../test/fixtures/sample-intakes';
import { createReportRunner, ReportTaskError, type ReportRunner } from './runner';

let core: TestCore;
let runner: ReportRunner;

beforeEach(async () => {
  core = await openTestCore();
  runner = createReportRunner({ databaseFile: core.core.databaseFile });
});
afterEach(async () => {
  await runner.close();
  core.dispose();
});

describe('the report worker', () => {
  it('reads the same database through its own connection, and sees what the main one commits', async () => {
    expect(await runner.run('count-tickets', {})).toBe(0);
    const admin = await core.setUp();
    const customer = await core.expectOk('customers-create', { name: '王芳', phone: '13812345678' }, admin);
    await core.expectOk('intake-save', repairIntake(customer.id), admin);
    expect(await runner.run('count-tickets', {})).toBe(1);
  });

  it('says how far a task is, then answers; a task that fails is refused with its reason, and the next one runs', async () => {
    const seen: number[] = [];
    expect(await runner.run('self-test', { steps: 3 }, (progress) => seen.push(progress.done))).toEqual({ counted: 3 });
    expect(seen).toEqual([1, 2, 3]);
    await expect(runner.run('self-test', { steps: 1, fail: true })).rejects.toThrow(
      new ReportTaskError('Failed as asked'),
    );
    expect(await runner.run('self-test', { steps: 1 })).toEqual({ counted: 1 });
  });

  it('refuses what was running when it is stopped, and starts again for the next task', async () => {
    const running = runner.run('self-test', { steps: 2_000_000 });
    await runner.close();
    await expect(running).rejects.toBeInstanceOf(ReportTaskError);
    expect(await runner.run('self-test', { steps: 1 })).toEqual({ counted: 1 });
  });
});

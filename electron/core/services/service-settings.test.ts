import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceSettingsSchema } from '../../../shared/contract';
import type { Session } from '../context';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { defaultServiceSettings } from '../settings/service-defaults';
import { serviceSettingsProblems } from './service-settings';

let core: TestCore;
let admin: Session;
beforeEach(async () => {
  core = await openTestCore();
  admin = await core.setUp();
});
afterEach(() => core.dispose());

describe('service settings', () => {
  it('start from defaults that pass their own checks, in both languages', () => {
    const defaults = defaultServiceSettings();
    expect(serviceSettingsSchema.safeParse(defaults).success).toBe(true);
    expect(serviceSettingsProblems(defaults)).toEqual({});
    const names = defaults.productCategories.flatMap((category) => [
      category.name,
      ...category.faults.map((fault) => fault.name),
    ]);
    expect(names.every((name) => name['zh-CN'] !== '' && name.en !== '')).toBe(true);
  });

  it('let a manager change one section, keeping the others', async () => {
    const manager = await core.staffSession(admin, 'manager', 'Mia');
    const saved = await core.expectOk(
      'settings-service-update',
      { repairWarrantyDays: 180, slaTargetHours: { normal: 18, urgent: 6, critical: 2 } },
      manager,
    );
    expect(saved.repairWarrantyDays).toBe(180);
    const read = await core.expectOk('settings-service-get', {}, manager);
    expect(read).toMatchObject({ repairWarrantyDays: 180, slaTargetHours: { normal: 18 } });
    expect(read.productCategories).toEqual(defaultServiceSettings().productCategories);
  });

  it('refuse a template for a category that does not exist, and hours that never open, changing nothing', async () => {
    const templates = defaultServiceSettings().solutionTemplates;
    const broken = [{ ...templates[0]!, productCategory: 'spaceship' }, ...templates.slice(1)];
    expect(await core.call('settings-service-update', { solutionTemplates: broken }, admin)).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'solutionTemplates.0.productCategory': { key: 'validation.unknownCategory' } },
      },
    });
    const hours = { ...defaultServiceSettings().businessHours, holidays: ['2027-02-30'] };
    expect(await core.call('settings-service-update', { businessHours: hours }, admin)).toMatchObject({
      ok: false,
      error: {
        fields: { 'businessHours.holidays': { key: 'businessHours.problem.date', params: { date: '2027-02-30' } } },
      },
    });
    expect((await core.expectOk('settings-service-get', {}, admin)).solutionTemplates).toEqual(templates);
  });

  it('are read by everyone but changed only by managers and administrators', async () => {
    const reception = await core.staffSession(admin, 'reception', 'Rita');
    expect((await core.expectOk('settings-service-get', {}, reception)).serviceTypes.repair.enabled).toBe(true);
    expect(await core.call('settings-service-update', { repairWarrantyDays: 1 }, reception)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('workshop clock settings', () => {
  it('keeps the first response within the norms’ 24 hours, and keeps what a shop saved before the clock settings existed', async () => {
    const current = await core.expectOk('settings-service-get', {}, admin);
    const tooLong = await core.call(
      'settings-service-update',
      { workflow: { ...current.workflow, stateLimits: { received: { hours: 30 } } } },
      admin,
    );
    expect(tooLong).toMatchObject({
      ok: false,
      error: { fields: { 'workflow.stateLimits.received.hours': { key: 'serviceSettings.firstResponseMax' } } },
    });
    // A workflow section saved with only the fee (an earlier version) reads with the clock's defaults.
    core.core.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES ('service.workflow', ?, '2026-11-30T00:00:00Z')
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      )
      .run(JSON.stringify({ diagnosticFeeFen: 3000 }));
    const read = await core.expectOk('settings-service-get', {}, admin);
    expect(read.workflow).toMatchObject({
      diagnosticFeeFen: 3000,
      pausingStates: ['awaiting-approval', 'awaiting-parts', 'on-hold'],
      stateLimits: { received: { hours: 4 } },
      qcChecklists: [],
    });
  });
});

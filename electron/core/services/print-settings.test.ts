import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import type { Session } from '../context';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { repairIntake } from '../../../test/fixtures/sample-intakes';
import { defaultPrintSettings } from '../settings/print-defaults';

/** Which printer, paper and copies each document gets: set by a manager, used by every print. */

let core: TestCore;
let admin: Session;
let reception: Session;
let ticketId: number;

beforeEach(async () => {
  core = await openTestCore({ now: () => new Date('2026-11-25T02:00:00.000Z') });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  const customer = await core.expectOk('customers-create', { name: '王芳', phone: '138 0013 5678' }, reception);
  ticketId = (await core.expectOk('intake-save', repairIntake(customer.id), reception)).id;
});
afterEach(() => core.dispose());

function print(input: Partial<InputOf<'print-document'>> = {}) {
  return core.expectOk('print-document', { document: 'receipt', ticketId, language: 'zh-CN', ...input }, reception);
}

describe('print settings', () => {
  const changed = {
    receipt: { printer: 'XP-58', paper: 'roll-58', copies: 1, autoPrint: true },
    'work-order': { printer: 'HP_LaserJet_M110', paper: 'a5', copies: 2, autoPrint: true },
    'pickup-receipt': { printer: '', paper: 'a5', copies: 3, autoPrint: false },
    'device-label': { printer: 'Zebra_ZD421', paper: 'label-60x40', copies: 1, autoPrint: true },
    quote: { printer: 'HP_LaserJet_M110', paper: 'roll-80', copies: 2, autoPrint: false },
    'day-log': { printer: 'HP_LaserJet_M110', paper: 'a4', copies: 2, autoPrint: false },
  } satisfies InputOf<'settings-printing-update'>;

  const settingsAudit = () =>
    core.core.db
      .prepare(`SELECT actor_id AS actorId, details FROM audit_log WHERE action = 'settings.printing-update'`)
      .all() as { actorId: number; details: string }[];

  it('start from the defaults: receipts on an 80 mm roll in two copies, the work order on A4', async () => {
    expect(await core.expectOk('settings-printing-get', {}, reception)).toEqual(defaultPrintSettings);
  });

  it('are changed by a manager, kept, audited and used for the next print', async () => {
    const manager = await core.staffSession(admin, 'manager', 'Mia');
    expect(await core.expectOk('settings-printing-update', changed, manager)).toEqual(changed);
    expect(await core.expectOk('settings-printing-get', {}, reception)).toEqual(changed);
    const entries = settingsAudit();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorId).toBe(manager.staffId);
    expect(JSON.parse(entries[0]!.details)).toEqual({ before: defaultPrintSettings, after: changed });

    const receipt = (await print({ language: 'en' })).document!;
    expect(receipt).toMatchObject({ paper: 'roll-58', copies: 1 });
    const sheetsHtml = receipt.html.split('<main class="sheet">').slice(1);
    expect(sheetsHtml).toHaveLength(1);
    expect(sheetsHtml[0]).toContain('Customer copy');
    expect((await print({ document: 'work-order' })).job).toMatchObject({
      printer: 'HP_LaserJet_M110',
      paper: 'a5',
      copies: 2,
    });
  });

  it('are not changed by reception or a technician', async () => {
    const technician = await core.staffSession(admin, 'technician', 'Tom');
    for (const session of [reception, technician])
      expect(await core.call('settings-printing-update', changed, session)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    expect(await core.expectOk('settings-printing-get', {}, admin)).toEqual(defaultPrintSettings);
    expect(settingsAudit()).toEqual([]);
  });

  it('refuse a paper the document does not fit, naming the field', async () => {
    const receiptOnA4 = { ...changed, receipt: { ...changed.receipt, paper: 'a4' as const } };
    expect(await core.call('settings-printing-update', receiptOnA4, admin)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'receipt.paper': { key: 'validation.paperForDocument' } } },
    });
    const orderOnRoll = { ...changed, 'work-order': { ...changed['work-order'], paper: 'roll-80' as const } };
    expect(await core.call('settings-printing-update', orderOnRoll, admin)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'work-order.paper': { key: 'validation.paperForDocument' } } },
    });
    expect(await core.expectOk('settings-printing-get', {}, admin)).toEqual(defaultPrintSettings);
  });

  it.each([0, 6, 1.5])('refuse %s copies', async (copies) => {
    const input = { ...changed, receipt: { ...changed.receipt, copies } };
    expect(await core.call('settings-printing-update', input, admin)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'receipt.copies': expect.anything() } },
    });
    expect(await core.expectOk('settings-printing-get', {}, admin)).toEqual(defaultPrintSettings);
  });
});

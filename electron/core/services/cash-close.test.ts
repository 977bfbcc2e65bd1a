import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CashCloseInput, CashClosePreview, TicketDetail } from '../../../shared/contract';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { readyForPickup, repairIntake, settledPickup } from '../../../test/fixtures/sample-intakes';
import type { Session } from '../context';

/**
 * The cash close (日结) through the router. The shop's clock is Asia/Shanghai: 2026-11-26 begins at
 * 2026-11-25T16:00Z. The sample repair takes a ¥200.00 cash deposit at intake and leaves ¥700.00
 * to pay at pickup.
 */
let now: Date;
let core: TestCore;
let admin: Session;
let reception: Session;
let manager: Session;
let technician: Session;
let customerId: number;

beforeEach(async () => {
  now = new Date('2026-11-25T02:00:00.000Z');
  core = await openTestCore({ now: () => now });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  manager = await core.staffSession(admin, 'manager', 'Mia', '5678');
  technician = await core.staffSession(admin, 'technician', 'Tom', '4321');
  customerId = (await core.expectOk('customers-create', { name: '王芳', phone: '13812345678' }, reception)).id;
});
afterEach(() => core.dispose());

const move = (input: Parameters<typeof core.expectOk<'tickets-move'>>[1]) =>
  core.expectOk('tickets-move', input, admin);

/** A repair taken in (¥200 cash deposit) and, on the 26th, ready and handed back: ¥500 cash and ¥200 WeChat. */
async function dayOfWork(): Promise<TicketDetail> {
  const ticket = await core.expectOk('intake-save', repairIntake(customerId), reception);
  now = new Date('2026-11-26T03:00:00.000Z');
  const ready = await readyForPickup(ticket, move);
  now = new Date('2026-11-26T05:00:00.000Z');
  return core.expectOk(
    'pickup-complete',
    {
      ...settledPickup(ready),
      payments: [
        { method: 'cash', amountFen: 50_000, tenderedFen: 50_000 },
        { method: 'wechat', amountFen: 20_000, reference: '4417' },
      ],
    },
    reception,
  );
}

const preview = () => core.expectOk('cash-close-preview', {}, reception) as Promise<CashClosePreview>;
const count = (shown: CashClosePreview, overrides: Partial<CashCloseInput> = {}): CashCloseInput => ({
  afterPaymentId: shown.afterPaymentId,
  throughPaymentId: shown.throughPaymentId,
  floatFen: 30_000,
  countedFen: 80_000,
  statements: { wechat: 20_000 },
  note: '',
  ...overrides,
});
const closes = () => core.core.db.prepare(`SELECT count(*) FROM cash_closes`).pluck().get() as number;

describe('the cash close', () => {
  it('covers today’s money only before the first close, and records a drawer that matches', async () => {
    const handedBack = await dayOfWork();
    now = new Date('2026-11-26T10:00:00.000Z');
    const shown = await preview();
    // Yesterday's deposit is not in today's drawer.
    expect(shown).toMatchObject({
      sinceAt: '2026-11-25T16:00:00.000Z',
      previous: null,
      floatFen: 0,
      figures: { entries: 2, byMethod: { cash: { inFen: 50_000, outFen: 0 }, wechat: { inFen: 20_000, outFen: 0 } } },
    });
    const close = await core.expectOk('cash-close-record', count(shown), reception);
    expect(close).toMatchObject({
      closedAt: now.toISOString(),
      staffName: 'Rita',
      floatFen: 30_000,
      countedFen: 80_000,
      figures: { expectedCashFen: 80_000, cashDifferenceFen: 0, statementDifferences: { wechat: 0 }, entries: 2 },
      corrections: [],
    });
    expect(core.core.db.prepare(`SELECT action, entity_id FROM audit_log WHERE action = 'cash.close'`).get()).toEqual({
      action: 'cash.close',
      entity_id: close.id,
    });
    const log = await core.expectOk('reports-day-log', { from: '2026-11-26', to: '2026-11-26' }, manager);
    expect(log.closes).toEqual([close]);
    expect(handedBack.state).toBe('picked-up');
  });

  it('asks why a drawer is short, and records it with the reason', async () => {
    await dayOfWork();
    const shown = await preview();
    const short = await core.call('cash-close-record', count(shown, { countedFen: 79_500 }), reception);
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { note: { key: 'cashClose.problem.explainDifference' } } },
    });
    expect(closes()).toBe(0);
    const explained = await core.expectOk(
      'cash-close-record',
      count(shown, { countedFen: 79_500, note: '找零多给了 5 元' }),
      reception,
    );
    expect(explained.figures.cashDifferenceFen).toBe(-500);
    expect(explained.note).toBe('找零多给了 5 元');
  });

  it('refuses a count when money changed hands after the figures were shown, and shows them again', async () => {
    const ticket = await core.expectOk('intake-save', repairIntake(customerId), reception);
    now = new Date('2026-11-25T04:00:00.000Z');
    const shown = await preview();
    expect(shown.figures.byMethod.cash.inFen).toBe(20_000);
    await core.expectOk('intake-save', repairIntake(customerId), reception);
    const refused = await core.call('cash-close-record', count(shown, { floatFen: 0, countedFen: 20_000 }), reception);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', key: 'cashClose.problem.moneySince' } });
    expect(closes()).toBe(0);
    const again = await preview();
    expect(again.figures.byMethod.cash.inFen).toBe(40_000);
    expect(ticket.id).toBeGreaterThan(0);
  });

  it('starts the next close where the last ended, with the float it left', async () => {
    await core.expectOk('intake-save', repairIntake(customerId), reception);
    const first = await preview();
    await core.expectOk('cash-close-record', count(first, { countedFen: 50_000, statements: {} }), reception);
    now = new Date('2026-11-25T06:00:00.000Z');
    const empty = await preview();
    expect(empty).toMatchObject({
      previous: { staffName: 'Rita' },
      floatFen: 30_000,
      afterPaymentId: first.throughPaymentId,
      figures: { entries: 0, expectedCashFen: 30_000 },
    });
    await core.expectOk('intake-save', repairIntake(customerId), reception);
    const second = await preview();
    expect(second.figures).toMatchObject({ entries: 1, expectedCashFen: 50_000 });
    // A stale preview of the first close cannot be recorded again.
    const stale = await core.call('cash-close-record', count(first, { countedFen: 50_000 }), manager);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', key: 'cashClose.problem.closedMeanwhile' } });
  });

  it('keeps a closed day as it was counted, and shows a reversal made later as a correction', async () => {
    const ticket = await core.expectOk('intake-save', repairIntake(customerId), reception);
    const shown = await preview();
    const close = await core.expectOk(
      'cash-close-record',
      count(shown, { countedFen: 50_000, statements: {} }),
      reception,
    );
    now = new Date('2026-11-26T02:00:00.000Z');
    const [deposit] = ticket.ledger.entries;
    await core.expectOk('payments-reverse', { paymentId: deposit?.id ?? 0, reason: '重复收取' }, manager);
    const log = await core.expectOk('reports-day-log', { from: '2026-11-25', to: '2026-11-25' }, manager);
    expect(log.closes).toHaveLength(1);
    expect(log.closes[0]?.figures).toEqual(close.figures);
    expect(log.closes[0]?.corrections).toEqual([
      {
        at: now.toISOString(),
        ticketId: ticket.id,
        number: ticket.number,
        method: 'cash',
        effectFen: -20_000,
        reason: '重复收取',
        staffName: 'Mia',
      },
    ]);
  });

  it('is for the counter and managers: technicians are refused in the core', async () => {
    for (const name of ['cash-close-preview', 'cash-close-record'] as const) {
      const result = await core.call(name, name === 'cash-close-preview' ? {} : count(await preview()), technician);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await core.expectOk('cash-close-preview', {}, manager)).figures.entries).toBe(0);
  });

  it('refuses amounts that are not money and methods it does not know, writing nothing', async () => {
    const shown = await preview();
    const bad = async (input: unknown) => {
      const result = await core.call('cash-close-record', input as CashCloseInput, reception);
      expect(result.ok).toBe(false);
      return result.ok ? undefined : result.error.fields;
    };
    expect(await bad(count(shown, { countedFen: -1 }))).toMatchObject({ countedFen: { key: 'validation.money' } });
    expect(await bad(count(shown, { floatFen: 1.5 }))).toMatchObject({ floatFen: { key: 'validation.money' } });
    expect(await bad({ ...count(shown), statements: { cash: 100 } })).toBeDefined();
    expect(await bad({ ...count(shown), countedFen: '800' })).toMatchObject({
      countedFen: { key: 'validation.money' },
    });
    expect(closes()).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DayLogView } from '../../../shared/contract';
import { consultationIntake, readyForPickup, repairIntake, settledPickup } from '../../../test/fixtures/sample-intakes';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import type { Session } from '../context';

const reportAudit = () =>
  (
    core.core.db.prepare(`SELECT action, details FROM audit_log WHERE entity = 'report' ORDER BY id`).all() as {
      action: string;
      details: string;
    }[]
  ).map((row) => ({ action: row.action, details: JSON.parse(row.details) as unknown }));

/**
 * The daily log through the router, worked out in the report worker. Two days in Shanghai: on
 * Wednesday 25 November a repair comes in at 10:00 with a ¥200.00 cash deposit and a question is
 * answered at the counter; on Thursday the repair is done and collected at 11:00, the ¥700.00 left
 * paid by WeChat Pay.
 */
let now = new Date('2026-11-25T02:00:00.000Z');
let core: TestCore;
let admin: Session;
let reception: Session;
let technician: Session;
let manager: Session;
let repairNumber: string;
let questionId: number;

beforeAll(async () => {
  core = await openTestCore({ now: () => now });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  technician = await core.staffSession(admin, 'technician', 'Tom');
  manager = await core.staffSession(admin, 'manager', 'Mia', '5678');
  const customerId = (await core.expectOk('customers-create', { name: '王芳', phone: '13812345678' }, reception)).id;
  const repair = await core.expectOk('intake-save', repairIntake(customerId), reception);
  repairNumber = repair.number;
  questionId = (await core.expectOk('intake-save', consultationIntake(customerId), reception)).id;
  now = new Date('2026-11-26T03:00:00.000Z');
  const ready = await readyForPickup(repair, (input) => core.expectOk('tickets-move', input, admin));
  await core.expectOk('pickup-complete', settledPickup(ready), reception);
}, 60_000);
afterAll(() => core.dispose());

const dayLog = (from: string, to = from, session = manager, fullPhones = false) =>
  core.expectOk('reports-day-log', { from, to, fullPhones }, session) as Promise<DayLogView>;

describe('the daily log', () => {
  it('lists the day’s intakes with phones masked, the question closed at the counter, the deposit, and what was left in hand', async () => {
    const log = await dayLog('2026-11-25');
    expect(log.received.map((row) => [row.number === repairNumber, row.serviceType, row.customerPhone])).toEqual([
      [true, 'repair', '138****5678'],
      [false, 'consultation', '138****5678'],
    ]);
    expect(log.received[0]).toMatchObject({ receptionistName: 'Rita', estimateFen: 90_000, channel: 'walk-in' });
    expect(log.closedAtCounter).toEqual([questionId]);
    expect(log.money).toMatchObject({
      depositsFen: 20_000,
      paymentsFen: 0,
      netFen: 20_000,
      byMethod: { cash: { inFen: 20_000 } },
    });
    expect(log.backlog).toMatchObject({ total: 1, byState: { received: 1 } });
    expect(log.handOvers).toEqual([]);
  });

  it('shows the next day’s work, the hand-over and the payment by method', async () => {
    const log = await dayLog('2026-11-26');
    expect(log.received).toEqual([]);
    expect(log.moves.map((move) => move.toState)).toEqual(['diagnosing', 'repairing', 'qa', 'ready', 'picked-up']);
    expect(log.handOvers).toMatchObject([
      { number: repairNumber, customerName: '王芳', repaired: true, staffName: 'Rita' },
    ]);
    expect(log.payments).toMatchObject([
      { number: repairNumber, kind: 'payment', method: 'wechat', amountFen: 70_000 },
    ]);
    expect(log.money).toMatchObject({ paymentsFen: 70_000, netFen: 70_000, owedAtReleaseFen: 0 });
    expect(log.backlog.total).toBe(0);
  });

  it('covers a range, both days included', async () => {
    const log = await dayLog('2026-11-25', '2026-11-26');
    expect(log.received).toHaveLength(2);
    expect(log.money.netFen).toBe(90_000);
  });

  it('gives whole phone numbers when a manager asks, and puts that on record', async () => {
    const before = reportAudit().length;
    const log = await dayLog('2026-11-25', '2026-11-25', manager, true);
    expect(log.received[0]?.customerPhone).toBe('138 1234 5678');
    const entries = reportAudit();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      action: 'report.full-phones',
      details: { report: 'day-log', from: '2026-11-25' },
    });
  });

  it('is for managers and administrators only', async () => {
    for (const session of [reception, technician]) {
      expect(await core.call('reports-day-log', { from: '2026-11-25', to: '2026-11-25' }, session)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect((await dayLog('2026-11-25', '2026-11-25', admin)).received).toHaveLength(2);
  });

  it('refuses dates that are not dates, a range the wrong way round, or longer than a report covers', async () => {
    const refused = async (from: string, to: string) => {
      const result = await core.call('reports-day-log', { from, to }, manager);
      expect(result.ok).toBe(false);
      return result.ok ? undefined : result.error.fields;
    };
    expect(await refused('2026-11-31', '2026-12-01')).toEqual({ from: { key: 'validation.range.invalidDate' } });
    expect(await refused('2026-11-26', '2026-11-25')).toEqual({ to: { key: 'validation.range.backwards' } });
    expect(await refused('2025-01-01', '2026-11-25')).toEqual({
      to: { key: 'validation.range.tooLong', params: { max: 367 } },
    });
  });
});

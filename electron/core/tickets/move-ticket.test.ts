import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketDetail, TicketMoveInput } from '../../../shared/contract';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { repairIntake } from '../../../test/fixtures/sample-intakes';
import type { Session } from '../context';
import { openCore } from '../index';

let core: TestCore;
let clock = Date.parse('2026-11-25T02:00:00Z');
let admin: Session;
let reception: Session;
let technician: Session;
let technicianId: number;
beforeEach(async () => {
  clock = Date.parse('2026-11-25T02:00:00Z');
  core = await openTestCore({ now: () => new Date(clock) });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita Reception');
  technician = await core.staffSession(admin, 'technician', 'Tom Technician');
  technicianId = technician.staffId ?? 0;
});
afterEach(() => core.dispose());

async function newTicket(overrides: Parameters<typeof repairIntake>[1] = {}): Promise<TicketDetail> {
  const customer = await core.expectOk('customers-create', { name: 'Wang Fang', phone: '13812345678' }, reception);
  return core.expectOk('intake-save', repairIntake(customer.id, overrides), reception);
}

/** Moves the ticket as `session`, a few minutes after the last move, on the version it has now. */
async function move(ticket: TicketDetail, as: Session, step: TicketMoveInput) {
  clock += 5 * 60_000;
  return core.call('tickets-move', { ticketId: ticket.id, version: ticket.version, move: step }, as);
}

async function moved(ticket: TicketDetail, as: Session, step: TicketMoveInput): Promise<TicketDetail> {
  const result = await move(ticket, as, step);
  if (!result.ok) throw new Error(`${step.action} refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

const screen = {
  kind: 'part',
  description: '屏幕总成',
  spec: 'OLED 6.8"',
  reason: '碎裂',
  quantity: 1,
  warrantyCovered: false,
} as const;
const labour = {
  kind: 'labor',
  description: '维修工时',
  spec: '',
  reason: '',
  quantity: 1,
  warrantyCovered: false,
} as const;

const auditCount = () =>
  (core.core.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'ticket.move'`).get() as { n: number }).n;

describe('moving a ticket', () => {
  it('from intake to ready: claimed, diagnosed above the limit, approved by phone, QC failed once, then passed', async () => {
    let ticket = await newTicket();
    expect(ticket).toMatchObject({ state: 'received', version: 1, technician: null, bill: null, approvedFen: 100_000 });
    expect(ticket.allowedActions).not.toContain('claim'); // reception cannot claim

    ticket = await moved(ticket, technician, { action: 'claim' });
    expect(ticket.technician).toEqual({ id: technicianId, name: 'Tom Technician' });
    ticket = await moved(ticket, technician, { action: 'start-diagnosis' });
    ticket = await moved(ticket, technician, {
      action: 'diagnose',
      cause: '屏幕排线断裂，主板正常',
      faultCategory: 'screen-cracked',
      findings: '进水痕迹无',
      lines: [
        { ...screen, unitPriceFen: 98_000 },
        { ...labour, unitPriceFen: 8_000 },
      ],
    });
    // 1,060 yuan (less the 10 yuan discount) is above the customer's 1,000 yuan limit.
    expect(ticket).toMatchObject({
      state: 'awaiting-approval',
      diagnosis: { cause: '屏幕排线断裂，主板正常', findings: '进水痕迹无', faultCategory: 'screen-cracked' },
      bill: { fees: { subtotalFen: 106_000, totalFen: 105_000 } },
      faultDescription: expect.stringContaining('Dropped it'),
    });
    expect(ticket.fees.subtotalFen).toBe(99_000); // the estimate stays as agreed

    ticket = await moved(ticket, reception, {
      action: 'record-approval',
      decision: 'approved',
      channel: 'phone',
      approvedFen: 105_000,
      note: '客户电话同意',
    });
    expect(ticket).toMatchObject({ state: 'repairing', approvedFen: 105_000 });
    ticket = await moved(ticket, technician, { action: 'finish-repair', workDone: '更换屏幕总成' });
    ticket = await moved(ticket, technician, {
      action: 'fail-qc',
      checks: [
        { item: '触摸', passed: true },
        { item: '面容识别', passed: false },
      ],
      note: '面容识别失败',
    });
    expect(ticket.state).toBe('repairing');
    ticket = await moved(ticket, technician, { action: 'finish-repair', workDone: '重新安装前置摄像头排线' });
    ticket = await moved(ticket, technician, {
      action: 'pass-qc',
      checks: [
        { item: '触摸', passed: true },
        { item: '面容识别', passed: true },
      ],
      storageLocation: 'A-12',
    });
    expect(ticket).toMatchObject({ state: 'ready', storageLocation: 'A-12', workDone: '重新安装前置摄像头排线' });
    expect(ticket.allowedActions).toEqual([]); // a technician has nothing more to do on a ready ticket

    // Every move: one event with its facts, one audit entry, times in order, versions counted.
    expect(ticket.version).toBe(9);
    expect(auditCount()).toBe(8);
    const kinds = ticket.events.map((event) => event.kind);
    expect(kinds).toEqual([
      'intake',
      'claim',
      'start-diagnosis',
      'diagnose',
      'record-approval',
      'finish-repair',
      'fail-qc',
      'finish-repair',
      'pass-qc',
    ]);
    const times = ticket.events.map((event) => event.at);
    expect([...times].sort()).toEqual(times);
    expect(ticket.events[3]).toMatchObject({ kind: 'diagnose', facts: { billFen: 105_000 } });
    expect(ticket.events[4]).toMatchObject({
      kind: 'record-approval',
      actorName: 'Rita Reception',
      facts: { decision: 'approved', channel: 'phone', approvedFen: 105_000 },
    });
    expect(ticket.events[6]).toMatchObject({
      kind: 'fail-qc',
      facts: { checks: [{ passed: true }, { passed: false }] },
    });

    const list = await core.expectOk('tickets-list', { view: 'open' }, reception);
    expect(list.rows[0]).toMatchObject({ state: 'ready', technicianName: 'Tom Technician', totalFen: 105_000 });
  });

  it('a bill within the limit is approved without asking, and says so', async () => {
    let ticket = await newTicket();
    ticket = await moved(ticket, technician, { action: 'start-diagnosis' });
    expect(ticket.technician?.name).toBe('Tom Technician'); // starting it took it
    ticket = await moved(ticket, technician, {
      action: 'diagnose',
      cause: '屏幕碎裂',
      faultCategory: '',
      findings: '',
      lines: [{ ...screen, unitPriceFen: 88_000 }],
    });
    expect(ticket.state).toBe('repairing');
    expect(ticket.events.at(-1)).toMatchObject({ kind: 'diagnose', facts: { autoApproved: true, billFen: 87_000 } });
  });

  it('a declined quote sends the device back unrepaired, charging the diagnostic fee', async () => {
    await core.expectOk('settings-service-update', { workflow: { diagnosticFeeFen: 5_000, qcChecklists: [] } }, admin);
    let ticket = await newTicket({ costLimitFen: 0 });
    ticket = await moved(ticket, technician, { action: 'start-diagnosis' });
    ticket = await moved(ticket, technician, {
      action: 'diagnose',
      cause: '主板损坏',
      faultCategory: '',
      findings: '',
      lines: [{ ...screen, description: '主板', unitPriceFen: 150_000 }],
    });
    ticket = await moved(ticket, reception, {
      action: 'record-approval',
      decision: 'declined',
      channel: 'counter',
      approvedFen: 0,
      note: '太贵了',
    });
    expect(ticket).toMatchObject({ state: 'returned-unrepaired', closedAt: expect.any(String) });
    expect(ticket.bill?.lines).toEqual([
      expect.objectContaining({ description: 'Diagnostic fee', unitPriceFen: 5_000 }),
    ]);
    expect(ticket.bill?.fees.totalFen).toBe(4_000); // less the intake's 10 yuan discount
  });

  it('refuses a stale change, naming who changed the ticket and when; nothing is written', async () => {
    const seen = await newTicket();
    await moved(seen, technician, { action: 'claim' });
    const before = auditCount();
    const stale = await move(seen, reception, { action: 'assign', technicianId });
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        key: 'workflow.refusals.stale',
        params: { name: 'Tom Technician', time: '2026-11-25 10:05' },
        message: expect.stringContaining('Tom Technician'),
      },
    });
    expect(auditCount()).toBe(before);
  });

  it('refuses illegal moves and moves not for the role, with a translated reason', async () => {
    const ticket = await newTicket();
    expect(await move(ticket, technician, { action: 'pass-qc', checks: [], storageLocation: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '“QC passed” is not possible while the ticket is Received.' },
    });
    expect(await move(ticket, reception, { action: 'start-diagnosis' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Your role cannot “Start diagnosis”.' },
    });
    expect(await move(ticket, reception, { action: 'assign', technicianId: reception.staffId ?? 0 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'move.technicianId': { key: 'workflow.refusals.notTechnician' } } },
    });
    const cancelled = await moved(ticket, reception, { action: 'cancel', reason: '客户取回' });
    expect(await move(cancelled, technician, { action: 'start-diagnosis' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'workflow.refusals.finished' },
    });
    expect(await move(cancelled, reception, { action: 'reopen', reason: '客户改主意' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const reopened = await moved(cancelled, admin, { action: 'reopen', reason: '客户改主意' });
    expect(reopened).toMatchObject({ state: 'received', closedAt: null });
    expect(auditCount()).toBe(2);
  });

  it('holds and resumes to where the ticket was; bad facts are refused beside their fields', async () => {
    let ticket = await newTicket();
    ticket = await moved(ticket, technician, { action: 'start-diagnosis' });
    ticket = await moved(ticket, reception, { action: 'hold', reason: 'customer', note: '等客户提供购机发票' });
    expect(ticket.state).toBe('on-hold');
    ticket = await moved(ticket, reception, { action: 'resume', note: '发票已收到' });
    expect(ticket.state).toBe('diagnosing');
    const bad = await move(ticket, technician, {
      action: 'diagnose',
      cause: '',
      faultCategory: 'no-such-fault',
      findings: '',
      lines: [{ ...screen, unitPriceFen: -1 }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'move.cause': expect.anything(), 'move.lines.0.unitPriceFen': expect.anything() },
      },
    });
    // What only the core can tell: a line beyond any real price, a bill below the intake's discount.
    const tooLarge = await move(ticket, technician, {
      action: 'diagnose',
      cause: '屏幕碎裂',
      faultCategory: '',
      findings: '',
      lines: [{ ...screen, quantity: 2, unitPriceFen: 60_000_000 }],
    });
    expect(tooLarge).toMatchObject({
      ok: false,
      error: { fields: { 'move.lines.0.unitPriceFen': { key: 'fees.problem.lineTooLarge' } } },
    });
    const belowDiscount = await move(ticket, technician, {
      action: 'diagnose',
      cause: '屏幕碎裂',
      faultCategory: '',
      findings: '',
      lines: [{ ...screen, unitPriceFen: 500 }],
    });
    expect(belowDiscount).toMatchObject({
      ok: false,
      error: { fields: { 'move.lines': { key: 'fees.problem.discountTooLarge' } } },
    });
    const unknownFault = await move(ticket, technician, {
      action: 'diagnose',
      cause: '屏幕碎裂',
      faultCategory: 'no-such-fault',
      findings: '',
      lines: [],
    });
    expect(unknownFault).toMatchObject({
      ok: false,
      error: { fields: { 'move.faultCategory': { key: 'validation.unknownFault' } } },
    });
  });
});

describe('when a ticket is due', () => {
  const dueOf = (id: number) =>
    (core.core.db.prepare(`SELECT due_at FROM tickets WHERE id = ?`).get(id) as { due_at: string | null }).due_at;

  it('follows each move: the first response, then the promise, nothing while on hold, the promise moved by the pause', async () => {
    // Wednesday 10:00 in Shanghai, urgent (nine business hours): promised Thursday 10:00; first
    // response (diagnosis begun) within four business hours, by 14:00.
    let ticket = await newTicket();
    expect(ticket).toMatchObject({ dueAt: '2026-11-25T06:00:00.000Z', dueFor: 'received' });
    ticket = await moved(ticket, technician, { action: 'claim' });
    expect(ticket).toMatchObject({ dueAt: '2026-11-25T06:00:00.000Z', dueFor: 'received' });
    ticket = await moved(ticket, technician, { action: 'start-diagnosis' });
    expect(ticket).toMatchObject({ dueAt: '2026-11-26T02:00:00.000Z', dueFor: 'promise' });
    ticket = await moved(ticket, reception, { action: 'hold', reason: 'customer' });
    expect(ticket).toMatchObject({ dueAt: null, dueFor: null });
    clock += 55 * 60_000;
    ticket = await moved(ticket, reception, { action: 'resume' });
    // An hour on hold: promised an hour later, Thursday 11:00.
    expect(ticket.dueAt).toBe('2026-11-26T03:00:00.000Z');
    expect(dueOf(ticket.id)).toBe(ticket.dueAt);
    const queue = await core.expectOk('tickets-queue', { queue: 'mine' }, technician);
    expect(queue.rows.map((row) => [row.id, row.dueAt, row.dueFor])).toEqual([[ticket.id, ticket.dueAt, 'promise']]);
  });

  it('moves when the workshop’s limits change, for every ticket in hand and no other', async () => {
    const waiting = await newTicket();
    const other = await core.expectOk('intake-save', repairIntake(waiting.customer.id), reception);
    const cancelled = await moved(other, reception, { action: 'cancel', reason: '客户不修了' });
    const settings = await core.expectOk('settings-service-get', {}, admin);
    await core.expectOk(
      'settings-service-update',
      { workflow: { ...settings.workflow, stateLimits: { ...settings.workflow.stateLimits, received: { hours: 2 } } } },
      admin,
    );
    expect(dueOf(waiting.id)).toBe('2026-11-25T04:00:00.000Z');
    expect(dueOf(cancelled.id)).toBeNull();
  });

  it('is worked out when the core opens for tickets on file from before due times (or what they are for) were kept', async () => {
    const ticket = await newTicket();
    const kept = await core.expectOk('intake-save', repairIntake(ticket.customer.id), reception);
    core.core.db.prepare(`UPDATE tickets SET due_at = NULL, due_for = NULL WHERE id = ?`).run(ticket.id);
    core.core.db.prepare(`UPDATE tickets SET due_for = NULL WHERE id = ?`).run(kept.id);
    core.close();
    const reopened = await openTestCore({ dataDir: core.dataDir, now: () => new Date(clock) });
    try {
      const rows = reopened.core.db.prepare(`SELECT due_at, due_for FROM tickets ORDER BY id`).all();
      expect(rows).toEqual([
        { due_at: '2026-11-25T06:00:00.000Z', due_for: 'received' },
        { due_at: '2026-11-25T06:00:00.000Z', due_for: 'received' },
      ]);
    } finally {
      reopened.close();
    }
  });

  it('does not keep FrontDesk from opening when due times cannot be written', async () => {
    await newTicket();
    core.core.db.prepare(`UPDATE tickets SET due_at = NULL`).run();
    core.core.db.exec(
      `CREATE TRIGGER refuse_due BEFORE UPDATE OF due_at ON tickets BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    core.close();
    const logged: string[] = [];
    const reopened = await openCore({ dataDir: core.dataDir, language: 'en', log: (_, name) => logged.push(name) });
    reopened.close();
    expect(logged).toEqual(['due-times']);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PickupInput, TicketDetail } from '../../../shared/contract';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { quoteAboveLimit, readyForPickup, repairIntake, settledPickup } from '../../../test/fixtures/sample-intakes';
import type { Session } from '../context';

/**
 * Handing a device back: the ready shelf, calls to the customer, the pickup's checks and its one
 * transaction. The sample repair comes to ¥900.00 (990 − 80 maker-warranty cover − 10 discount)
 * with a ¥200.00 deposit: ¥700.00 is owed at pickup.
 */
let now = new Date('2026-11-25T02:00:00.000Z');
let core: TestCore;
let admin: Session;
let reception: Session;
let manager: Session;
let managerId: number;
let customerId: number;

beforeEach(async () => {
  now = new Date('2026-11-25T02:00:00.000Z');
  core = await openTestCore({ now: () => now });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  manager = await core.staffSession(admin, 'manager', 'Mia', '5678');
  managerId = manager.staffId ?? 0;
  customerId = (await core.expectOk('customers-create', { name: '王芳', phone: '13812345678' }, reception)).id;
});
afterEach(() => core.dispose());

const move = (input: Parameters<typeof core.expectOk<'tickets-move'>>[1]) =>
  core.expectOk('tickets-move', input, admin);

async function readyTicket(): Promise<TicketDetail> {
  const ticket = await core.expectOk('intake-save', repairIntake(customerId), reception);
  now = new Date('2026-11-26T03:00:00.000Z');
  return readyForPickup(ticket, move);
}

/** What a refused pickup must leave as it was: the ticket, its ledger, its history, the audit trail. */
function footprint(ticketId: number) {
  const db = core.core.db;
  const count = (table: string, where: string) =>
    db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
  return {
    ticket: db.prepare(`SELECT state, version, discount_fen, shelved_at FROM tickets WHERE id = ?`).get(ticketId),
    payments: count('payments', `ticket_id = ${ticketId}`),
    events: count('ticket_events', `ticket_id = ${ticketId}`),
    audit: count('audit_log', '1'),
  };
}

async function refused(pickup: PickupInput, session: Session = reception) {
  const before = footprint(pickup.ticketId);
  const result = await core.call('pickup-complete', pickup, session);
  expect(result.ok).toBe(false);
  // A wrong PIN is counted (in the staff row and the audit trail); nothing of the ticket moves.
  const after = footprint(pickup.ticketId);
  expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
  return result.ok ? null : result.error;
}

describe('the pickup', () => {
  it('hands a repaired device back: paid part in cash with change, part by WeChat Pay, warranty from the pickup day', async () => {
    const ready = await readyTicket();
    expect(ready.ledger.balanceFen).toBe(70_000);
    now = new Date('2026-11-27T09:00:00.000Z');
    const done = await core.expectOk(
      'pickup-complete',
      {
        ...settledPickup(ready),
        payments: [
          { method: 'cash', amountFen: 50_000, tenderedFen: 60_000 },
          { method: 'wechat', amountFen: 20_000, reference: '4417' },
        ],
      },
      reception,
    );
    expect(done).toMatchObject({ state: 'picked-up', shelvedAt: null, closedAt: now.toISOString() });
    expect(done.ledger.summary).toEqual({ depositFen: 20_000, paymentsFen: 70_000, refundsFen: 0, paidFen: 90_000 });
    expect(done.ledger.balanceFen).toBe(0);
    expect(done.ledger.entries.map((entry) => [entry.kind, entry.method, entry.amountFen, entry.changeFen])).toEqual([
      ['deposit', 'cash', 20_000, 0],
      ['payment', 'cash', 50_000, 10_000],
      ['payment', 'wechat', 20_000, 0],
    ]);
    // 90 days from 27 November in Shanghai.
    expect(done.pickup).toMatchObject({
      handedOverBy: 'Rita',
      identity: 'receipt',
      acceptance: 'tick',
      repairWarrantyUntil: '2027-02-24',
      owedFen: 0,
      unrepaired: null,
    });
    expect(done.events.at(-1)).toMatchObject({ kind: 'hand-over', fromState: 'ready', toState: 'picked-up' });
  });

  it('is refused for a device not on the shelf, saying where it stands, and changes nothing', async () => {
    const ticket = await core.expectOk('intake-save', repairIntake(customerId), reception);
    const error = await refused(settledPickup(ticket));
    expect(error).toMatchObject({ code: 'conflict', key: 'pickup.errors.notOnShelf', params: { state: 'received' } });
    expect(error?.message).toBe(`Ticket ${ticket.number} is not waiting for pickup: it is Received`);
  });

  it('is refused when the money does not settle the balance exactly, naming the shortfall', async () => {
    const ready = await readyTicket();
    const short = await refused({ ...settledPickup(ready), payments: [{ method: 'wechat', amountFen: 60_000 }] });
    expect(short?.fields?.payments).toEqual({
      key: 'pickup.errors.underpaid',
      params: { owed: '700.00', short: '100.00' },
    });
    const over = await refused({ ...settledPickup(ready), payments: [{ method: 'wechat', amountFen: 80_000 }] });
    expect(over?.fields?.payments?.key).toBe('ledger.problem.overpaid');
    const change = await refused({
      ...settledPickup(ready),
      payments: [{ method: 'cash', amountFen: 70_000, tenderedFen: 50_000 }],
    });
    expect(change?.fields?.['payments.0.tenderedFen']?.key).toBe('ledger.problem.tenderedBelowAmount');
  });

  it('lets a device go unpaid only with a manager’s PIN, and records what is still owed', async () => {
    const ready = await readyTicket();
    const partPaid = { ...settledPickup(ready), payments: [{ method: 'cash' as const, amountFen: 30_000 }] };
    const wrongPin = await refused({ ...partPaid, unpaidApproval: { staffId: managerId, pin: '0000' } });
    expect(wrongPin?.fields?.['unpaidApproval.pin']?.key).toBe('errors.wrongPin');
    const notManager = await refused({ ...partPaid, unpaidApproval: { staffId: reception.staffId ?? 0, pin: '1234' } });
    expect(notManager).toMatchObject({ code: 'forbidden', key: 'pickup.errors.notManager' });

    const done = await core.expectOk(
      'pickup-complete',
      { ...partPaid, unpaidApproval: { staffId: managerId, pin: '5678' } },
      reception,
    );
    expect(done.pickup?.owedFen).toBe(40_000);
    expect(done.ledger.balanceFen).toBe(40_000);
    expect(done.events.at(-1)?.facts).toMatchObject({ owedFen: 40_000, unpaidApprovedBy: managerId });

    // The customer comes back with the rest: never more than is owed, and then nothing is.
    const tender = (amountFen: number) => ({ method: 'wechat' as const, amountFen });
    expect(
      await core.call('payments-record', { ticketId: done.id, kind: 'payment', tender: tender(40_001) }, reception),
    ).toMatchObject({ ok: false, error: { key: 'ledger.problem.moreThanOwed' } });
    const paid = await core.expectOk(
      'payments-record',
      { ticketId: done.id, kind: 'payment', tender: tender(40_000) },
      reception,
    );
    expect(paid.ledger.balanceFen).toBe(0);
    expect(paid.pickup?.owedFen).toBe(0);
    expect(
      await core.call('payments-record', { ticketId: done.id, kind: 'refund', tender: tender(100) }, reception),
    ).toMatchObject({ ok: false, error: { key: 'ledger.problem.nothingOwedBack' } });
  });

  it('needs a manager for a discount above the counter’s limit, approved with their PIN without signing reception out', async () => {
    const ready = await readyTicket();
    // ¥60 off where the counter may give ¥50: 990 − 80 − 60 − 200 = ¥650.00 owed.
    const discounted = {
      ...settledPickup(ready),
      discountFen: 6_000,
      payments: [{ method: 'alipay' as const, amountFen: 65_000 }],
    };
    const error = await refused(discounted);
    expect(error?.fields?.discountApproval).toEqual({
      key: 'pickup.errors.discountNeedsManager',
      params: { limit: '50.00' },
    });
    const done = await core.expectOk(
      'pickup-complete',
      { ...discounted, discountApproval: { staffId: managerId, pin: '5678' } },
      reception,
    );
    expect(done.fees.discountFen).toBe(6_000);
    expect(done.events.at(-1)?.actorName).toBe('Rita');
    // The approval is on the audit trail under the manager's own name.
    const approved = core.core.db
      .prepare(`SELECT actor_id FROM audit_log WHERE action = 'pickup.approve' AND entity_id = ?`)
      .pluck()
      .all(done.id);
    expect(approved).toEqual([managerId]);
    expect((await core.expectOk('session-current', {}, reception)).staff?.name).toBe('Rita');
    // Within the limit, the counter gives it alone.
    const other = await readyTicket();
    await core.expectOk(
      'pickup-complete',
      { ...settledPickup(other), discountFen: 5_000, payments: [{ method: 'cash', amountFen: 66_000 }] },
      reception,
    );
  });

  it('checks a lost receipt against the name and the phone’s last four digits, and records the ID seen', async () => {
    const ready = await readyTicket();
    const lost = (name: string, phoneLast4: string): PickupInput => ({
      ...settledPickup(ready),
      identity: { method: 'checked', name, phoneLast4, idNote: '身份证 ****1234' },
    });
    const wrong = await refused(lost('王方', '1234'));
    expect(Object.keys(wrong?.fields ?? {}).sort()).toEqual(['identity.name', 'identity.phoneLast4']);
    const done = await core.expectOk('pickup-complete', lost(' 王 芳 ', '５６７８'), reception);
    expect(done.pickup).toMatchObject({ identity: 'checked', idNote: '身份证 ****1234' });
  });

  it('keeps the customer’s acceptance signature with the ticket; what is not a PNG is refused', async () => {
    const ready = await readyTicket();
    const signed = (png: string): PickupInput => ({
      ...settledPickup(ready),
      acceptance: { method: 'signature', png },
    });
    const notPng = await refused(signed('data:image/png;base64,aGVsbG8gd29ybGQ='));
    expect(notPng?.fields?.['acceptance.png']?.key).toBe('validation.signature');

    const png = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64')}`;
    const done = await core.expectOk('pickup-complete', signed(png), reception);
    expect(done.pickup).toMatchObject({ acceptance: 'signature', acceptanceSignaturePng: png });
  });

  it('ticks the accessories back; one that does not go back needs a note', async () => {
    const ready = await readyTicket();
    const missing = await refused({
      ...settledPickup(ready),
      accessories: [
        { code: 'charger', returned: true },
        { code: 'case', returned: false },
      ],
    });
    expect(missing?.fields?.['accessories.1.note']?.key).toBe('pickup.errors.accessoryNote');
    const done = await core.expectOk(
      'pickup-complete',
      {
        ...settledPickup(ready),
        accessories: [
          { code: 'charger', returned: true },
          { code: 'case', returned: false, note: '客户说不要了' },
        ],
      },
      reception,
    );
    expect(done.pickup?.accessoriesMissing).toEqual([{ code: 'case', note: '客户说不要了' }]);
  });

  it('gives the unused deposit back when the device goes back unrepaired, with no warranty', async () => {
    const ticket = await core.expectOk('intake-save', repairIntake(customerId), reception);
    const returned = await move({
      ticketId: ticket.id,
      version: ticket.version,
      move: { action: 'return-unrepaired', reason: 'no-parts', note: '屏幕停产' },
    });
    // Nothing charged (no parts is not the customer's doing): the whole ¥200.00 deposit goes back.
    expect(returned.ledger.balanceFen).toBe(-20_000);
    const kept = await refused({ ...settledPickup(returned), refunds: [] });
    expect(kept?.fields?.refunds).toEqual({ key: 'ledger.problem.refundNotBalance', params: { owedBack: '200.00' } });
    const done = await core.expectOk('pickup-complete', settledPickup(returned), reception);
    expect(done.ledger.summary).toEqual({ depositFen: 20_000, paymentsFen: 0, refundsFen: 20_000, paidFen: 0 });
    expect(done.pickup).toMatchObject({
      repairWarrantyUntil: null,
      unrepaired: { reason: 'no-parts', note: '屏幕停产' },
    });
    // It is no one's last repair: the next intake of the device gets no repair warranty from it.
    expect(done.device?.lastRepair).toBeNull();
  });

  it('sends the device back to the bench when the customer objects, with the complaint, charging nothing', async () => {
    const ready = await readyTicket();
    const rework = await core.expectOk(
      'tickets-move',
      { ticketId: ready.id, version: ready.version, move: { action: 'rework', complaint: '屏幕右上角有坏点' } },
      reception,
    );
    expect(rework).toMatchObject({ state: 'repairing', shelvedAt: null });
    expect(rework.ledger.entries).toHaveLength(1);
    expect(rework.events.at(-1)).toMatchObject({ kind: 'rework', note: '屏幕右上角有坏点' });
    expect(await core.call('pickup-complete', settledPickup(rework), reception)).toMatchObject({
      ok: false,
      error: { key: 'pickup.errors.notOnShelf' },
    });
  });

  it('lets one of two counters hand a device over; the other is told who did, and when', async () => {
    const ready = await readyTicket();
    const [first, second] = await Promise.all([
      core.call('pickup-complete', settledPickup(ready), reception),
      core.call('pickup-complete', settledPickup(ready), manager),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const loser = first.ok ? second : first;
    expect(loser).toMatchObject({ ok: false, error: { code: 'conflict', key: 'workflow.refusals.stale' } });
    expect(loser.ok ? '' : loser.error.message).toMatch(/Rita|Mia/u);
    const detail = await core.expectOk('tickets-get', { id: ready.id }, admin);
    expect(detail.ledger.entries.filter((entry) => entry.kind === 'payment')).toHaveLength(1);
  });

  it('charges nothing for work called off, and gives the bill back when the work is taken up again', async () => {
    const quoted = await quoteAboveLimit(await core.expectOk('intake-save', repairIntake(customerId), reception), move);
    const billFen = quoted.bill?.fees.totalFen ?? 0;
    expect(billFen).toBeGreaterThan(0);
    const cancelled = await move({
      ticketId: quoted.id,
      version: quoted.version,
      move: { action: 'cancel', reason: '客户不修了' },
    });
    expect(cancelled.bill?.fees.totalFen).toBe(0);
    expect(cancelled.ledger.balanceFen).toBe(-20_000);
    const reopened = await move({
      ticketId: quoted.id,
      version: cancelled.version,
      move: { action: 'reopen', reason: '客户又要修' },
    });
    expect(reopened).toMatchObject({ state: 'awaiting-approval', shelvedAt: null });
    expect(reopened.bill?.fees.totalFen).toBe(billFen);
    expect(reopened.bill?.lines).toEqual(quoted.bill?.lines);
  });

  it('refuses a hand-over asked for as a plain move: only a settled pickup makes one', async () => {
    const ready = await readyTicket();
    const result = await core.call(
      'tickets-move',
      { ticketId: ready.id, version: ready.version, move: { action: 'hand-over' } as never },
      admin,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('the ready shelf and calls to the customer', () => {
  it('lists what waits, with what is owed and the calls since; a reached customer leaves the not-reached list', async () => {
    const ready = await readyTicket();
    const shelf = await core.expectOk('ready-shelf', {}, reception);
    expect(shelf.counts).toEqual({ all: 1, 'not-reached': 1, unclaimed: 0 });
    expect(shelf.rows[0]).toMatchObject({
      number: ready.number,
      storageLocation: 'A-1',
      daysOnShelf: 0,
      balanceFen: 70_000,
      reached: false,
      contacts: [],
    });

    now = new Date('2026-11-26T06:00:00.000Z');
    const call = (outcome: 'no-answer' | 'reached') =>
      core.expectOk('tickets-contact', { ticketId: ready.id, contact: { channel: 'call', outcome } }, reception);
    const noAnswer = await call('no-answer');
    // A call changes nothing about the ticket: a move planned on its version still goes through.
    expect(noAnswer.version).toBe(ready.version);
    expect(noAnswer.events.at(-1)).toMatchObject({ kind: 'contact', facts: { channel: 'call', outcome: 'no-answer' } });
    expect((await core.expectOk('ready-shelf', { filter: 'not-reached' }, reception)).rows).toHaveLength(1);
    now = new Date('2026-11-26T07:00:00.000Z');
    await call('reached');
    const after = await core.expectOk('ready-shelf', { filter: 'not-reached' }, reception);
    expect(after).toMatchObject({ counts: { all: 1, 'not-reached': 0 }, rows: [] });
    const all = await core.expectOk('ready-shelf', {}, reception);
    expect(all.rows[0]?.contacts.map((contact) => [contact.outcome, contact.staffName])).toEqual([
      ['reached', 'Rita'],
      ['no-answer', 'Rita'],
    ]);
  });

  it('finds a device on the shelf by its number or the customer’s name or phone, a page at a time', async () => {
    const first = await readyTicket();
    const other = (await core.expectOk('customers-create', { name: '李小明', phone: '139 0000 1111' }, reception)).id;
    const intake = await core.expectOk('intake-save', repairIntake(other), reception);
    const second = await readyForPickup(intake, move);
    const found = async (find: string, session = reception) =>
      (await core.expectOk('ready-shelf', { find }, session)).rows.map((row) => row.number);

    expect(await found('')).toEqual([first.number, second.number]);
    expect(await found('李小')).toEqual([second.number]);
    expect(await found(' 王 ')).toEqual([first.number]);
    expect(await found('139 0000')).toEqual([second.number]);
    expect(await found('+86 139-0000-1111')).toEqual([second.number]);
    expect(await found(second.number)).toEqual([second.number]);
    expect(await found(second.number.replace('-', ''))).toEqual([second.number]);
    // What is typed is looked for as it is, not as a pattern.
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);

    // A technician sees phones masked: found by the last four digits or the whole number only.
    const technician = await core.staffSession(admin, 'technician', 'Tom');
    expect(await found('1111', technician)).toEqual([second.number]);
    expect(await found('13900001111', technician)).toEqual([second.number]);
    expect(await found('9000011', technician)).toEqual([]);

    const page = await core.expectOk('ready-shelf', { find: '1', limit: 1, offset: 1 }, reception);
    expect(page).toMatchObject({ counts: { all: 2 }, total: 2, rows: [{ number: second.number }] });
    const searched = await core.expectOk('ready-shelf', { find: '李' }, reception);
    expect(searched).toMatchObject({ counts: { all: 2, 'not-reached': 2 }, total: 1 });
  });

  it('refuses a find or a page it cannot read', async () => {
    await readyTicket();
    for (const input of [{ find: 'x'.repeat(101) }, { limit: 0 }, { limit: 501 }, { offset: -1 }, { find: 7 }]) {
      expect(await core.call('ready-shelf', input as never, reception)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
  });

  it('warns of a device left past the unclaimed period the settings name', async () => {
    await readyTicket();
    // Put there on the 26th: on the 89th day after it is not yet unclaimed, from the start of the 90th it is.
    now = new Date('2027-02-23T15:59:59.000Z');
    expect(await core.expectOk('ready-shelf', { filter: 'unclaimed' }, reception)).toMatchObject({
      counts: { unclaimed: 0 },
      rows: [],
    });
    now = new Date('2027-02-23T16:00:00.000Z');
    expect(await core.expectOk('ready-shelf', { filter: 'unclaimed' }, reception)).toMatchObject({
      counts: { unclaimed: 1 },
      rows: [{ daysOnShelf: 90, unclaimed: true }],
    });
    now = new Date('2027-02-24T03:00:00.000Z');
    expect((await core.expectOk('ready-shelf', {}, reception)).rows[0]).toMatchObject({
      daysOnShelf: 90,
      unclaimed: true,
    });
    await core.expectOk(
      'settings-service-update',
      {
        pickup: {
          discountLimitFen: 5_000,
          abandonAfterDays: 120,
          messages: (await core.expectOk('settings-service-get', {}, admin)).pickup.messages,
        },
      },
      admin,
    );
    expect((await core.expectOk('ready-shelf', {}, reception)).counts.unclaimed).toBe(0);
  });

  it('refuses a call about a finished ticket, and a message that says it reached someone', async () => {
    const ready = await readyTicket();
    const done = await core.expectOk('pickup-complete', settledPickup(ready), reception);
    expect(
      await core.call(
        'tickets-contact',
        { ticketId: done.id, contact: { channel: 'call', outcome: 'reached' } },
        reception,
      ),
    ).toMatchObject({ ok: false, error: { key: 'pickup.errors.contactFinished' } });
    expect(
      await core.call(
        'tickets-contact',
        { ticketId: done.id, contact: { channel: 'message', outcome: 'reached' } },
        reception,
      ),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('putting a ledger entry right', () => {
  it('reverses an entry made by mistake, with the reason, for a manager only; the entry itself stays', async () => {
    const ready = await readyTicket();
    const deposit = ready.ledger.entries[0];
    const input = { paymentId: deposit?.id ?? 0, reason: '定金其实是微信付的' };
    expect(await core.call('payments-reverse', input, reception)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const reversed = await core.expectOk('payments-reverse', input, manager);
    expect(
      reversed.ledger.entries.map((entry) => [entry.kind, entry.amountFen, entry.reversesId, entry.reversedById]),
    ).toEqual([
      ['deposit', 20_000, null, 2],
      ['deposit', 20_000, 1, null],
    ]);
    expect(reversed.ledger.balanceFen).toBe(90_000);
    expect(await core.call('payments-reverse', input, manager)).toMatchObject({
      ok: false,
      error: { key: 'ledger.problem.alreadyReversed' },
    });
  });
});

describe('the customer’s devices and history', () => {
  it('pages through every ticket of the customer, newest first, with the total', async () => {
    const numbers: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      now = new Date(Date.parse('2026-11-25T02:00:00.000Z') + index * 3_600_000);
      numbers.push((await core.expectOk('intake-save', repairIntake(customerId), reception)).number);
    }
    const first = await core.expectOk('customers-history', { id: customerId, limit: 2 }, reception);
    expect(first.total).toBe(3);
    expect(first.rows.map((row) => row.number)).toEqual([numbers[2], numbers[1]]);
    const next = await core.expectOk('customers-history', { id: customerId, offset: 2, limit: 2 }, reception);
    expect(next.rows.map((row) => row.number)).toEqual([numbers[0]]);
    expect(await core.call('customers-history', { id: 999 }, reception)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

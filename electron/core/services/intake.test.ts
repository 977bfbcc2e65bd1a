import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeInput } from '../../../shared/contract';
import type { Session } from '../context';
import { handOver } from '../../../test/fixtures/sample-intakes';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { listAuditEntries } from '../db/queries/audit';

/** Wednesday 25 November 2026, 10:00 in Shanghai. */
let now = new Date('2026-11-25T02:00:00.000Z');
let core: TestCore;
let admin: Session;
let reception: Session;
let customerId: number;

beforeEach(async () => {
  now = new Date('2026-11-25T02:00:00.000Z');
  core = await openTestCore({ now: () => now });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  customerId = (await core.expectOk('customers-create', { name: '王芳', phone: '13812345678' }, reception)).id;
});
afterEach(() => core.dispose());

const count = (table: string) => (core.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A visit with no product left with us: a consultation or a complaint. */
const withoutDevice = {
  device: null,
  faultCategory: '',
  lines: [],
  discountFen: 0,
  depositFen: 0,
  costLimitFen: null,
  devicePassword: '',
  accessories: [],
  conditions: [],
} satisfies Partial<IntakeInput>;

function repair(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    customer: { kind: 'existing', id: customerId },
    serviceType: 'repair',
    device: {
      productCategory: 'phone',
      brand: 'Huawei',
      model: 'Mate 60 Pro',
      serial: '86 123456 789012 3',
      purchaseDate: '2026-03-01',
      purchaseChannel: 'JD.com',
    },
    faultCategory: 'screen-cracked',
    priority: 'normal',
    faultDescription: '手机摔了一下，屏幕裂了，触摸还能用',
    accessories: ['charger', 'case'],
    accessoriesNote: '蓝色手机壳',
    conditions: ['scratches', 'cracked-screen'],
    conditionNote: '左下角磕碰',
    devicePassword: '246810',
    templateCode: 'phone-screen-replace',
    solution: '更换原厂屏幕总成',
    lines: [
      { kind: 'part', description: '屏幕总成', quantity: 1, unitPriceFen: 88000, warrantyCovered: false },
      { kind: 'labor', description: '维修工时', quantity: 1, unitPriceFen: 8000, warrantyCovered: true },
    ],
    discountFen: 1000,
    depositFen: 20000,
    costLimitFen: 100000,
    consent: { method: 'tick', accepted: true },
    ...overrides,
  };
}

describe('recording an intake', () => {
  it('writes the device, the ticket, its lines and its first event, with a number, warranty, fees and promise', async () => {
    const ticket = await core.expectOk('intake-save', repair(), reception);
    expect(ticket).toMatchObject({
      number: '20261125-0001',
      serviceType: 'repair',
      state: 'received',
      priority: 'normal',
      customerName: '王芳',
      customerPhone: '138 1234 5678',
      deviceLabel: 'Huawei Mate 60 Pro',
      receptionistName: 'Rita',
      hasDevicePassword: true,
      warranty: { status: 'maker', coveredUntil: '2027-02-28', reason: { key: 'warranty.reason.maker' } },
      // The screen is not covered (a drop); the labour is, under the maker warranty.
      fees: {
        subtotalFen: 96000,
        warrantyCoverFen: 8000,
        discountFen: 1000,
        totalFen: 87000,
      },
      // The deposit is the ledger's first entry; the balance is worked out from it.
      ledger: {
        entries: [expect.objectContaining({ kind: 'deposit', method: 'cash', amountFen: 20000, staffName: 'Rita' })],
        summary: { depositFen: 20000, paymentsFen: 0, refundsFen: 0, paidFen: 20000 },
        balanceFen: 67000,
      },
      costLimitFen: 100000,
      // 27 business hours from Wednesday 10:00: 8 + 9 (Thu) + 9 (Fri) + 1 on Saturday.
      promisedAt: '2026-11-28T02:00:00.000Z',
      consentMethod: 'tick',
      device: { serial: '86 123456 789012 3', purchaseDate: '2026-03-01', makerWarrantyMonths: 12 },
    });
    expect(ticket.events).toEqual([
      expect.objectContaining({ kind: 'intake', fromState: null, toState: 'received', actorName: 'Rita' }),
    ]);
    expect(ticket.lines.map((line) => line.description)).toEqual(['屏幕总成', '维修工时']);
    expect(JSON.stringify(ticket)).not.toContain('246810');
    expect(listAuditEntries(core.core.db, 'ticket', ticket.id)).toEqual([
      expect.objectContaining({ action: 'ticket.create', actorId: reception.staffId }),
      expect.objectContaining({ action: 'payment.deposit', actorId: reception.staffId }),
    ]);
  });

  it('numbers tickets one after another within the day, and starts again the next day', async () => {
    const numbers: string[] = [];
    for (let index = 0; index < 3; index += 1)
      numbers.push((await core.expectOk('intake-save', repair(), reception)).number);
    now = new Date('2026-11-25T16:30:00.000Z'); // 00:30 on the 26th in Shanghai
    numbers.push((await core.expectOk('intake-save', repair(), reception)).number);
    expect(numbers).toEqual(['20261125-0001', '20261125-0002', '20261125-0003', '20261126-0001']);
    // The same serial is the same device: it is not recorded four times.
    expect(count('devices')).toBe(1);
  });

  it('takes in a new customer in the same transaction, and offers the existing one for a phone on file', async () => {
    const ticket = await core.expectOk(
      'intake-save',
      repair({ customer: { kind: 'new', name: 'Li Lei', phone: '+44 20 7946 0958' } }),
      reception,
    );
    expect(ticket.customer).toMatchObject({ name: 'Li Lei', phoneKind: 'international' });
    const again = await core.call(
      'intake-save',
      repair({ customer: { kind: 'new', name: 'Wang', phone: '138-1234-5678' } }),
      reception,
    );
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        fields: { 'customer.phone': { key: 'errors.duplicatePhone' } },
        details: { existingCustomerId: customerId },
      },
    });
    expect(count('tickets')).toBe(1);
  });

  it('closes a consultation answered at the counter, with the answer and no promised time', async () => {
    const ticket = await core.expectOk(
      'intake-save',
      repair({
        serviceType: 'consultation',
        ...withoutDevice,
        faultDescription: '空调遥控器丢了，能买到原装的吗？',
        closeAtCounter: true,
        resolution: '可在本店购买原装遥控器，35 元',
      }),
      reception,
    );
    expect(ticket).toMatchObject({
      state: 'closed',
      promisedAt: null,
      resolution: '可在本店购买原装遥控器，35 元',
      warranty: { status: 'unknown', reason: { key: 'warranty.reason.noDevice' } },
    });
    expect(ticket.closedAt).toBe(now.toISOString());
    expect(ticket.events[0]).toMatchObject({ toState: 'closed', note: '可在本店购买原装遥控器，35 元' });
  });

  it('records a complaint linked to the ticket it is about, only one of the same customer', async () => {
    const first = await core.expectOk('intake-save', repair(), reception);
    const complaint = {
      serviceType: 'complaint' as const,
      ...withoutDevice,
      priority: 'urgent' as const,
      faultDescription: '等了一周还没修好，也没人通知',
    };
    const ticket = await core.expectOk('intake-save', repair({ ...complaint, relatedTicketId: first.id }), reception);
    expect(ticket).toMatchObject({
      serviceType: 'complaint',
      state: 'received',
      relatedTicket: { id: first.id, number: first.number },
    });
    const stranger = (await core.expectOk('customers-create', { name: '赵六', phone: '13900001111' }, reception)).id;
    const refused = await core.call(
      'intake-save',
      repair({ ...complaint, customer: { kind: 'existing', id: stranger }, relatedTicketId: first.id }),
      reception,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('applies our repair warranty to a device repaired here and handed back within 90 days', async () => {
    const first = await core.expectOk(
      'intake-save',
      repair({ device: { ...repair().device!, purchaseDate: '2024-01-10' } }),
      reception,
    );
    expect(first.warranty.status).toBe('out');
    // Repaired and handed back on 27 November (Shanghai), through the workflow's moves.
    now = new Date('2026-11-27T08:00:00.000Z');
    await handOver(first, {
      move: (input) => core.expectOk('tickets-move', input, admin),
      pickUp: (input) => core.expectOk('pickup-complete', input, admin),
    });
    now = new Date('2027-01-20T02:00:00.000Z');
    const second = await core.expectOk(
      'intake-save',
      repair({ device: { ...repair().device!, id: first.device!.id, purchaseDate: '2024-01-10' } }),
      reception,
    );
    expect(second.warranty).toMatchObject({ status: 'repair', coveredUntil: '2027-02-24' });
    expect(second.warranty.reason.params).toMatchObject({ ticketNumber: first.number });
    // A comeback: both tickets show the link.
    expect(second.comebackOf).toEqual({ id: first.id, number: first.number });
    expect((await core.expectOk('tickets-get', { id: first.id }, reception)).comebacks).toEqual([
      { id: second.id, number: second.number },
    ]);
  });
});

describe('refusing an intake', () => {
  it.each([
    ['an unknown fault category', { faultCategory: 'teleporter' }, 'faultCategory'],
    ['a repair without a product', { device: null }, 'device.productCategory'],
    ['no consent', { consent: { method: 'tick', accepted: false } }, 'consent.accepted'],
    [
      'a signature that is not a picture',
      { consent: { method: 'signature', png: 'data:image/png;base64,aGVsbG8gd29ybGQ=' } },
      'consent.png',
    ],
    ['a discount larger than the bill', { discountFen: 10_000_000 }, 'discountFen'],
    ['a promised time moved without a reason', { promisedAt: '2026-12-01T02:00:00.000Z' }, 'promisedChangeReason'],
    [
      'a promised time in the past',
      { promisedAt: '2026-11-20T02:00:00.000Z', promisedChangeReason: 'x' },
      'promisedAt',
    ],
    [
      'a purchase date that is not a date',
      { device: { ...repair().device!, purchaseDate: '2026-02-30' } },
      'device.purchaseDate',
    ],
    ['an empty fault description', { faultDescription: '   ' }, 'faultDescription'],
    ['closing a repair at the counter', { closeAtCounter: true, resolution: 'done' }, 'closeAtCounter'],
  ] as [string, Partial<IntakeInput>, string][])(
    'refuses %s with a message on the field, writing nothing',
    async (_name, overrides, field) => {
      const result = await core.call('intake-save', repair(overrides), reception);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('validation');
      expect(Object.keys(result.error.fields ?? {})).toContain(field);
      expect([count('tickets'), count('devices'), count('ticket_events')]).toEqual([0, 0, 0]);
    },
  );

  it('shows a customer’s phone by one rule per role on every screen: lists, search, overview, detail and the workbench', async () => {
    const ticket = await core.expectOk('intake-save', repair(), reception);
    const technician = await core.staffSession(admin, 'technician', 'Tom');
    for (const [session, shown] of [
      [reception, '138 1234 5678'],
      [technician, '138****5678'],
    ] as const) {
      const list = await core.expectOk('tickets-list', { view: 'all' }, session);
      const detail = await core.expectOk('tickets-get', { id: ticket.id }, session);
      const greet = await core.expectOk('reception-search', { query: ticket.number }, session);
      const overview = await core.expectOk('customers-overview', { id: customerId }, session);
      const byNumber = await core.expectOk('tickets-find-by-number', { number: ticket.number }, session);
      const queue = await core.expectOk('tickets-queue', { queue: 'unassigned' }, session);
      expect([
        list.rows[0]?.customerPhone,
        detail.customerPhone,
        detail.customer.phone ?? detail.customer.phoneMasked,
        greet.tickets[0]?.customerPhone,
        overview.openTickets[0]?.customerPhone,
        overview.customer.phone ?? overview.customer.phoneMasked,
        byNumber.customerPhone,
        queue.rows[0]?.customerPhone,
      ]).toEqual(Array(8).fill(shown));
    }
  });

  it('does not let a technician take in a customer', async () => {
    const technician = await core.staffSession(admin, 'technician', 'Tom');
    expect(await core.call('intake-save', repair(), technician)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('leaves nothing behind when the save fails halfway, and the number is not used up', async () => {
    core.core.db.exec(
      `CREATE TRIGGER fail_lines BEFORE INSERT ON ticket_lines BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    const failed = await core.call(
      'intake-save',
      repair({ customer: { kind: 'new', name: '新客户', phone: '13700001234' } }),
      reception,
    );
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect([
      count('customers'),
      count('devices'),
      count('tickets'),
      count('ticket_events'),
      count('ticket_secrets'),
    ]).toEqual([1, 0, 0, 0, 0]);
    core.core.db.exec(`DROP TRIGGER fail_lines`);
    expect((await core.expectOk('intake-save', repair(), reception)).number).toBe('20261125-0001');
  });
});

describe('the device password', () => {
  it('is shown to the technician on request, and the request is audited; reception cannot read it back', async () => {
    const ticket = await core.expectOk('intake-save', repair(), reception);
    expect(await core.call('tickets-device-password', { id: ticket.id }, reception)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const technician = await core.staffSession(admin, 'technician', 'Tom');
    expect(await core.expectOk('tickets-device-password', { id: ticket.id }, technician)).toEqual({
      password: '246810',
    });
    expect(listAuditEntries(core.core.db, 'ticket', ticket.id).map((entry) => entry.action)).toEqual([
      'ticket.create',
      'payment.deposit',
      'ticket.device-password-view',
    ]);
  });
});

describe('drafts', () => {
  it('autosaves an unfinished intake, offers it again, and removes it when the intake is recorded', async () => {
    const draft = await core.expectOk(
      'drafts-save',
      { customerId, summary: '王芳 · Mate 60', data: { step: 'listen' } },
      reception,
    );
    const updated = await core.expectOk(
      'drafts-save',
      { id: draft.id, customerId, summary: '王芳 · Mate 60 Pro', data: { step: 'classify' } },
      reception,
    );
    expect(updated).toMatchObject({ id: draft.id, data: { step: 'classify' }, staffName: 'Rita' });
    expect(await core.expectOk('drafts-list', {}, reception)).toHaveLength(1);
    await core.expectOk('intake-save', repair({ draftId: draft.id }), reception);
    expect(await core.expectOk('drafts-list', {}, reception)).toEqual([]);
  });

  it('keeps how the customer reached us and when the recording began, for the reports', async () => {
    const draft = await core.expectOk('drafts-save', { customerId, data: { step: 'greet' } }, reception);
    now = new Date('2026-11-25T02:06:00.000Z');
    const phoned = await core.expectOk('intake-save', repair({ draftId: draft.id, channel: 'phone' }), reception);
    expect(phoned.intakeChannel).toBe('phone');
    const walkedIn = await core.expectOk('intake-save', repair(), reception);
    expect(walkedIn.intakeChannel).toBe('walk-in');
    const started = core.core.db
      .prepare(`SELECT id, intake_started_at AS startedAt FROM tickets WHERE id IN (?, ?) ORDER BY id`)
      .all(phoned.id, walkedIn.id);
    expect(started).toEqual([
      { id: phoned.id, startedAt: '2026-11-25T02:00:00.000Z' },
      { id: walkedIn.id, startedAt: null },
    ]);
    expect(await core.call('intake-save', repair({ channel: 'fax' as never }), reception)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { channel: { key: 'validation.required' } } },
    });
  });

  it('discards a draft explicitly, and says so if it is already gone', async () => {
    const draft = await core.expectOk('drafts-save', { data: { step: 'greet' } }, reception);
    expect(await core.expectOk('drafts-discard', { id: draft.id }, reception)).toEqual({ id: draft.id });
    expect(await core.call('drafts-discard', { id: draft.id }, reception)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('finding tickets', () => {
  it('finds a ticket by its number however it is typed or scanned, by serial end, and by phone', async () => {
    const ticket = await core.expectOk('intake-save', repair(), reception);
    for (const typed of ['20261125-0001', '202611250001', ' 20261125 0001 ', '２０２６１１２５－０００１']) {
      expect(await core.expectOk('tickets-find-by-number', { number: typed }, reception)).toMatchObject({
        id: ticket.id,
      });
    }
    expect(await core.call('tickets-find-by-number', { number: '20261125-0099' }, reception)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const bySerial = await core.expectOk('reception-search', { query: '7890123' }, reception);
    expect(bySerial.devices.map((entry) => entry.device.id)).toEqual([ticket.device!.id]);
    const byNumber = await core.expectOk('reception-search', { query: '20261125' }, reception);
    expect(byNumber.tickets.map((entry) => entry.number)).toEqual(['20261125-0001']);
    for (const typed of ['20261125-', '20261125-000', '20261125-0001']) {
      const asPrinted = await core.expectOk('reception-search', { query: typed }, reception);
      expect({
        typed,
        tickets: asPrinted.tickets.map((entry) => entry.number),
        customers: asPrinted.customers,
      }).toEqual({ typed, tickets: ['20261125-0001'], customers: [] });
    }
    const byPhone = await core.expectOk('tickets-list', { query: '5678' }, reception);
    expect(byPhone.rows.map((row) => row.id)).toEqual([ticket.id]);
  });

  it('finds devices by serial: the same serial first, then serials that start with it, then those that end with it', async () => {
    const withSerial = (serial: string) => repair({ device: { ...repair().device!, serial } });
    const ending = await core.expectOk('intake-save', withSerial('XA0001HU75'), reception);
    const starting = await core.expectOk('intake-save', withSerial('HU75-0002'), reception);
    const same = await core.expectOk('intake-save', withSerial('hu 75'), reception);
    const found = await core.expectOk('reception-search', { query: 'HU75' }, reception);
    expect(found.devices.map((entry) => entry.device.id)).toEqual([
      same.device!.id,
      starting.device!.id,
      ending.device!.id,
    ]);
    const limited = await core.expectOk('reception-search', { query: 'HU75', limit: 2 }, reception);
    expect(limited.devices.map((entry) => entry.device.serial)).toEqual(['hu 75', 'HU75-0002']);
  });

  it('lists open, overdue and finished tickets, most urgent first when sorted by priority', async () => {
    const normal = await core.expectOk('intake-save', repair(), reception);
    const urgent = await core.expectOk('intake-save', repair({ priority: 'critical' }), reception);
    const answered = await core.expectOk(
      'intake-save',
      repair({
        serviceType: 'consultation',
        ...withoutDevice,
        closeAtCounter: true,
        resolution: 'ok',
      }),
      reception,
    );
    const ids = async (input: Parameters<TestCore['expectOk']>[1]) =>
      (await core.expectOk('tickets-list', input as never, reception)).rows.map((row) => row.id);
    expect(await ids({ view: 'open', sort: 'priority', direction: 'desc' })).toEqual([urgent.id, normal.id]);
    expect(await ids({ view: 'finished' })).toEqual([answered.id]);
    expect(await ids({ view: 'overdue' })).toEqual([]);
    // 16:00: past the four-hour promise of the critical one, and past both tickets' first response
    // (diagnosis within four business hours of intake), though the normal one's promise is days away.
    now = new Date('2026-11-25T08:00:00.000Z');
    expect(await ids({ view: 'overdue' })).toEqual([urgent.id, normal.id]);
  });

  it('narrows the open tickets by state and by technician, and refuses both in the finished views', async () => {
    const received = await core.expectOk('intake-save', repair(), reception);
    const claimed = await core.expectOk('intake-save', repair(), reception);
    const tom = await core.staffSession(admin, 'technician', 'Tom');
    await core.expectOk(
      'tickets-move',
      { ticketId: claimed.id, version: claimed.version, move: { action: 'claim' } },
      tom,
    );
    const ids = async (input: Parameters<TestCore['expectOk']>[1]) =>
      (await core.expectOk('tickets-list', input as never, reception)).rows.map((row) => row.id);
    expect(await ids({ view: 'open', state: 'received' })).toEqual([received.id, claimed.id].sort((a, b) => b - a));
    expect(await ids({ view: 'open', technicianId: tom.staffId })).toEqual([claimed.id]);
    expect(await ids({ view: 'open', state: 'diagnosing', technicianId: tom.staffId })).toEqual([]);
    expect((await core.expectOk('tickets-list', { view: 'open', technicianId: tom.staffId }, reception)).total).toBe(1);
    for (const view of ['finished', 'all'] as const) {
      expect(await core.call('tickets-list', { view, technicianId: tom.staffId }, reception)).toMatchObject({
        ok: false,
        error: {
          code: 'validation',
          fields: { view: { key: 'validation.openTicketsFilter' } },
        },
      });
    }
    expect(await core.call('tickets-list', { view: 'open', state: 'picked-up' }, reception)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });

  it('shows a returning customer their devices and open tickets', async () => {
    const ticket = await core.expectOk('intake-save', repair(), reception);
    const overview = await core.expectOk('customers-overview', { id: customerId }, reception);
    expect(overview.devices.map((device) => device.model)).toEqual(['Mate 60 Pro']);
    expect(overview.openTickets.map((entry) => entry.number)).toEqual([ticket.number]);
  });
});

describe('refusing halfway', () => {
  it('undoes the new customer when the device named belongs to someone else', async () => {
    const other = await core.expectOk('intake-save', repair(), reception);
    const before = count('customers');
    const refused = await core.call(
      'intake-save',
      repair({
        customer: { kind: 'new', name: '新客户', phone: '13700001234' },
        device: { ...repair().device!, id: other.device!.id },
      }),
      reception,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found', key: 'errors.deviceNotFound' } });
    expect(count('customers')).toBe(before);
  });
});

describe('every service type', () => {
  it.each([
    ['return', { lines: [], discountFen: 0 }],
    ['exchange', { lines: [], discountFen: 0 }],
    ['installation', { accessories: [], conditions: [], devicePassword: '' }],
  ] as [IntakeInput['serviceType'], Partial<IntakeInput>][])('records a %s', async (serviceType, overrides) => {
    const ticket = await core.expectOk('intake-save', repair({ serviceType, ...overrides }), reception);
    expect(ticket).toMatchObject({ serviceType, state: 'received' });
    expect(ticket.promisedAt).not.toBeNull();
  });

  it('refuses an estimate on a return, where there is nothing to charge', async () => {
    const refused = await core.call('intake-save', repair({ serviceType: 'return' }), reception);
    expect(refused).toMatchObject({ ok: false, error: { fields: { lines: { key: 'validation.noEstimateForType' } } } });
  });
});

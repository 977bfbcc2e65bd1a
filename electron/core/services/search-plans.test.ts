import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerName, InputOf } from '../../../shared/contract';
import { ticketQueues, ticketSortColumns, ticketViews } from '../../../shared/contract/tickets';
import { readyShelfFilters } from '../../../shared/contract/pickup';
import { readyForPickup, repairIntake, settledPickup } from '../../../test/fixtures/sample-intakes';
import type { Session } from '../context';
import { recordQueries, sql } from '../db/sql';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { searchPlanFaults } from '../../../test/fixtures/query-plans';
import { seedCustomers, seedTickets } from './seed';

/**
 * The guard against a search that is instant on a small shop and freezes a big one: every search
 * the greet box, the global search box and the ticket list run is checked, through the router and
 * on a seeded database without statistics (a shop never runs ANALYZE), for any read of a big table
 * that is not bounded by a selective index.
 */
let core: TestCore;
let admin: Session;
let technician: Session;
let phone: string;
let serial: string;
let ticketNumber: string;
let customerId: number;

beforeAll(async () => {
  core = await openTestCore();
  admin = await core.setUp();
  technician = await core.staffSession(admin, 'technician');
  const now = new Date('2026-11-25T08:00:00Z');
  seedCustomers(core.core.db, { count: 1500, seed: 3, now });
  seedTickets(core.core.db, { count: 3000, seed: 3, now });
  const db = core.core.db;
  ({ phone, id: customerId } = db
    .prepare(`SELECT phone, id FROM customers WHERE phone GLOB '+861*' ORDER BY id LIMIT 1`)
    .get() as { phone: string; id: number });
  ({ serial } = db.prepare(`SELECT serial FROM devices ORDER BY id LIMIT 1`).get() as { serial: string });
  ({ number: ticketNumber } = db.prepare(`SELECT number FROM tickets ORDER BY id LIMIT 1`).get() as { number: string });
}, 60_000);
afterAll(() => core.dispose());

/** Every prefix of what is typed, key by key. */
const prefixes = (text: string) => Array.from({ length: [...text].length }, (_, index) => text.slice(0, index + 1));

function typedQueries(): string[] {
  const national = phone.slice(3);
  return [
    ...prefixes(national),
    // Digits from inside a number (a landline typed without its area code).
    national.slice(3),
    ...prefixes(serial),
    serial.slice(-6),
    ...prefixes(ticketNumber),
    ticketNumber.replace('-', ''),
    '王',
    '王芳',
    '王芳华',
    'b',
    'br',
    'brown',
    'Mary Brown',
    '有限公司',
    'zqxj',
    '00000000000',
  ];
}

async function faultsOf<N extends HandlerName>(
  name: N,
  input: InputOf<N>,
  session: Session,
  allowed: readonly string[] = [],
) {
  const recorder = recordQueries(core.core.db);
  await core.expectOk(name, input, session);
  const statements = recorder.stop();
  expect(statements.length).toBeGreaterThan(0);
  return searchPlanFaults(core.core.db, statements, allowed);
}

/** The queues read open tickets: a few states of a million tickets, or one technician's. */
const queueIndexes = [
  'tickets.tickets_state_promised',
  'tickets.tickets_state_created',
  'tickets.tickets_state_due',
  'tickets.tickets_technician',
];

describe('search plans', () => {
  it.each([
    ['an administrator', () => admin],
    ['a technician (phones masked)', () => technician],
  ])('the greet box reads only through selective indexes, for %s', async (_, session) => {
    for (const query of typedQueries()) {
      expect({ query, faults: await faultsOf('reception-search', { query, limit: 6 }, session()) }).toEqual({
        query,
        faults: [],
      });
    }
  });

  it('the global search box reads only through selective indexes', async () => {
    for (const query of typedQueries()) {
      expect({ query, faults: await faultsOf('customers-search', { query, limit: 8 }, admin) }).toEqual({
        query,
        faults: [],
      });
    }
  });

  it.each(ticketViews)('the ticket list search reads only through selective indexes, in the %s view', async (view) => {
    for (const query of typedQueries()) {
      for (const filters of [{}, { serviceType: 'repair' as const, priority: 'urgent' as const }]) {
        for (const sort of ticketSortColumns) {
          expect({
            query,
            faults: await faultsOf('tickets-list', { query, view, sort, ...filters }, admin),
          }).toEqual({ query, faults: [] });
        }
      }
    }
  });

  it.each(['open', 'overdue'] as const)(
    'the %s list narrowed by state or technician reads through the state and technician indexes only',
    async (view) => {
      const technicianId = technician.staffId ?? 0;
      for (const filters of [
        { state: 'awaiting-parts' as const },
        { technicianId },
        { state: 'qa' as const, technicianId },
      ]) {
        for (const sort of ticketSortColumns) {
          expect(await faultsOf('tickets-list', { view, sort, ...filters }, admin, queueIndexes)).toEqual([]);
          expect(
            await faultsOf('tickets-list', { query: phone.slice(-4), view, sort, ...filters }, admin, queueIndexes),
          ).toEqual([]);
        }
      }
    },
  );

  it('a customer picked in the greet box opens through selective indexes', async () => {
    expect(await faultsOf('customers-overview', { id: customerId }, admin)).toEqual([]);
    expect(await faultsOf('tickets-find-by-number', { number: ticketNumber }, admin)).toEqual([]);
  });

  it.each(ticketQueues)(
    'the %s queue reads open tickets through the state and technician indexes only',
    async (queue) => {
      for (const session of [admin, technician]) {
        for (const filters of [{}, { priority: 'urgent' as const, productCategory: 'phone' }]) {
          expect(await faultsOf('tickets-queue', { queue, ...filters }, session, queueIndexes)).toEqual([]);
        }
      }
    },
  );

  it('the ready shelf, a call, a pickup, a reversal and a customer’s history read and write through selective indexes', async () => {
    const intake = await core.expectOk('intake-save', repairIntake(customerId), admin);
    const ready = await readyForPickup(intake, (input) => core.expectOk('tickets-move', input, admin));
    for (const filter of readyShelfFilters) {
      for (const find of ['', '王', '王芳', '1', '1381', phone.slice(3), ticketNumber, 'brown']) {
        for (const session of [admin, technician]) {
          expect(await faultsOf('ready-shelf', { filter, find }, session)).toEqual([]);
        }
      }
      expect(await faultsOf('ready-shelf', { filter, offset: 100, limit: 100 }, admin)).toEqual([]);
    }
    const contact = { channel: 'call', outcome: 'reached' } as const;
    expect(await faultsOf('tickets-contact', { ticketId: ready.id, contact }, admin)).toEqual([]);
    expect(await faultsOf('pickup-complete', settledPickup(ready), admin)).toEqual([]);
    const deposit = (await core.expectOk('tickets-get', { id: ready.id }, admin)).ledger.entries[0]?.id ?? 0;
    expect(await faultsOf('payments-reverse', { paymentId: deposit, reason: '收错了' }, admin)).toEqual([]);
    expect(await faultsOf('customers-history', { id: customerId }, admin)).toEqual([]);
    expect(await faultsOf('customers-history', { id: customerId, offset: 50, limit: 50 }, admin)).toEqual([]);
  });

  it('moving a ticket reads and writes it through selective indexes', async () => {
    // Any ticket that can be put on hold (the seeded stories leave a few in each of these states).
    const open = core.core.db
      .prepare(
        `SELECT id, version FROM tickets WHERE state IN ('received', 'diagnosing', 'repairing', 'awaiting-parts') LIMIT 1`,
      )
      .get() as {
      id: number;
      version: number;
    };
    const move = { action: 'hold', reason: 'customer' } as const;
    expect(await faultsOf('tickets-move', { ticketId: open.id, version: open.version, move }, admin)).toEqual([]);
    expect(await faultsOf('tickets-get', { id: open.id }, admin)).toEqual([]);
  });

  it('fails a full scan, a scan through an index of every row, and a lookup by ticket state', () => {
    const db = core.core.db;
    const lines = (...statements: ReturnType<typeof sql>[]) =>
      searchPlanFaults(db, statements).map((fault) => fault.line);
    expect(lines(sql`SELECT id FROM tickets WHERE fault_description LIKE ${'%屏幕%'}`)).toEqual(['SCAN tickets']);
    expect(lines(sql`SELECT d.id FROM devices d WHERE d.brand = ${'Huawei'}`)).toEqual(['SCAN d']);
    const [counted] = lines(sql`SELECT count(*) FROM customers`);
    expect(counted).toMatch(/^SCAN customers USING COVERING INDEX \w+$/u);
    const countIndex = `customers.${counted?.split(' ').at(-1) ?? ''}`;
    expect(searchPlanFaults(db, [sql`SELECT count(*) FROM customers`], [countIndex])).toEqual([]);
    // The lookup that froze the greet box for 24 seconds: the last repair of each device, found by
    // walking every picked-up ticket.
    expect(
      lines(
        sql`SELECT d.id, (SELECT t.id FROM tickets t WHERE t.device_id = d.id AND t.state = 'picked-up'
                          ORDER BY t.closed_at DESC LIMIT 1) AS last_repair
            FROM devices d WHERE d.serial_search = ${'HU123'}`,
      ),
    ).toEqual([expect.stringMatching(/^SEARCH t USING INDEX tickets_state_\w+ \(state=\?\)$/u)]);
  });
});

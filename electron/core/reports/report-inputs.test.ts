import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayLog } from '../../../shared/domain/day-log';
import { backlogAt, categoryFigures, kpiSummary, staffFigures, type KpiPeriod } from '../../../shared/domain/kpis';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { searchPlanFaults } from '../../../test/fixtures/query-plans';
import { recordQueries } from '../db/sql';
import { readServiceSettings } from '../services/service-settings';
import { seedCustomers, seedTickets } from '../services/seed';
import { kpiPayments, kpiRules, readReportInputs } from './report-inputs';

/*
 * A report reads only the tickets its period can count, through indexes of time. The check: on a
 * seeded shop, every figure worked out from what a period's read loaded equals the same figure
 * worked out from every ticket the shop has.
 */
let core: TestCore;
const now = new Date('2026-11-25T08:00:00Z');

beforeAll(async () => {
  core = await openTestCore({ now: () => now });
  await core.setUp();
  seedCustomers(core.core.db, { count: 800, seed: 5, now });
  // Two years, so a day holds a few tickets and a month some dozens.
  seedTickets(core.core.db, { count: 1500, seed: 5, now });
}, 60_000);
afterAll(() => core.dispose());

const shanghaiDay = (date: string, days = 1): KpiPeriod => {
  const from = new Date(`${date}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + days * 86_400_000) };
};

describe('a period’s report inputs', () => {
  const periods: [string, KpiPeriod][] = [
    ['yesterday', shanghaiDay('2026-11-24')],
    ['today so far', shanghaiDay('2026-11-25')],
    ['a month', shanghaiDay('2026-10-01', 31)],
    ['a day a year ago', shanghaiDay('2025-11-20')],
  ];

  it.each(periods)('give every figure of %s as all the tickets do', (_, period) => {
    const db = core.core.db;
    const rules = kpiRules(readServiceSettings(db));
    const everything = readReportInputs(db, { from: new Date(0), to: new Date('2100-01-01T00:00:00Z') });
    const read = readReportInputs(db, period);
    expect(read.tickets.length).toBeLessThan(everything.tickets.length / 3);
    expect(read.tickets.length).toBeGreaterThan(0);

    const all = everything.tickets;
    const payments = kpiPayments(everything.payments);
    expect(kpiSummary(read.tickets, kpiPayments(read.payments), period, rules, now)).toEqual(
      kpiSummary(all, payments, period, rules, now),
    );
    expect(backlogAt(read.tickets, period.to)).toEqual(backlogAt(all, period.to));
    expect(dayLog(read.tickets, read.payments, period, rules)).toEqual(dayLog(all, everything.payments, period, rules));
    expect(staffFigures(read.tickets, period, rules)).toEqual(staffFigures(all, period, rules));
    expect(categoryFigures(read.tickets, period)).toEqual(categoryFigures(all, period));
    expect(read.payments).toEqual(
      everything.payments.filter(
        (payment) => payment.at >= period.from.toISOString() && payment.at < period.to.toISOString(),
      ),
    );
  });

  it('reads a big table only through an index of time or by id', () => {
    const recorder = recordQueries(core.core.db);
    readReportInputs(core.core.db, shanghaiDay('2026-11-24'));
    const statements = recorder.stop();
    expect(
      searchPlanFaults(core.core.db, statements, [
        'tickets.tickets_created_at',
        'tickets.tickets_state_created',
        'ticket_events.ticket_events_at',
        'payments.payments_at',
      ]),
    ).toEqual([]);
  });
});

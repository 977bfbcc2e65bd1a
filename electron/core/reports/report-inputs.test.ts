import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayLog } from '../../../shared/domain/day-log';
import { kpiFacts, type KpiFacts } from '../../../shared/domain/kpi-facts';
import { backlogAt, categoryFigures, kpiSummary, staffFigures, type KpiPeriod } from '../../../shared/domain/kpis';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { searchPlanFaults } from '../../../test/fixtures/query-plans';
import { eventsIn, paymentsIn } from '../db/queries/report-reads';
import { markFactsKept } from '../db/queries/ticket-facts';
import { all, recordQueries, run, sql } from '../db/sql';
import { readServiceSettings } from '../services/service-settings';
import { seedCustomers, seedTickets } from '../services/seed';
import { kpiRules, readKpiTickets, rulesKey } from '../tickets/facts';
import { buildDayLog } from './day-log-view';
import { buildFigureTickets } from './figure-tickets-view';
import { buildKpiReport } from './kpi-report';
import { figuresWithTickets } from '../../../shared/domain/figure-tickets';
import { factsAreKept, kpiPayments, readHeldTickets, readKpiFacts } from './report-inputs';

/*
 * A report reads only what its period can count, through indexes of time. The check: on a seeded
 * shop, every figure worked out from what a period's read loaded (the facts kept beside the
 * tickets, or worked out from the events while they are not all kept) equals the same figure
 * worked out from every ticket the shop has.
 */
let core: TestCore;
const now = new Date('2026-11-25T08:00:00Z');
const always = { from: new Date(0), to: new Date('2100-01-01T00:00:00Z') };
const iso = (period: KpiPeriod) => ({ from: period.from.toISOString(), to: period.to.toISOString() });

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

const rulesNow = () => kpiRules(readServiceSettings(core.core.db));
const everyTicket = () =>
  readKpiTickets(
    core.core.db,
    all<{ id: number }>(core.core.db, sql`SELECT id FROM tickets`).map((row) => row.id),
  );
const byTicket = <Fact extends { ticketId: number; at: string }>(facts: readonly Fact[]) =>
  [...facts].sort((a, b) => a.ticketId - b.ticketId || a.at.localeCompare(b.at));
const sorted = (facts: KpiFacts) => ({
  intakes: byTicket(facts.intakes),
  readies: byTicket(facts.readies),
  ends: byTicket(facts.ends),
  handBacks: byTicket(facts.handBacks),
  checks: byTicket(facts.checks),
  handOvers: byTicket(facts.handOvers),
});
/** Runs `read` with the facts counted as kept under the present rules, then as not kept. */
function keptAndNot<T>(read: () => T): [T, T] {
  const db = core.core.db;
  markFactsKept(db, rulesKey(rulesNow()), now.toISOString());
  expect(factsAreKept(db, rulesNow())).toBe(true);
  const kept = read();
  run(db, sql`DELETE FROM ticket_facts_kept`);
  expect(factsAreKept(db, rulesNow())).toBe(false);
  return [kept, read()];
}

describe('the facts kept beside each ticket', () => {
  it('are the facts worked out afresh from its events, for every ticket the shop has', () => {
    const [kept, workedOut] = keptAndNot(() => sorted(readKpiFacts(core.core.db, always, rulesNow())));
    const fresh = sorted(kpiFacts(everyTicket(), rulesNow()));
    expect(kept.intakes).toHaveLength(1500);
    expect(kept.readies.length).toBeGreaterThan(500);
    expect(kept.checks.some((check) => check.failed)).toBe(true);
    expect(kept).toEqual(fresh);
    expect(workedOut).toEqual(fresh);
  });
});

describe('a period’s report inputs', () => {
  const periods: [string, KpiPeriod][] = [
    ['yesterday', shanghaiDay('2026-11-24')],
    ['today so far', shanghaiDay('2026-11-25')],
    ['a month', shanghaiDay('2026-10-01', 31)],
    ['a day a year ago', shanghaiDay('2025-11-20')],
  ];

  it.each(periods)('give every figure of %s as all the tickets do', (_, period) => {
    const db = core.core.db;
    const rules = rulesNow();
    const tickets = everyTicket();
    const everything = kpiFacts(tickets, rules);
    const payments = kpiPayments(paymentsIn(db, iso(always)));
    for (const facts of keptAndNot(() => readKpiFacts(db, period, rules))) {
      expect(facts.intakes.length).toBeLessThan(everything.intakes.length / 3);
      expect(kpiSummary(facts, payments, period, now)).toEqual(kpiSummary(everything, payments, period, now));
      expect(staffFigures(facts, period)).toEqual(staffFigures(everything, period));
      expect(categoryFigures(facts.intakes, period)).toEqual(categoryFigures(everything.intakes, period));
    }
    const held = readHeldTickets(db, period.to);
    expect(held.length).toBeLessThan(tickets.length / 3);
    expect(backlogAt(held, period.to)).toEqual(backlogAt(tickets, period.to));

    const log = dayLog(
      {
        received: tickets.map((ticket) => ({
          id: ticket.id,
          serviceType: ticket.serviceType,
          createdAt: ticket.createdAt,
          intakeState: ticket.events[0]?.toState ?? 'received',
        })),
        events: eventsIn(db, iso(always)),
        held: tickets,
        payments: paymentsIn(db, iso(always)),
      },
      period,
      rules,
    );
    const view = buildDayLog(db, { range: rangeOf(period), fullPhones: false });
    expect(view.received.map((ticket) => ticket.id)).toEqual(log.received);
    expect(view.moves.map((move) => [move.ticketId, move.toState])).toEqual(
      log.moves.map((move) => [move.ticketId, move.toState]),
    );
    expect(view.handOvers.map((handOver) => handOver.ticketId)).toEqual(log.handOvers.map((h) => h.ticketId));
    expect(view.money).toEqual(log.money);
    expect(view.backlog).toEqual(log.backlog);
    expect(view.overdue.map((overdue) => overdue.ticketId)).toEqual(log.overdue.map((overdue) => overdue.ticketId));
  });

  it('draw the backlog line of a month from its start and the moves since, as each day’s backlog is', () => {
    const tickets = everyTicket();
    const report = buildKpiReport(core.core.db, { from: '2026-10-01', to: '2026-10-31' }, now);
    expect(report.days).toHaveLength(31);
    expect(report.days.map((day) => day.backlog)).toEqual(
      report.days.map((day) => backlogAt(tickets, shanghaiDay(day.date).to).total),
    );
    expect(report.days.reduce((sum, day) => sum + day.intakes, 0)).toBe(report.summary.intakes.total);
  });

  it('read a big table only through an index of time or by id', () => {
    const db = core.core.db;
    markFactsKept(db, rulesKey(rulesNow()), now.toISOString());
    const recorder = recordQueries(db);
    buildKpiReport(db, { from: '2026-10-01', to: '2026-10-31' }, now);
    buildDayLog(db, { range: { from: '2026-11-24', to: '2026-11-24' }, fullPhones: false });
    for (const figure of figuresWithTickets)
      buildFigureTickets(db, { range: { from: '2026-10-01', to: '2026-10-31' }, figure, now: now.toISOString() });
    const statements = recorder.stop();
    expect(
      searchPlanFaults(db, statements, [
        'tickets.tickets_created_at',
        'tickets.tickets_closed_created',
        'ticket_events.ticket_events_at',
        'ticket_events.ticket_events_counted',
        'ticket_events.ticket_events_backlog',
        'payments.payments_at',
        'ticket_facts.ticket_facts_received',
        'ticket_facts.ticket_facts_ready',
        'ticket_facts.ticket_facts_ended',
        'ticket_facts.ticket_facts_handed_back',
      ]),
    ).toEqual([]);
    expect(statements.some((statement) => statement.text.includes('ticket_facts_received'))).toBe(true);
  });

  it('list the tickets behind each figure, as many as counted against it', () => {
    const db = core.core.db;
    markFactsKept(db, rulesKey(rulesNow()), now.toISOString());
    const range = { from: '2026-10-01', to: '2026-10-31' };
    const { summary } = buildKpiReport(db, range, now);
    const behind = (figure: (typeof figuresWithTickets)[number]) =>
      buildFigureTickets(db, { range, figure, now: now.toISOString() });
    const slaMet = summary.turnaround.slaMet;
    expect(behind('slaMet').total).toBe(slaMet.of - slaMet.count);
    expect(behind('turnaround').total).toBe(summary.turnaround.toReady.count);
    expect(behind('turnaround').rows.length).toBeGreaterThan(0);
    const qc = summary.qcFailures;
    expect(behind('qcFailures').total).toBe(qc.count);
    const minutes = behind('turnaround').rows.map((row) => row.minutes ?? 0);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
  });
});

/** The shop days of a period that starts and ends at Shanghai midnights. */
function rangeOf(period: KpiPeriod) {
  const day = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return { from: day(period.from), to: day(new Date(period.to.getTime() - 1)) };
}

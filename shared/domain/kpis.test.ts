import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  shareOut,
  backlogAt,
  backlogTotals,
  categoryFigures,
  change,
  kpiSummary,
  staffFigures,
  firstResponse,
  firstTimeFix,
  intakes,
  outcomes,
  percentile,
  qcFailures,
  takings,
  turnaround,
  type KpiPayment,
} from './kpis';
import { figureTickets, type FigureWithTickets } from './figure-tickets';
import { kpiFacts, type KpiEvent, type KpiRules, type KpiTicket } from './kpi-facts';
import type { ServiceType } from './service-types';
import { ticketStates, type TicketState } from './ticket-states';
import type { TicketEventKind } from './ticket-workflow';

/**
 * The figures against examples worked out by hand. The shop: Monday to Saturday 09:00–18:00 in
 * Shanghai, closed on Sundays and on Christmas Day, Sunday 27 December worked (调休). A normal
 * repair is promised in 9 open hours, an urgent one in 4; diagnosis is due 4 open hours after
 * intake; waiting for approval, for parts or on hold stops the clock.
 */
const rules: KpiRules = {
  hours: {
    timeZone: 'Asia/Shanghai',
    weekly: [null, ...Array.from({ length: 6 }, () => ({ open: '09:00', close: '18:00' }))],
    holidays: ['2026-12-25'],
    extraWorkdays: ['2026-12-27'],
    makeUpHours: { open: '09:00', close: '18:00' },
  },
  targetHours: { normal: 9, urgent: 4, critical: 2 },
  pausing: ['awaiting-approval', 'awaiting-parts', 'on-hold'],
  stateLimits: { received: { hours: 4 } },
};

/** Every fact of these tickets under the shop's rules. */
const facts = (tickets: readonly KpiTicket[]) => kpiFacts(tickets, rules);

/** Shanghai wall-clock time as an ISO instant: `at('2026-11-30 10:00')`. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const days = (first: string, afterLast: string) => ({
  from: new Date(at(`${first} 00:00`)),
  to: new Date(at(`${afterLast} 00:00`)),
});

/** Reception (Rita) takes tickets in and hands devices back; the technicians (Tom, and Ann where named) do the work. */
const RITA = 1;
const TOM = 2;
const ANN = 3;
type Step = [when: string, kind: TicketEventKind, to: TicketState, actorId?: number];

function ticket(
  id: number,
  serviceType: ServiceType,
  steps: Step[],
  options: Partial<
    Pick<
      KpiTicket,
      'priority' | 'channel' | 'chargedFen' | 'cameBack' | 'comebackOf' | 'productCategory' | 'faultCategory'
    >
  > & {
    startedAt?: string;
  } = {},
): KpiTicket {
  const events: KpiEvent[] = steps.map(([when, kind, toState, actorId], index) => ({
    at: at(when),
    kind,
    toState,
    fromState: index === 0 ? null : (steps[index - 1]?.[2] ?? null),
    actorId: actorId ?? (index === 0 || kind === 'hand-over' ? RITA : TOM),
  }));
  return {
    id,
    serviceType,
    channel: options.channel ?? 'walk-in',
    priority: options.priority ?? 'normal',
    promisedAt: null,
    createdAt: events[0]?.at ?? '',
    chargedFen: options.chargedFen ?? 0,
    cameBack: options.cameBack ?? false,
    comebackOf: options.comebackOf ?? null,
    productCategory: options.productCategory ?? 'phone',
    faultCategory: options.faultCategory ?? 'screen',
    intakeStartedAt: options.startedAt ? at(options.startedAt) : null,
    events,
  };
}

/**
 * The week of Monday 30 November.
 * A: diagnosed in 90 minutes, 9 open hours waiting for parts (paused), ready 300 working minutes
 *    after intake, before its promise (Wednesday 10:00 once the pause is added); collected.
 * C: diagnosed after 6 hours (due by 13:00), back unrepaired on Monday, taken up again, failed QC
 *    once, ready Tuesday 17:00 after 1,020 minutes, past its promise (Monday 18:00); collected,
 *    and later came back under our warranty.
 * D: taken in Tuesday 09:00 and still not looked at on Thursday.
 * E: a consultation answered at the counter; F: a complaint.
 * Rita takes them all in (A in 8 minutes from starting the form, E in 3) and hands A and C back;
 * Tom does the work, but Ann finished C's repair after Tom's first attempt failed QC.
 */
const week = [
  ticket(
    1,
    'repair',
    [
      ['2026-11-30 10:00', 'intake', 'received'],
      ['2026-11-30 11:30', 'start-diagnosis', 'diagnosing'],
      ['2026-11-30 12:00', 'wait-for-parts', 'awaiting-parts'],
      ['2026-12-01 12:00', 'parts-arrived', 'repairing'],
      ['2026-12-01 14:00', 'finish-repair', 'qa'],
      ['2026-12-01 15:00', 'pass-qc', 'ready'],
      ['2026-12-02 10:00', 'hand-over', 'picked-up'],
    ],
    { chargedFen: 70_000, startedAt: '2026-11-30 09:52' },
  ),
  ticket(
    3,
    'repair',
    [
      ['2026-11-30 09:00', 'intake', 'received'],
      ['2026-11-30 15:00', 'start-diagnosis', 'diagnosing'],
      ['2026-11-30 16:00', 'return-unrepaired', 'returned-unrepaired'],
      ['2026-12-01 10:00', 'reopen', 'repairing'],
      ['2026-12-01 11:00', 'finish-repair', 'qa'],
      ['2026-12-01 11:30', 'fail-qc', 'repairing'],
      ['2026-12-01 16:00', 'finish-repair', 'qa', ANN],
      ['2026-12-01 17:00', 'pass-qc', 'ready'],
      ['2026-12-02 11:00', 'hand-over', 'picked-up'],
    ],
    { chargedFen: 30_000, cameBack: true, faultCategory: 'battery', comebackOf: 99 },
  ),
  ticket(4, 'repair', [['2026-12-01 09:00', 'intake', 'received']], {
    productCategory: 'laptop',
    faultCategory: 'keyboard',
  }),
  ticket(5, 'consultation', [['2026-11-30 12:00', 'intake', 'closed']], { startedAt: '2026-11-30 11:57' }),
  ticket(6, 'complaint', [['2026-11-30 13:00', 'intake', 'received']], { faultCategory: '', channel: 'phone' }),
];
const thursday = new Date(at('2026-12-03 12:00'));
const wholeWeek = days('2026-11-30', '2026-12-07');

describe('the figures of a week, worked out by hand', () => {
  it('first response: 90 and 360 working minutes; one of three in time (one still waiting past its limit)', () => {
    expect(firstResponse(facts(week).intakes, wholeWeek, thursday)).toEqual({
      count: 2,
      median: 90,
      p90: 360,
      withinTarget: { count: 1, of: 3, rate: 1 / 3 },
    });
    // On Tuesday at 10:00 the waiting ticket still had time: it is judged on neither side.
    expect(firstResponse(facts(week).intakes, wholeWeek, new Date(at('2026-12-01 10:00'))).withinTarget).toEqual({
      count: 1,
      of: 2,
      rate: 0.5,
    });
  });

  it('turnaround to ready less the time paused, and the promise kept once of twice', () => {
    expect(turnaround(facts(week).readies, wholeWeek)).toEqual({
      toReady: { count: 2, median: 300, p90: 1020 },
      slaMet: { count: 1, of: 2, rate: 0.5 },
    });
  });

  it('how the work ended, each ticket by its first end in the period', () => {
    expect(outcomes(facts(week).ends, wholeWeek)).toEqual({
      repaired: { count: 1, of: 2, rate: 0.5 },
      returnedUnrepaired: { count: 1, of: 2, rate: 0.5 },
      cancelled: { count: 0, of: 2, rate: 0 },
    });
    // The ticket taken up again and repaired on Tuesday first ended on Monday: it counts there alone.
    expect(outcomes(facts(week).ends, days('2026-11-30', '2026-12-01')).returnedUnrepaired).toEqual({
      count: 1,
      of: 1,
      rate: 1,
    });
    expect(outcomes(facts(week).ends, days('2026-12-01', '2026-12-02')).repaired).toEqual({ count: 1, of: 1, rate: 1 });
  });

  it('first-time fix: the repair that came back is not one', () => {
    expect(firstTimeFix(facts(week).handBacks, wholeWeek)).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(firstTimeFix(facts(week).handBacks, days('2026-11-30', '2026-12-02'))).toEqual({
      count: 0,
      of: 0,
      rate: null,
    });
  });

  it('QC: one check failed of three', () => {
    expect(qcFailures(facts(week).checks, wholeWeek)).toEqual({ count: 1, of: 3, rate: 1 / 3 });
  });

  it('intakes by service type and by channel, and complaints per hundred', () => {
    expect(intakes(facts(week).intakes, wholeWeek)).toEqual({
      total: 5,
      byServiceType: { repair: 3, installation: 0, return: 0, exchange: 0, consultation: 1, complaint: 1 },
      byChannel: { 'walk-in': 4, phone: 1, wechat: 0, online: 0, other: 0 },
      complaintsPer100: 20,
    });
    expect(intakes(facts(week).intakes, days('2026-12-07', '2026-12-08')).complaintsPer100).toBeNull();
  });

  it('takings: money in less money back, a reversal when it was made; the average bill of repairs collected', () => {
    const payments: KpiPayment[] = [
      { at: at('2026-11-30 10:05'), kind: 'deposit', amountFen: 20_000, reversesId: null },
      { at: at('2026-12-02 10:00'), kind: 'payment', amountFen: 50_000, reversesId: null },
      { at: at('2026-12-02 11:00'), kind: 'payment', amountFen: 30_000, reversesId: null },
      { at: at('2026-12-03 09:30'), kind: 'payment', amountFen: 30_000, reversesId: 3 },
      { at: at('2026-12-03 09:40'), kind: 'refund', amountFen: 5_000, reversesId: null },
      { at: at('2026-12-07 09:00'), kind: 'payment', amountFen: 99_000, reversesId: null },
    ];
    expect(takings(facts(week).handBacks, payments, wholeWeek)).toEqual({ revenueFen: 65_000, averageBillFen: 50_000 });
    expect(takings(facts(week).handBacks, payments, days('2026-12-02', '2026-12-03'))).toEqual({
      revenueFen: 80_000,
      averageBillFen: 50_000,
    });
  });

  it('the backlog at the end of Tuesday, by state and by age', () => {
    const backlog = backlogAt(week, new Date(at('2026-12-02 00:00')));
    expect(backlog.total).toBe(4);
    expect(backlog.byState).toEqual({ ready: 2, received: 2 });
    expect(backlog.byAge).toEqual({ '1': 4, '3': 0, '7': 0, '14': 0, '30': 0, older: 0 });
  });
});

describe('the tickets behind each figure, for the same week', () => {
  const behind = (figure: FigureWithTickets) =>
    figureTickets(facts(week), figure, wholeWeek, thursday).map((row) => [row.ticketId, row.reason, row.minutes]);

  it('late first responses, the one still waiting past its limit first; every turnaround, slowest first', () => {
    expect(behind('firstResponse')).toEqual([
      [4, 'waiting-past-due', null],
      [3, 'late', 360],
    ]);
    expect(behind('turnaround')).toEqual([
      [3, 'took', 1020],
      [1, 'took', 300],
    ]);
  });

  it('the promise missed, the repair that came back, the check failed (with whose work it was), the complaint', () => {
    expect(behind('slaMet')).toEqual([[3, 'promise-missed', 1020]]);
    expect(behind('firstTimeFix')).toEqual([[3, 'came-back', null]]);
    expect(figureTickets(facts(week), 'qcFailures', wholeWeek, thursday)).toEqual([
      { ticketId: 3, at: at('2026-12-01 11:30'), reason: 'qc-failed', minutes: null, staffId: TOM },
    ]);
    expect(behind('returnedUnrepaired')).toEqual([[3, 'returned-unrepaired', null]]);
    expect(behind('cancelled')).toEqual([]);
    expect(behind('complaints')).toEqual([[6, 'complaint', null]]);
  });
});

describe('per member of staff, and per product and fault', () => {
  it('reception by who recorded; technicians by who finished the work QC passed or failed', () => {
    expect(staffFigures(facts(week), wholeWeek)).toEqual({
      reception: [{ staffId: RITA, intakes: 5, pickups: 2, intakeMinutes: { count: 2, median: 3, p90: 8 } }],
      technicians: [
        {
          staffId: TOM,
          finished: 1,
          turnaround: { count: 1, median: 300, p90: 300 },
          firstTimeFix: { count: 1, of: 1, rate: 1 },
          comebacks: 0,
          qcFailures: 1,
        },
        {
          staffId: ANN,
          finished: 1,
          turnaround: { count: 1, median: 1020, p90: 1020 },
          firstTimeFix: { count: 0, of: 1, rate: 0 },
          comebacks: 1,
          qcFailures: 0,
        },
      ],
    });
  });

  it('tickets per product and fault, most first, with the comebacks among them', () => {
    expect(categoryFigures(facts(week).intakes, wholeWeek)).toEqual([
      { productCategory: 'phone', faultCategory: 'screen', tickets: 2, comebacks: 0 },
      { productCategory: 'laptop', faultCategory: 'keyboard', tickets: 1, comebacks: 0 },
      { productCategory: 'phone', faultCategory: '', tickets: 1, comebacks: 0 },
      { productCategory: 'phone', faultCategory: 'battery', tickets: 1, comebacks: 1 },
    ]);
  });
});

describe('across a holiday', () => {
  // An urgent repair taken in on Christmas Eve at 17:00: Christmas Day does not count.
  const christmas = [
    ticket(
      7,
      'repair',
      [
        ['2026-12-24 17:00', 'intake', 'received'],
        ['2026-12-26 09:30', 'start-diagnosis', 'diagnosing'],
        ['2026-12-26 10:00', 'diagnose', 'repairing'],
        ['2026-12-26 11:00', 'finish-repair', 'qa'],
        ['2026-12-26 12:00', 'pass-qc', 'ready'],
        ['2026-12-28 10:00', 'rework', 'repairing'],
        ['2026-12-28 14:00', 'finish-repair', 'qa'],
        ['2026-12-28 15:00', 'pass-qc', 'ready'],
        ['2026-12-28 16:00', 'hand-over', 'picked-up'],
      ],
      { priority: 'urgent', chargedFen: 12_000 },
    ),
  ];
  const period = days('2026-12-24', '2027-01-01');

  it('diagnosed 90 working minutes after intake, within its limit; ready at the very minute promised', () => {
    expect(firstResponse(facts(christmas).intakes, period, new Date(at('2026-12-31 12:00')))).toMatchObject({
      median: 90,
      withinTarget: { count: 1, of: 1 },
    });
    expect(turnaround(facts(christmas).readies, period)).toEqual({
      toReady: { count: 1, median: 240, p90: 240 },
      slaMet: { count: 1, of: 1, rate: 1 },
    });
  });

  it('a device the customer objected to at pickup is not fixed the first time', () => {
    expect(firstTimeFix(facts(christmas).handBacks, period)).toEqual({ count: 0, of: 1, rate: 0 });
  });
});

describe('percentile', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.9, 7],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 4], 0.5, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9, 10],
  ])('of %j at %d is %s (nearest rank)', (values, share, expected) => {
    expect(percentile(values, share)).toBe(expected);
  });
});

/** A ticket's story: intake at some moment in December, then moves through any states, some minutes to days apart. */
const stories = fc
  .record({
    start: fc.integer({ min: 0, max: 30 * 24 * 60 }),
    moves: fc.array(
      fc.record({ gap: fc.integer({ min: 1, max: 3 * 24 * 60 }), state: fc.constantFrom(...ticketStates) }),
      { maxLength: 12 },
    ),
  })
  .map(({ start, moves }, index = 0) => {
    let minute = Date.parse('2026-12-01T00:00:00+08:00') / 60_000 + start;
    const steps = [{ minute, state: 'received' as TicketState }];
    for (const move of moves) steps.push({ minute: (minute += move.gap), state: move.state });
    const events: KpiEvent[] = steps.map((step, position) => ({
      at: new Date(step.minute * 60_000).toISOString(),
      kind: position === 0 ? 'intake' : 'state-change',
      toState: step.state,
      fromState: position === 0 ? null : (steps[position - 1]?.state ?? null),
      actorId: 1,
    }));
    return {
      id: index,
      serviceType: 'repair',
      channel: 'walk-in',
      priority: 'normal',
      promisedAt: null,
      createdAt: events[0]?.at ?? '',
      chargedFen: 0,
      cameBack: false,
      comebackOf: null,
      productCategory: 'phone',
      faultCategory: '',
      intakeStartedAt: null,
      events,
    } satisfies KpiTicket;
  });

describe('properties', () => {
  const december = days('2026-12-01', '2027-01-01');

  it('pausing never makes a turnaround longer, nor a kept promise broken', () => {
    fc.assert(
      fc.property(stories, (story) => {
        const paused = turnaround(facts([story]).readies, december);
        const unpaused = turnaround(kpiFacts([story], { ...rules, pausing: [] }).readies, december);
        expect(paused.toReady.count).toBe(unpaused.toReady.count);
        if (paused.toReady.median !== null)
          expect(paused.toReady.median).toBeLessThanOrEqual(unpaused.toReady.median ?? 0);
        expect(paused.slaMet.count).toBeGreaterThanOrEqual(unpaused.slaMet.count);
      }),
    );
  });

  it('a ticket in hand counts in exactly one state and one age of the backlog', () => {
    fc.assert(
      fc.property(
        fc.array(stories, { maxLength: 20 }),
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        (tickets, offset) => {
          const moment = new Date(Date.parse('2026-12-01T00:00:00+08:00') + offset * 60_000);
          const backlog = backlogAt(tickets, moment);
          const sum = (counts: Partial<Record<string, number>>) =>
            Object.values(counts).reduce((a = 0, b = 0) => a + b, 0);
          expect(sum(backlog.byState)).toBe(backlog.total);
          expect(sum(backlog.byAge)).toBe(backlog.total);
          expect(backlog.total).toBeLessThanOrEqual(tickets.length);
        },
      ),
    );
  });

  it("the backlog's running count from a start and the moves after it is the backlog worked out afresh each day", () => {
    fc.assert(
      fc.property(fc.array(stories, { maxLength: 20 }), fc.integer({ min: 0, max: 20 }), (tickets, startDay) => {
        const dayMs = 86_400_000;
        const start = new Date(Date.parse('2026-12-01T00:00:00+08:00') + startDay * dayMs);
        const moments = Array.from({ length: 14 }, (_, day) => new Date(start.getTime() + (day + 1) * dayMs));
        const moves = tickets.flatMap((ticket) => ticket.events);
        const totals = backlogTotals({ at: start, total: backlogAt(tickets, start).total }, moves, moments);
        expect(totals).toEqual(moments.map((moment) => backlogAt(tickets, moment).total));
      }),
    );
  });

  it('the tickets behind a figure are as many as counted against it', () => {
    fc.assert(
      fc.property(
        fc.array(stories, { maxLength: 20 }),
        fc.integer({ min: 0, max: 45 * 24 * 60 }),
        (tickets, offset) => {
          const now = new Date(Date.parse('2026-12-01T00:00:00+08:00') + offset * 60_000);
          const found = facts(tickets);
          const count = (figure: FigureWithTickets) => figureTickets(found, figure, december, now).length;
          const against = (rate: { count: number; of: number }) => rate.of - rate.count;
          const ended = outcomes(found.ends, december);
          expect(count('firstResponse')).toBe(against(firstResponse(found.intakes, december, now).withinTarget));
          expect(count('turnaround')).toBe(turnaround(found.readies, december).toReady.count);
          expect(count('slaMet')).toBe(against(turnaround(found.readies, december).slaMet));
          expect(count('firstTimeFix')).toBe(against(firstTimeFix(found.handBacks, december)));
          expect(count('qcFailures')).toBe(qcFailures(found.checks, december).count);
          expect(count('returnedUnrepaired')).toBe(ended.returnedUnrepaired.count);
          expect(count('cancelled')).toBe(ended.cancelled.count);
          expect(count('complaints')).toBe(intakes(found.intakes, december).byServiceType.complaint);
        },
      ),
    );
  });

  it('every rate is a share between 0 and 1 of a count no larger than what it counts', () => {
    fc.assert(
      fc.property(fc.array(stories, { maxLength: 20 }), (tickets) => {
        const now = new Date('2027-01-15T00:00:00Z');
        const rates = [
          firstResponse(facts(tickets).intakes, december, now).withinTarget,
          turnaround(facts(tickets).readies, december).slaMet,
          ...Object.values(outcomes(facts(tickets).ends, december)),
          firstTimeFix(facts(tickets).handBacks, december),
          qcFailures(facts(tickets).checks, december),
        ];
        for (const found of rates) {
          expect(found.count).toBeLessThanOrEqual(found.of);
          if (found.of === 0) expect(found.rate).toBeNull();
          else expect(found.rate).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('a period against the one before', () => {
  it.each([
    [12, 10, { delta: 2, relative: 0.2 }],
    [5, 0, { delta: 5, relative: null }],
    [0.5, 0.75, { delta: -0.25, relative: -1 / 3 }],
    [null, 3, null],
    [3, null, null],
  ])('%s against %s', (current, previous, expected) => {
    expect(change(current, previous)).toEqual(expected);
  });

  it('the summary holds each figure as its own function works it out, satisfaction not yet recorded', () => {
    const summary = kpiSummary(facts(week), [], wholeWeek, thursday);
    expect(summary.turnaround).toEqual(turnaround(facts(week).readies, wholeWeek));
    expect(summary.intakes.total).toBe(5);
    expect(summary.takings).toEqual({ revenueFen: 0, averageBillFen: 50_000 });
    expect(summary.satisfaction).toBeNull();
  });
});

describe('sharing facts out among the days', () => {
  it('puts each fact in the day it counts in, as filtering each day would, and leaves out the rest', () => {
    const day = 86_400_000;
    const start = Date.parse('2026-11-01T16:00:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.integer({ min: -3 * day, max: 45 * day }), { maxLength: 60 }),
        (count, offsets) => {
          const periods = Array.from({ length: count }, (_, index) => ({
            from: new Date(start + index * day),
            to: new Date(start + (index + 1) * day),
          }));
          const facts = offsets.map((offset, index) => ({ id: index, at: new Date(start + offset).toISOString() }));
          expect(shareOut(facts, periods)).toEqual(
            periods.map((period) =>
              facts.filter((fact) => fact.at >= period.from.toISOString() && fact.at < period.to.toISOString()),
            ),
          );
        },
      ),
    );
  });
});

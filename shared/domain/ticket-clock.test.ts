import { describe, expect, it } from 'vitest';
import type { BusinessHours } from './sla';
import { businessMinutesLeft, ticketClock, type ClockEvent, type ClockRules, type DueFor } from './ticket-clock';

/** Monday to Saturday 09:00–18:00 in Shanghai, closed on Sundays and on Christmas; 2026-12-27, a Sunday, worked (调休). */
const hours: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  weekly: [null, ...Array.from({ length: 6 }, () => ({ open: '09:00', close: '18:00' }))],
  holidays: ['2026-12-25'],
  extraWorkdays: ['2026-12-27'],
  makeUpHours: { open: '09:00', close: '18:00' },
};

const rules: ClockRules = {
  targetHours: 9,
  pausing: ['awaiting-approval', 'awaiting-parts', 'on-hold'],
  stateLimits: { received: { hours: 4 }, qa: { sameDay: true }, 'awaiting-parts': { hours: 45 } },
};

/** Shanghai wall-clock time as an ISO instant: `at('2026-11-30 10:00')`. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const story = (...moves: [string, ClockEvent['toState']][]) =>
  moves.map(([when, toState]) => ({ at: at(when), toState }));

describe('ticket clock', () => {
  it.each<
    [
      string,
      ClockEvent[],
      string,
      Partial<Record<'promisedAt' | 'stateDueAt', string>> & { paused?: number; running?: boolean },
    ]
  >([
    [
      'no pause: nine open hours from Monday 10:00 is Tuesday 10:00; first response due by 14:00',
      story(['2026-11-30 10:00', 'received']),
      '2026-11-30 12:00',
      { promisedAt: '2026-12-01 10:00', stateDueAt: '2026-11-30 14:00', paused: 0, running: true },
    ],
    [
      'a wait for approval across closing time adds only its open minutes (17–18 and 09–10)',
      story(
        ['2026-11-30 10:00', 'received'],
        ['2026-11-30 11:00', 'diagnosing'],
        ['2026-11-30 17:00', 'awaiting-approval'],
        ['2026-12-01 10:00', 'repairing'],
      ),
      '2026-12-01 11:00',
      { promisedAt: '2026-12-01 12:00', paused: 120, running: true, stateDueAt: undefined },
    ],
    [
      'on hold now: the clock stops, and the promise moves on with every open minute',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 16:00', 'on-hold']),
      '2026-12-01 09:30',
      { promisedAt: '2026-12-01 12:30', paused: 150, running: false },
    ],
    [
      'over a holiday: Thursday 17:00 + 9 h skips Christmas to Saturday 17:00',
      story(['2026-12-24 17:00', 'received']),
      '2026-12-24 17:30',
      { promisedAt: '2026-12-26 17:00', stateDueAt: '2026-12-26 12:00', running: true },
    ],
    [
      'on a make-up Sunday (调休) the clock runs: Saturday 17:00 + 9 h is Sunday 17:00',
      story(['2026-12-26 17:00', 'received']),
      '2026-12-26 17:30',
      { promisedAt: '2026-12-27 17:00', stateDueAt: '2026-12-27 12:00', running: true },
    ],
    [
      'QC the same day: entering QC at 17:30 is due at 18:00',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 17:30', 'qa']),
      '2026-11-30 17:40',
      { stateDueAt: '2026-11-30 18:00' },
    ],
    [
      'QC entered after closing is due at the next day’s closing',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 19:00', 'qa']),
      '2026-11-30 19:10',
      { stateDueAt: '2026-12-01 18:00' },
    ],
    [
      'finished: no running clock and no state limit',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 11:00', 'cancelled']),
      '2026-12-05 10:00',
      { running: false, paused: 0 },
    ],
  ])('%s', (_, events, now, expected) => {
    const clock = ticketClock(events, rules, hours, new Date(at(now)));
    if (expected.promisedAt) expect(clock.promisedAt.toISOString()).toBe(at(expected.promisedAt));
    if ('stateDueAt' in expected)
      expect(clock.stateDueAt?.toISOString() ?? null).toBe(expected.stateDueAt ? at(expected.stateDueAt) : null);
    if (expected.paused !== undefined) expect(clock.pausedMinutes).toBe(expected.paused);
    if (expected.running !== undefined) expect(clock.running).toBe(expected.running);
  });

  it.each<[string, ClockEvent[], string, string | null, DueFor | null]>([
    [
      'received: the first response (14:00) comes before the promise (next day 10:00)',
      story(['2026-11-30 10:00', 'received']),
      '2026-11-30 11:00',
      '2026-11-30 14:00',
      'received',
    ],
    [
      'claimed while received: the first response still counts from intake',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 13:00', 'received']),
      '2026-11-30 13:30',
      '2026-11-30 14:00',
      'received',
    ],
    [
      'repairing, no limit of its own: the promise',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 11:00', 'repairing']),
      '2026-11-30 12:00',
      '2026-12-01 10:00',
      'promise',
    ],
    [
      'waiting for parts (a pause with a limit): only the parts limit, 45 open hours on',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 11:00', 'awaiting-parts']),
      '2026-12-03 12:00',
      '2026-12-05 11:00',
      'awaiting-parts',
    ],
    [
      'on hold (a pause without a limit): held to nothing until it resumes',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 11:00', 'on-hold']),
      '2026-12-09 12:00',
      null,
      null,
    ],
    [
      'resumed after a day on hold: the promise moved by the nine open hours paused',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 11:00', 'on-hold'], ['2026-12-01 11:00', 'repairing']),
      '2026-12-01 11:30',
      '2026-12-02 10:00',
      'promise',
    ],
    [
      'on the shelf: the promise was kept',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 15:00', 'ready']),
      '2026-12-09 12:00',
      null,
      null,
    ],
    [
      'picked up: nothing more',
      story(['2026-11-30 10:00', 'received'], ['2026-11-30 15:00', 'picked-up']),
      '2026-12-09 12:00',
      null,
      null,
    ],
  ])('due: %s', (_, events, now, due, dueFor) => {
    const clock = ticketClock(events, rules, hours, new Date(at(now)));
    expect(clock.dueAt?.toISOString() ?? null).toBe(due === null ? null : at(due));
    expect(clock.dueFor).toBe(dueFor);
  });

  it('a promise agreed at intake stands in for the target, and pauses move it later', () => {
    const agreed = { ...rules, promised: new Date(at('2026-12-03 17:00')) };
    const running = story(['2026-11-30 10:00', 'received'], ['2026-11-30 11:00', 'repairing']);
    expect(ticketClock(running, agreed, hours, new Date(at('2026-11-30 12:00'))).dueAt?.toISOString()).toBe(
      at('2026-12-03 17:00'),
    );
    const paused = story(
      ['2026-11-30 10:00', 'received'],
      ['2026-11-30 11:00', 'on-hold'],
      ['2026-11-30 13:00', 'repairing'],
    );
    expect(ticketClock(paused, agreed, hours, new Date(at('2026-11-30 14:00'))).promisedAt.toISOString()).toBe(
      at('2026-12-04 10:00'),
    );
  });

  it('a calendar edit recomputes the promise: a new holiday on Tuesday moves it to Wednesday', () => {
    const events = story(['2026-11-30 10:00', 'received']);
    const now = new Date(at('2026-11-30 11:00'));
    expect(ticketClock(events, rules, hours, now).promisedAt.toISOString()).toBe(at('2026-12-01 10:00'));
    const withHoliday = { ...hours, holidays: [...hours.holidays, '2026-12-01'] };
    expect(ticketClock(events, rules, withHoliday, now).promisedAt.toISOString()).toBe(at('2026-12-02 10:00'));
  });

  it('records the first response, and counts time left or overdue in open minutes', () => {
    const events = story(
      ['2026-11-30 10:00', 'received'],
      ['2026-11-30 11:30', 'diagnosing'],
      ['2026-11-30 12:00', 'on-hold'],
      ['2026-11-30 13:00', 'diagnosing'],
    );
    expect(ticketClock(events, rules, hours, new Date(at('2026-11-30 14:00'))).firstResponseAt?.toISOString()).toBe(
      at('2026-11-30 11:30'),
    );
    const due = new Date(at('2026-12-01 10:00'));
    expect(businessMinutesLeft(due, new Date(at('2026-11-30 17:00')), hours)).toBe(120);
    expect(businessMinutesLeft(due, new Date(at('2026-12-01 11:15')), hours)).toBe(-75);
  });
});

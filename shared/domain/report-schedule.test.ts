import { describe, expect, it } from 'vitest';
import { MAX_CATCH_UP_DAYS, dayLogDueAt, daysToWrite } from './report-schedule';
import type { BusinessHours } from './sla';

const weekdays = { open: '09:00', close: '18:00' };
/** Weekdays 09–18, Saturdays 10–16, closed on Sundays and for the National Day week. */
const shanghai: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  weekly: [null, weekdays, weekdays, weekdays, weekdays, weekdays, { open: '10:00', close: '16:00' }],
  holidays: ['2026-10-01', '2026-10-02'],
  extraWorkdays: [],
  makeUpHours: weekdays,
};

describe('the scheduled daily log', () => {
  it('is due at closing, at a Saturday’s earlier closing, and at the end of a day the shop does not open', () => {
    expect(dayLogDueAt('2026-11-25', shanghai)).toEqual(new Date('2026-11-25T18:00:00+08:00'));
    expect(dayLogDueAt('2026-11-28', shanghai)).toEqual(new Date('2026-11-28T16:00:00+08:00'));
    expect(dayLogDueAt('2026-11-29', shanghai)).toEqual(new Date('2026-11-30T00:00:00+08:00'));
    expect(dayLogDueAt('2026-10-01', shanghai)).toEqual(new Date('2026-10-02T00:00:00+08:00'));
  });

  it('writes today’s only after closing, and never a day before the schedule was on', () => {
    const written = new Set<string>();
    const at = (moment: string) =>
      daysToWrite({ now: new Date(moment), hours: shanghai, since: '2026-11-25', written });
    expect(at('2026-11-25T17:59:00+08:00')).toEqual([]);
    expect(at('2026-11-25T18:00:00+08:00')).toEqual(['2026-11-25']);
  });

  it('catches up the days missed while FrontDesk was closed, oldest first, skipping those written', () => {
    const days = daysToWrite({
      now: new Date('2026-11-30T08:00:00+08:00'),
      hours: shanghai,
      since: '2026-11-20',
      written: new Set(['2026-11-20', '2026-11-21', '2026-11-24']),
    });
    // The 29th (a Sunday) was due at midnight; the 30th is not closed yet.
    expect(days).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('goes back no further than a month after a long time away', () => {
    const days = daysToWrite({
      now: new Date('2026-11-30T20:00:00+08:00'),
      hours: shanghai,
      since: '2025-01-01',
      written: new Set(),
    });
    expect(days).toHaveLength(MAX_CATCH_UP_DAYS + 1);
    expect(days[0]).toBe('2026-10-30');
    expect(days.at(-1)).toBe('2026-11-30');
  });
});

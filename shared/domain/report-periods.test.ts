import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate } from './calendar';
import {
  datesOf,
  previousRange,
  rangeLength,
  rangePeriod,
  rangeProblems,
  shortcutRange,
  type DateRange,
  type RangeShortcut,
} from './report-periods';

describe('shortcuts, on Thursday 3 December 2026', () => {
  it.each<[RangeShortcut, DateRange]>([
    ['today', { from: '2026-12-03', to: '2026-12-03' }],
    ['yesterday', { from: '2026-12-02', to: '2026-12-02' }],
    ['this-week', { from: '2026-11-30', to: '2026-12-03' }],
    ['last-week', { from: '2026-11-23', to: '2026-11-29' }],
    ['this-month', { from: '2026-12-01', to: '2026-12-03' }],
    ['last-month', { from: '2026-11-01', to: '2026-11-30' }],
  ])('%s is %j', (shortcut, range) => {
    expect(shortcutRange(shortcut, '2026-12-03')).toEqual(range);
  });

  it('a Sunday is the last day of its week; yesterday on 1 January is in the year before', () => {
    expect(shortcutRange('this-week', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(shortcutRange('this-week', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(shortcutRange('yesterday', '2027-01-01')).toEqual({ from: '2026-12-31', to: '2026-12-31' });
    expect(shortcutRange('last-month', '2027-03-31')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });
});

describe('a range as typed', () => {
  it.each([
    [{ from: '2026-12-01', to: '2026-12-31' }, []],
    [{ from: '2026-12-01', to: '2026-12-01' }, []],
    [{ from: '2026-02-30', to: '2026-12-01' }, [{ key: 'validation.range.invalidDate', field: 'from' }]],
    [
      { from: 'yesterday', to: '12/01' },
      [
        { key: 'validation.range.invalidDate', field: 'from' },
        { key: 'validation.range.invalidDate', field: 'to' },
      ],
    ],
    [{ from: '2026-12-02', to: '2026-12-01' }, [{ key: 'validation.range.backwards' }]],
    [{ from: '2025-01-01', to: '2026-12-31' }, [{ key: 'validation.range.tooLong', max: 367 }]],
    [{ from: '2024-01-01', to: '2024-12-31' }, []],
  ])('%j: %j', (range, problems) => {
    expect(rangeProblems(range)).toEqual(problems);
  });
});

describe('the period before', () => {
  it.each<[DateRange, DateRange]>([
    [
      { from: '2026-12-03', to: '2026-12-03' },
      { from: '2026-12-02', to: '2026-12-02' },
    ],
    [
      { from: '2026-11-30', to: '2026-12-06' },
      { from: '2026-11-23', to: '2026-11-29' },
    ],
    // Whole months against the month before, whatever their lengths.
    [
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-02-01', to: '2026-02-28' },
    ],
    [
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-01-01', to: '2026-01-31' },
    ],
    // Part of a month: as many days just before.
    [
      { from: '2026-12-01', to: '2026-12-03' },
      { from: '2026-11-28', to: '2026-11-30' },
    ],
  ])('of %j is %j', (range, before) => {
    expect(previousRange(range)).toEqual(before);
  });

  it('always ends the day before the range starts, and is never empty', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 366 }), (start, length) => {
        const from = addDaysToDate('2020-01-01', start);
        const before = previousRange({ from, to: addDaysToDate(from, length) });
        expect(addDaysToDate(before.to, 1)).toBe(from);
        expect(rangeLength(before)).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('moments and days', () => {
  it('a range in Shanghai runs from its first midnight to the midnight after its last day', () => {
    const period = rangePeriod({ from: '2026-12-01', to: '2026-12-02' }, 'Asia/Shanghai');
    expect(period.from.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(period.to.toISOString()).toBe('2026-12-02T16:00:00.000Z');
  });

  it('lists every date, both ends included', () => {
    expect(datesOf({ from: '2026-12-30', to: '2027-01-02' })).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });
});

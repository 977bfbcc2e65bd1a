import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  addMonthsToDate,
  compareDates,
  dayOfWeek,
  isIsoDate,
  localDate,
  localDateTime,
} from './calendar';

describe('localDate', () => {
  it.each([
    ['2026-11-25T17:00:00Z', 'Asia/Shanghai', '2026-11-26'],
    ['2026-11-25T15:59:59Z', 'Asia/Shanghai', '2026-11-25'],
    ['2026-11-25T16:00:00Z', 'Asia/Shanghai', '2026-11-26'],
    ['2026-12-31T16:00:00Z', 'Asia/Shanghai', '2027-01-01'],
    ['2026-11-25T17:00:00Z', 'UTC', '2026-11-25'],
    ['2026-11-26T03:00:00Z', 'America/Los_Angeles', '2026-11-25'],
    // Berlin on the night the clocks go forward: 22:30Z is already past midnight (CEST, UTC+2).
    ['2026-03-29T22:30:00Z', 'Europe/Berlin', '2026-03-30'],
    ['2026-03-28T22:30:00Z', 'Europe/Berlin', '2026-03-28'],
  ])('%s in %s is %s', (at, timeZone, date) => {
    expect(localDate(new Date(at), timeZone)).toBe(date);
  });

  it('refuses a time zone that does not exist', () => {
    expect(() => localDate(new Date('2026-11-25T17:00:00Z'), 'Asia/Atlantis')).toThrow(RangeError);
  });

  it('is the date part of the wall-clock reading, in any zone and year (short years padded)', () => {
    const zones = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kathmandu', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (at, timeZone) => {
          expect(localDate(at, timeZone)).toBe(localDateTime(at, timeZone).slice(0, 10));
        },
      ),
    );
    expect(localDate(new Date('0033-05-01T00:00:00Z'), 'UTC')).toBe('0033-05-01');
  });
});

describe('localDateTime', () => {
  it.each([
    ['2026-11-25T17:00:00Z', 'Asia/Shanghai', '2026-11-26 01:00'],
    ['2026-11-25T15:59:00Z', 'Asia/Shanghai', '2026-11-25 23:59'],
    ['2026-11-25T16:00:00Z', 'Asia/Shanghai', '2026-11-26 00:00'],
    ['2026-03-29T00:30:00Z', 'Europe/Berlin', '2026-03-29 01:30'],
    ['2026-03-29T01:30:00Z', 'Europe/Berlin', '2026-03-29 03:30'],
  ])('%s in %s reads %s on the wall clock', (at, timeZone, text) => {
    expect(localDateTime(new Date(at), timeZone)).toBe(text);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-25', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-02-30', false],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-4-3', false],
    ['2026/11/25', false],
    ['20261125', false],
    [' 2026-11-25', false],
    ['２０２６-１１-２５', false],
    ['', false],
  ])('%j → %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});

describe('addMonthsToDate', () => {
  it.each([
    ['2025-11-25', 12, '2026-11-25'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-15', 0, '2026-05-15'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonthsToDate(date, months)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['2026-11-25', 1.5],
  ])('refuses %s + %s', (date, months) => {
    expect(() => addMonthsToDate(date, months)).toThrow(RangeError);
  });
});

describe('addDaysToDate', () => {
  it.each([
    ['2026-11-25', 1, '2026-11-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-01', 89, '2027-01-29'],
    // The day the clocks change in much of the world is still one calendar day.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('%s + %i days → %s', (date, days, expected) => {
    expect(addDaysToDate(date, days)).toBe(expected);
  });

  it('refuses an impossible date', () => {
    expect(() => addDaysToDate('2026-02-30', 1)).toThrow(RangeError);
  });

  it('adding and taking away the same number of days returns the same date', () => {
    const dates = fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      .map((at) => localDate(at, 'UTC'));
    fc.assert(
      fc.property(dates, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        expect(addDaysToDate(addDaysToDate(date, days), -days)).toBe(date);
        expect(Math.sign(compareDates(addDaysToDate(date, days), date))).toBe(Math.sign(days));
      }),
    );
  });
});

describe('compareDates and dayOfWeek', () => {
  it.each([
    ['2026-11-25', '2026-11-26', -1],
    ['2026-11-26', '2026-11-25', 1],
    ['2026-11-25', '2026-11-25', 0],
    ['2025-12-31', '2026-01-01', -1],
  ])('%s against %s → %i', (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });

  it('sorts dates in calendar order', () => {
    expect(['2026-11-25', '2025-12-31', '2026-01-02'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-02',
      '2026-11-25',
    ]);
  });

  it.each([
    ['2026-11-22', 0],
    ['2026-11-25', 3],
    ['2026-11-28', 6],
    ['2026-10-01', 4],
  ])('%s is weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });
});

describe('the wall clock of a moment, read through the quarter hour it falls in', () => {
  const zones = [
    'Asia/Shanghai',
    'America/New_York',
    'Europe/London',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'America/St_Johns',
  ];
  /** What Intl itself says, asked for every moment. */
  const asIntlWrites = (at: Date, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };

  it('is what Intl says, across daylight saving and half- and quarter-hour zones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const at = new Date(ms);
          expect(localDateTime(at, zone)).toBe(asIntlWrites(at, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('holds minute by minute through a change of the clocks', () => {
    // New York springs forward at 07:00Z on 8 March 2026, London falls back at 01:00Z on 25 October.
    for (const [zone, change] of [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['Europe/London', Date.UTC(2026, 9, 25, 1)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
    ] as const)
      for (let minute = -90; minute <= 90; minute += 1) {
        const at = new Date(change + minute * 60_000 + 59_000);
        expect(localDateTime(at, zone)).toBe(asIntlWrites(at, zone));
      }
  });
});

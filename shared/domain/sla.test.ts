import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate } from './calendar';
import {
  addBusinessMinutes,
  businessHoursProblemKeys,
  businessHoursProblems,
  businessMinutesBetween,
  isOpenAt,
  MAX_CLOSED_DAYS,
  promisedTime,
  type BusinessHours,
} from './sla';

const weekdays = { open: '09:00', close: '18:00' };

/** A Shanghai counter: weekdays 09–18, Saturdays 10–16, Sundays closed; 国庆 off with two make-up days. */
const shanghai: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  weekly: [null, weekdays, weekdays, weekdays, weekdays, weekdays, { open: '10:00', close: '16:00' }],
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  // A Sunday, and a Saturday made a full working day.
  extraWorkdays: ['2026-09-27', '2026-10-10'],
  makeUpHours: weekdays,
};

/** A Berlin counter, weekdays 09–18: the clocks go forward on Sunday 29 March and back on 25 October 2026. */
const berlin: BusinessHours = {
  timeZone: 'Europe/Berlin',
  weekly: [null, weekdays, weekdays, weekdays, weekdays, weekdays, null],
  holidays: [],
  extraWorkdays: [],
  makeUpHours: weekdays,
};

const at = (iso: string) => new Date(iso);

describe('isOpenAt', () => {
  it.each([
    ['Wednesday 08:59', '2026-11-25T08:59:00+08:00', false],
    ['Wednesday 09:00, opening', '2026-11-25T09:00:00+08:00', true],
    ['Wednesday 17:59', '2026-11-25T17:59:00+08:00', true],
    ['Wednesday 18:00, closing', '2026-11-25T18:00:00+08:00', false],
    ['Saturday 15:00', '2026-11-28T15:00:00+08:00', true],
    ['Saturday 16:30', '2026-11-28T16:30:00+08:00', false],
    ['Sunday noon', '2026-11-29T12:00:00+08:00', false],
    ['国庆 holiday, a Thursday', '2026-10-01T12:00:00+08:00', false],
    ['make-up Sunday', '2026-09-27T12:00:00+08:00', true],
    ['make-up Saturday 16:30, on full hours', '2026-10-10T16:30:00+08:00', true],
  ])('Shanghai, %s → %s', (_case, moment, open) => {
    expect(isOpenAt(at(moment), shanghai)).toBe(open);
  });

  it.each([
    ['Monday 08:30 CET (07:30Z), before the change', '2026-03-23T07:30:00Z', false],
    ['Monday 09:30 CEST (07:30Z), after the change', '2026-03-30T07:30:00Z', true],
    ['Monday 17:30 CEST (15:30Z)', '2026-03-30T15:30:00Z', true],
    ['Monday 18:30 CEST (16:30Z)', '2026-03-30T16:30:00Z', false],
    ['Monday 17:30 CET (16:30Z), after the change back', '2026-10-26T16:30:00Z', true],
  ])('Berlin, %s → %s', (_case, moment, open) => {
    expect(isOpenAt(at(moment), berlin)).toBe(open);
  });
});

describe('addBusinessMinutes and promisedTime', () => {
  it.each([
    ['intake mid-day, 4 hours', '2026-11-25T10:00:00+08:00', 4, '2026-11-25T14:00:00+08:00'],
    [
      'intake at 17:00, 1 hour: done at closing, not tomorrow',
      '2026-11-25T17:00:00+08:00',
      1,
      '2026-11-25T18:00:00+08:00',
    ],
    ['intake at 17:00, 2 hours: one today, one tomorrow', '2026-11-25T17:00:00+08:00', 2, '2026-11-26T10:00:00+08:00'],
    ['intake after closing starts next morning', '2026-11-25T19:30:00+08:00', 2, '2026-11-26T11:00:00+08:00'],
    ['intake before opening starts at opening', '2026-11-25T07:00:00+08:00', 1, '2026-11-25T10:00:00+08:00'],
    ['Friday evening over Saturday and Sunday', '2026-11-27T17:00:00+08:00', 8, '2026-11-30T10:00:00+08:00'],
    ['Saturday afternoon to Monday', '2026-11-28T15:00:00+08:00', 2, '2026-11-30T10:00:00+08:00'],
    ['target 0 in open time: now', '2026-11-25T10:15:00+08:00', 0, '2026-11-25T10:15:00+08:00'],
    ['target 0 on a Sunday: Monday opening', '2026-11-29T12:00:00+08:00', 0, '2026-11-30T09:00:00+08:00'],
    ['1.5 hours', '2026-11-25T10:00:00+08:00', 1.5, '2026-11-25T11:30:00+08:00'],
    ['the eve of 国庆 over the whole holiday', '2026-09-30T16:00:00+08:00', 4, '2026-10-08T11:00:00+08:00'],
    ['Saturday into the make-up Sunday', '2026-09-26T15:00:00+08:00', 3, '2026-09-27T11:00:00+08:00'],
    ['into the make-up Saturday, on full hours', '2026-10-09T17:00:00+08:00', 9, '2026-10-10T17:00:00+08:00'],
    // 51 open hours a week: 100 = 51 + 45 + 4 on the second Saturday.
    ['100 hours from a Monday morning', '2026-11-23T09:00:00+08:00', 100, '2026-12-05T14:00:00+08:00'],
    // 500 = 9 weeks of 51 + Monday to Thursday (36) + 5 on Friday.
    ['500 hours, over New Year', '2026-11-23T09:00:00+08:00', 500, '2027-01-29T14:00:00+08:00'],
  ])('Shanghai, %s', (_case, intake, hours, promised) => {
    expect(promisedTime(at(intake), hours, shanghai)).toEqual(at(promised));
  });

  it.each([
    // Friday 17:00 CET is 16:00Z; Monday 10:00 is CEST, 08:00Z — not 09:00Z as a fixed +1 would give.
    ['Friday evening to Monday over the spring change', '2026-03-27T16:00:00Z', 2, '2026-03-30T08:00:00Z'],
    ['Friday evening to Monday over the autumn change', '2026-10-23T15:00:00Z', 2, '2026-10-26T09:00:00Z'],
    ['a whole working week across the spring change', '2026-03-27T08:00:00Z', 45, '2026-04-02T16:00:00Z'],
  ])('Berlin, %s', (_case, intake, hours, promised) => {
    expect(promisedTime(at(intake), hours, berlin)).toEqual(at(promised));
  });

  it('refuses a negative target', () => {
    expect(() => addBusinessMinutes(at('2026-11-25T10:00:00+08:00'), -1, shanghai)).toThrow(RangeError);
  });

  it(`gives up rather than hang when the shop stays shut for more than ${MAX_CLOSED_DAYS} days`, () => {
    const start = '2026-11-25';
    const shut = Array.from({ length: MAX_CLOSED_DAYS + 1 }, (_, day) => addDaysToDate(start, day));
    expect(() => addBusinessMinutes(at(`${start}T10:00:00+08:00`), 60, { ...shanghai, holidays: shut })).toThrow(
      RangeError,
    );
    const nearlyAsLong = { ...shanghai, holidays: shut.slice(0, MAX_CLOSED_DAYS - 10), extraWorkdays: [] };
    expect(addBusinessMinutes(at(`${start}T10:00:00+08:00`), 60, nearlyAsLong)).toEqual(
      at('2027-12-20T10:00:00+08:00'),
    );
  });

  it.each([
    ['an unknown time zone', { ...shanghai, timeZone: 'Asia/Atlantis' }],
    ['no open day', { ...shanghai, weekly: [null, null, null, null, null, null, null] }],
  ])('refuses hours with %s', (_case, hours) => {
    expect(() => addBusinessMinutes(at('2026-11-25T10:00:00+08:00'), 60, hours)).toThrow(RangeError);
    expect(() => isOpenAt(at('2026-11-25T10:00:00+08:00'), hours)).toThrow(RangeError);
  });
});

describe('businessMinutesBetween', () => {
  it.each([
    ['within a morning', '2026-11-25T10:00:00+08:00', '2026-11-25T12:30:00+08:00', 150],
    ['end before start', '2026-11-25T12:30:00+08:00', '2026-11-25T10:00:00+08:00', 0],
    ['a closed Sunday', '2026-11-29T08:00:00+08:00', '2026-11-29T20:00:00+08:00', 0],
    ['overnight', '2026-11-25T17:00:00+08:00', '2026-11-26T10:00:00+08:00', 120],
    ['from before opening to after closing', '2026-11-25T06:00:00+08:00', '2026-11-25T23:00:00+08:00', 540],
    ['over the 国庆 holiday', '2026-09-30T17:00:00+08:00', '2026-10-08T10:00:00+08:00', 120],
    ['part of a minute is not a minute', '2026-11-25T10:00:00+08:00', '2026-11-25T10:00:59+08:00', 0],
  ])('Shanghai, %s → %i', (_case, start, end, minutes) => {
    expect(businessMinutesBetween(at(start), at(end), shanghai)).toBe(minutes);
  });

  it('Berlin, Friday evening to Monday morning over the spring change: 2 hours', () => {
    expect(businessMinutesBetween(at('2026-03-27T16:00:00Z'), at('2026-03-30T08:00:00Z'), berlin)).toBe(120);
  });

  const moments = fc
    .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
    .map((moment) => new Date(Math.floor(moment.getTime() / 1000) * 1000));

  it.each([
    ['Shanghai', shanghai],
    ['Berlin', berlin],
  ])('%s: counting back the minutes added gives the same minutes', (_zone, hours) => {
    fc.assert(
      fc.property(moments, fc.integer({ min: 0, max: 6_000 }), fc.boolean(), (moment, minutes, fromOpening) => {
        // Either from open time (the next opening from a random moment) or straight from a random moment.
        const start = fromOpening ? addBusinessMinutes(moment, 0, hours) : moment;
        if (fromOpening) expect(isOpenAt(start, hours)).toBe(true);
        const end = addBusinessMinutes(start, minutes, hours);
        expect(businessMinutesBetween(start, end, hours)).toBe(minutes);
        expect(addBusinessMinutes(start, minutes + 1, hours).getTime()).toBeGreaterThan(end.getTime());
      }),
      { numRuns: 60 },
    );
  });
});

describe('businessHoursProblems', () => {
  it.each([
    ['sound hours', shanghai, []],
    [
      'a time zone that does not exist',
      { ...shanghai, timeZone: 'Asia/Atlantis' },
      [{ key: 'businessHours.problem.timeZone', field: 'timeZone', params: { timeZone: 'Asia/Atlantis' } }],
    ],
    [
      'six days',
      { ...shanghai, weekly: shanghai.weekly.slice(0, 6) },
      [{ key: 'businessHours.problem.weekLength', field: 'weekly' }],
    ],
    [
      'a time that is not HH:mm',
      {
        ...shanghai,
        weekly: shanghai.weekly.map((day, weekday) => (weekday === 2 ? { open: '9:00', close: '18:00' } : day)),
      },
      [{ key: 'businessHours.problem.time', field: 'weekly', weekday: 2 }],
    ],
    [
      '24:00',
      { ...shanghai, makeUpHours: { open: '09:00', close: '24:00' } },
      [{ key: 'businessHours.problem.time', field: 'makeUpHours' }],
    ],
    [
      'closing before opening',
      {
        ...shanghai,
        weekly: shanghai.weekly.map((day, weekday) => (weekday === 6 ? { open: '16:00', close: '10:00' } : day)),
      },
      [{ key: 'businessHours.problem.closeBeforeOpen', field: 'weekly', weekday: 6 }],
    ],
    [
      'closing at opening',
      { ...shanghai, makeUpHours: { open: '09:00', close: '09:00' } },
      [{ key: 'businessHours.problem.closeBeforeOpen', field: 'makeUpHours' }],
    ],
    [
      'never open',
      { ...shanghai, weekly: [null, null, null, null, null, null, null] },
      [{ key: 'businessHours.problem.neverOpen', field: 'weekly' }],
    ],
    [
      'an impossible holiday',
      { ...shanghai, holidays: ['2026-02-30'] },
      [{ key: 'businessHours.problem.date', field: 'holidays', params: { date: '2026-02-30' } }],
    ],
    [
      'a make-up day written wrong',
      { ...shanghai, extraWorkdays: ['2026/09/27'] },
      [{ key: 'businessHours.problem.date', field: 'extraWorkdays', params: { date: '2026/09/27' } }],
    ],
    [
      'a day both off and on',
      { ...shanghai, extraWorkdays: ['2026-10-07'] },
      [{ key: 'businessHours.problem.holidayAndWorkday', field: 'extraWorkdays', params: { date: '2026-10-07' } }],
    ],
  ])('%s', (_case, hours, problems) => {
    expect(businessHoursProblems(hours)).toEqual(problems);
    for (const problem of businessHoursProblems(hours)) expect(businessHoursProblemKeys).toContain(problem.key);
  });
});

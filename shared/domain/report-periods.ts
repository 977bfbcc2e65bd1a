import {
  addDaysToDate,
  addMonthsToDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  localDate,
  localDayStart,
  type IsoDate,
} from './calendar';
import type { KpiPeriod } from './kpis';

/**
 * The days a report covers, by the shop's calendar: a first and a last date (both included), the
 * shortcuts people ask for at the end of a day, and the period before it to compare against.
 */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** The longest range one report covers: a year and a day (a leap year's 366 days with its start again). */
export const MAX_REPORT_DAYS = 367;

export const rangeShortcuts = ['today', 'yesterday', 'this-week', 'last-week', 'this-month', 'last-month'] as const;
export type RangeShortcut = (typeof rangeShortcuts)[number];

/** The range a shortcut names on the shop's date `today`; weeks run Monday to Sunday, as Chinese calendars print them. */
export function shortcutRange(shortcut: RangeShortcut, today: IsoDate): DateRange {
  const monday = addDaysToDate(today, -((dayOfWeek(today) + 6) % 7));
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (shortcut) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const yesterday = addDaysToDate(today, -1);
      return { from: yesterday, to: yesterday };
    }
    case 'this-week':
      return { from: monday, to: today };
    case 'last-week':
      return { from: addDaysToDate(monday, -7), to: addDaysToDate(monday, -1) };
    case 'this-month':
      return { from: firstOfMonth, to: today };
    case 'last-month':
      return { from: addMonthsToDate(firstOfMonth, -1), to: addDaysToDate(firstOfMonth, -1) };
  }
}

/** The shop's today at `now`. */
export function shopToday(now: Date, timeZone: string): IsoDate {
  return localDate(now, timeZone);
}

export type RangeProblem =
  | { key: 'validation.range.invalidDate'; field: 'from' | 'to' }
  | { key: 'validation.range.backwards' }
  | { key: 'validation.range.tooLong'; max: number };

/** What is wrong with a range as typed: a date that is not one, the end before the start, longer than a report covers. */
export function rangeProblems(range: { from: string; to: string }): RangeProblem[] {
  const problems: RangeProblem[] = [];
  if (!isIsoDate(range.from)) problems.push({ key: 'validation.range.invalidDate', field: 'from' });
  if (!isIsoDate(range.to)) problems.push({ key: 'validation.range.invalidDate', field: 'to' });
  if (problems.length > 0) return problems;
  if (compareDates(range.from, range.to) > 0) return [{ key: 'validation.range.backwards' }];
  if (rangeLength(range) > MAX_REPORT_DAYS) return [{ key: 'validation.range.tooLong', max: MAX_REPORT_DAYS }];
  return [];
}

/** How many days the range covers, both ends included. */
export function rangeLength(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1;
}

/**
 * The period to compare a range against: a whole calendar month against the month before, any
 * other range against as many days just before it (a week against the week before).
 */
export function previousRange(range: DateRange): DateRange {
  const wholeMonth =
    range.from.endsWith('-01') && compareDates(addDaysToDate(addMonthsToDate(range.from, 1), -1), range.to) === 0;
  if (wholeMonth) {
    const from = addMonthsToDate(range.from, -1);
    return { from, to: addDaysToDate(range.from, -1) };
  }
  const length = rangeLength(range);
  return { from: addDaysToDate(range.from, -length), to: addDaysToDate(range.from, -1) };
}

/** The moments a range covers in the shop's zone: from the start of its first day to the start of the day after its last. */
export function rangePeriod(range: DateRange, timeZone: string): KpiPeriod {
  return { from: localDayStart(range.from, timeZone), to: localDayStart(addDaysToDate(range.to, 1), timeZone) };
}

/** Each date of the range, in order (for figures per day). */
export function datesOf(range: DateRange): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = range.from; compareDates(date, range.to) <= 0; date = addDaysToDate(date, 1)) dates.push(date);
  return dates;
}

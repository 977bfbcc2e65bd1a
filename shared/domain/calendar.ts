import { tz, TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, getDay, parseISO } from 'date-fns';

/** A calendar date without a time or a zone, `YYYY-MM-DD`: a purchase date, a shop-local day. */
export type IsoDate = string;

/**
 * Pure dates are computed in UTC: a calendar date has no zone, and UTC has no daylight
 * saving, so a day is never 23 or 25 hours long and the host's own zone never leaks in.
 */
const calendarZone = tz('UTC');

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/u;

function formatIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** The date as a midnight in the calendar zone; a RangeError for anything but a real `YYYY-MM-DD`. */
function toCalendarDate(date: IsoDate): TZDate {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parseISO(date, { in: calendarZone });
}

/** The calendar date in the shop's time zone at that moment: 2026-11-25T17:00Z is 2026-11-26 in Asia/Shanghai. */
export function localDate(at: Date, timeZone: string): IsoDate {
  const local = new TZDate(at.getTime(), timeZone);
  // TZDate gives an invalid date for an unknown zone rather than throwing: say so here, not as "NaN-NaN-NaN".
  if (Number.isNaN(local.getFullYear())) throw new RangeError(`Unknown time zone or invalid moment: ${timeZone}`);
  return formatIsoDate(local);
}

/** True for a real calendar date written `YYYY-MM-DD` (`2026-02-28`), false for `2026-02-30` or `2026-2-8`. */
export function isIsoDate(text: string): boolean {
  if (!isoDatePattern.test(text)) return false;
  const parsed = parseISO(text, { in: calendarZone });
  // Round-tripping rejects dates the parser would otherwise roll over into the next month.
  return !Number.isNaN(parsed.getTime()) && formatIsoDate(parsed) === text;
}

/**
 * The same day `months` later (or earlier, when negative). A day the target month lacks is
 * clamped to its last day: 2026-01-31 + 1 → 2026-02-28, 2024-02-29 + 12 → 2025-02-28.
 */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number: ${months}`);
  return formatIsoDate(addMonths(toCalendarDate(date), months));
}

/** The date `days` later (or earlier, when negative). */
export function addDaysToDate(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
  return formatIsoDate(addDays(toCalendarDate(date), days));
}

/** For sorting: negative when `a` is earlier, positive when later, 0 on the same day. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  toCalendarDate(a);
  toCalendarDate(b);
  // Zero-padded `YYYY-MM-DD` sorts as text in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The weekday of a date: 0 = Sunday … 6 = Saturday (the index `BusinessHours.weekly` uses). */
export function dayOfWeek(date: IsoDate): number {
  return getDay(toCalendarDate(date));
}

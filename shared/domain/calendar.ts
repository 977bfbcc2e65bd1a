import { TZDate } from '@date-fns/tz';
/** A calendar date without a time or a zone, `YYYY-MM-DD`: a purchase date, a shop-local day. */
export type IsoDate = string;

/*
 * Calendar dates are plain arithmetic on UTC midnights: a calendar date has no zone, UTC has no
 * daylight saving, so a day is never 23 or 25 hours long and the host's own zone never leaks in.
 * (These run for every ticket saved and every key typed in an intake: a microsecond each, where
 * general-purpose zone-aware date libraries take a hundred times longer.)
 */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/u;

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

function fromUtcMidnight(time: number): IsoDate {
  const date = new Date(time);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Year, month (1–12) and day of a real `YYYY-MM-DD`, or undefined. */
function parts(text: string): { year: number; month: number; day: number } | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Years before 1000 are typing slips here (and Date.UTC reads 0–99 as 1900–1999).
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date's parts; a RangeError for anything but a real `YYYY-MM-DD`. */
function toParts(date: IsoDate): { year: number; month: number; day: number } {
  const found = parts(date);
  if (!found) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return found;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone, reused: building one is the slow part. */
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw new RangeError(`Unknown time zone: ${timeZone}`);
    }
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function formattedParts(at: Date, timeZone: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(at)) found[part.type] = part.value;
  return found;
}

const QUARTER_HOUR_MS = 900_000;
const wallOffsets = new Map<string, number | null>();

/**
 * What to add to a moment to read the zone's wall clock off it as UTC, the same for every moment
 * of a quarter hour: every zone's offset is whole quarter hours and changes on one, so a month's
 * export asks Intl some three thousand times rather than once for each of its 100k times. Null
 * where that does not hold (an old local mean time, a year before 1000): asked each time.
 */
function wallOffset(ms: number, timeZone: string): number | null {
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  const key = `${timeZone} ${bucket}`;
  const known = wallOffsets.get(key);
  if (known !== undefined) return known;
  const start = bucket * QUARTER_HOUR_MS;
  const found = formattedParts(new Date(start), timeZone);
  const year = Number(found.year);
  const wall = Date.UTC(year, Number(found.month) - 1, Number(found.day), Number(found.hour), Number(found.minute));
  const offset = year >= 1000 && (wall - start) % QUARTER_HOUR_MS === 0 ? wall - start : null;
  if (wallOffsets.size >= 100_000) wallOffsets.clear();
  wallOffsets.set(key, offset);
  return offset;
}

const two = (value: number) => String(value).padStart(2, '0');

function zoneParts(at: Date, timeZone: string): Record<string, string> {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid moment');
  const offset = wallOffset(ms, timeZone);
  if (offset === null) return formattedParts(at, timeZone);
  const wall = new Date(ms + offset);
  return {
    year: String(wall.getUTCFullYear()),
    month: two(wall.getUTCMonth() + 1),
    day: two(wall.getUTCDate()),
    hour: two(wall.getUTCHours()),
    minute: two(wall.getUTCMinutes()),
  };
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's date alone, which en-CA writes `2026-11-26`: formatting it whole is several times
 * quicker than taking it apart, and lists and reports ask for thousands of dates at a time.
 */
function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    zoneFormatter(timeZone); // the zone checked, as everywhere else
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date in the shop's time zone at that moment: 2026-11-25T17:00Z is 2026-11-26 in Asia/Shanghai. */
export function localDate(at: Date, timeZone: string): IsoDate {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid moment');
  const written = dateFormatter(timeZone).format(at);
  if (/^\d{4}-\d{2}-\d{2}$/u.test(written)) return written;
  // A year before 1000 is written short; taken apart and padded.
  const found = zoneParts(at, timeZone);
  return `${pad(Number(found.year), 4)}-${found.month}-${found.day}`;
}

/** The moment a day begins in the shop's zone: 2026-11-26 starts at 2026-11-25T16:00Z in Asia/Shanghai. */
export function localDayStart(date: IsoDate, timeZone: string): Date {
  const { year, month, day } = toParts(date);
  return new Date(new TZDate(year, month - 1, day, 0, 0, timeZone).getTime());
}

/** Date and time on the shop's wall clock, as printed on documents: `2026-11-26 01:00`. */
export function localDateTime(at: Date, timeZone: string): string {
  const found = zoneParts(at, timeZone);
  return `${pad(Number(found.year), 4)}-${found.month}-${found.day} ${found.hour}:${found.minute}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (`2026-02-28`), false for `2026-02-30` or `2026-2-8`. */
export function isIsoDate(text: string): boolean {
  return parts(text) !== undefined;
}

/**
 * The same day `months` later (or earlier, when negative). A day the target month lacks is
 * clamped to its last day: 2026-01-31 + 1 → 2026-02-28, 2024-02-29 + 12 → 2025-02-28.
 */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number: ${months}`);
  const { year, month, day } = toParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return fromUtcMidnight(Date.UTC(targetYear, targetMonth - 1, Math.min(day, daysInMonth(targetYear, targetMonth))));
}

/** The date `days` later (or earlier, when negative). */
export function addDaysToDate(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
  const { year, month, day } = toParts(date);
  return fromUtcMidnight(Date.UTC(year, month - 1, day + days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = toParts(from);
  const b = toParts(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** For sorting: negative when `a` is earlier, positive when later, 0 on the same day. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  toParts(a);
  toParts(b);
  // Zero-padded `YYYY-MM-DD` sorts as text in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The weekday of a date: 0 = Sunday … 6 = Saturday (the index `BusinessHours.weekly` uses). */
export function dayOfWeek(date: IsoDate): number {
  const { year, month, day } = toParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

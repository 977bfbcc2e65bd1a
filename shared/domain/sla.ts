import { TZDate } from '@date-fns/tz';
import { addDaysToDate, compareDates, dayOfWeek, isIsoDate, localDate, type IsoDate } from './calendar';

/** How soon a ticket must be done: 常规 / 加急 / 特急. */
export const priorities = ['normal', 'urgent', 'critical'] as const;
export type Priority = (typeof priorities)[number];

/** Opening and closing on one day, `HH:mm` 24-hour wall-clock time in the shop's zone. */
export interface OpenHours {
  open: string;
  close: string;
}

/** When the shop is open: the clock the SLA runs on. */
export interface BusinessHours {
  /** IANA, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Index 0 = Sunday … 6 = Saturday; null = closed all day. Close is after open. */
  weekly: readonly (OpenHours | null)[];
  /** Closed on these dates. */
  holidays: readonly IsoDate[];
  /**
   * 调休: dates that are working days although their weekday is normally closed; they use
   * `makeUpHours`. A date whose weekday is open also takes `makeUpHours` that day (a Saturday
   * made a full working day).
   */
  extraWorkdays: readonly IsoDate[];
  makeUpHours: OpenHours;
}

/**
 * The message keys business-hours problems carry, and their params:
 * - `timeZone`: `timeZone` — not a time zone this system knows.
 * - `weekLength`: none — `weekly` must list 7 days.
 * - `time`, `closeBeforeOpen`: none — on a weekday (`weekday`) or the make-up hours.
 * - `neverOpen`: none — no weekday is open.
 * - `date`: `date` — a holiday or make-up workday that is not a real `YYYY-MM-DD` date.
 * - `holidayAndWorkday`: `date` — listed both as a holiday and as a make-up workday.
 */
export const businessHoursProblemKeys = [
  'businessHours.problem.timeZone',
  'businessHours.problem.weekLength',
  'businessHours.problem.time',
  'businessHours.problem.closeBeforeOpen',
  'businessHours.problem.neverOpen',
  'businessHours.problem.date',
  'businessHours.problem.holidayAndWorkday',
] as const;
export type BusinessHoursProblemKey = (typeof businessHoursProblemKeys)[number];

/** Something wrong with business hours, with the setting it belongs to so the form can show it there. */
export interface BusinessHoursProblem {
  key: BusinessHoursProblemKey;
  field: 'timeZone' | 'weekly' | 'holidays' | 'extraWorkdays' | 'makeUpHours';
  /** For `weekly`: which day (0 = Sunday). */
  weekday?: number;
  params?: Record<string, string | number>;
}

/**
 * Longest run of closed days searched for the next opening. A shop is not shut for more than a
 * year; past that the settings are wrong and looping on would hang the counter.
 */
export const MAX_CLOSED_DAYS = 400;

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/u;
const MINUTE_MS = 60_000;

/** Minutes after midnight for `HH:mm`, or null if it is not a valid time. */
function minuteOfDay(time: string): number | null {
  const match = timePattern.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function openHoursProblems(
  hours: OpenHours,
  where: Pick<BusinessHoursProblem, 'field' | 'weekday'>,
): BusinessHoursProblem[] {
  const open = minuteOfDay(hours.open);
  const close = minuteOfDay(hours.close);
  if (open === null || close === null) return [{ key: 'businessHours.problem.time', ...where }];
  if (close <= open) return [{ key: 'businessHours.problem.closeBeforeOpen', ...where }];
  return [];
}

/** What is wrong with business hours as a manager entered them; the SLA clock refuses hours with any problem. */
export function businessHoursProblems(hours: BusinessHours): BusinessHoursProblem[] {
  const problems: BusinessHoursProblem[] = [];
  if (!isKnownTimeZone(hours.timeZone)) {
    problems.push({ key: 'businessHours.problem.timeZone', field: 'timeZone', params: { timeZone: hours.timeZone } });
  }
  if (hours.weekly.length !== 7) problems.push({ key: 'businessHours.problem.weekLength', field: 'weekly' });
  hours.weekly.forEach((day, weekday) => {
    if (day) problems.push(...openHoursProblems(day, { field: 'weekly', weekday }));
  });
  if (hours.weekly.every((day) => day === null))
    problems.push({ key: 'businessHours.problem.neverOpen', field: 'weekly' });
  problems.push(...openHoursProblems(hours.makeUpHours, { field: 'makeUpHours' }));

  for (const date of hours.holidays) {
    if (!isIsoDate(date)) problems.push({ key: 'businessHours.problem.date', field: 'holidays', params: { date } });
  }
  const holidays = new Set(hours.holidays);
  for (const date of hours.extraWorkdays) {
    if (!isIsoDate(date)) {
      problems.push({ key: 'businessHours.problem.date', field: 'extraWorkdays', params: { date } });
    } else if (holidays.has(date)) {
      problems.push({ key: 'businessHours.problem.holidayAndWorkday', field: 'extraWorkdays', params: { date } });
    }
  }
  return problems;
}

interface DayMinutes {
  open: number;
  close: number;
}

/** Business hours checked and in a form the clock can read quickly. */
interface ShopClock {
  timeZone: string;
  weekly: (DayMinutes | null)[];
  holidays: ReadonlySet<IsoDate>;
  extraWorkdays: ReadonlySet<IsoDate>;
  makeUpHours: DayMinutes;
  /** Each date's opening, once worked out: turning a wall-clock time into an instant is the slow part. */
  openings: Map<IsoDate, { opensAt: number; closesAt: number } | null>;
}

/** A ticket list works out "time left" for every row from the same settings object: check it once. */
const clocks = new WeakMap<BusinessHours, ShopClock>();

function toDayMinutes(hours: OpenHours): DayMinutes {
  return { open: minuteOfDay(hours.open) ?? 0, close: minuteOfDay(hours.close) ?? 0 };
}

function shopClock(hours: BusinessHours): ShopClock {
  const cached = clocks.get(hours);
  if (cached) return cached;
  const problems = businessHoursProblems(hours);
  if (problems.length > 0) {
    throw new RangeError(`Unusable business hours: ${problems.map((problem) => problem.key).join(', ')}`);
  }
  const clock: ShopClock = {
    timeZone: hours.timeZone,
    weekly: hours.weekly.map((day) => (day ? toDayMinutes(day) : null)),
    holidays: new Set(hours.holidays),
    extraWorkdays: new Set(hours.extraWorkdays),
    makeUpHours: toDayMinutes(hours.makeUpHours),
    openings: new Map(),
  };
  clocks.set(hours, clock);
  return clock;
}

/** The wall-clock time on that date in the shop's zone, as epoch milliseconds. */
function wallClock(date: IsoDate, minute: number, timeZone: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new TZDate(year, month - 1, day, Math.floor(minute / 60), minute % 60, timeZone).getTime();
}

/**
 * When the shop opens and closes on that date, or null if it is closed. The times are wall-clock
 * times, so 09:00 is 09:00 on both sides of a daylight-saving change.
 */
function openingOn(date: IsoDate, clock: ShopClock): { opensAt: number; closesAt: number } | null {
  const known = clock.openings.get(date);
  if (known !== undefined) return known;
  const day = clock.holidays.has(date)
    ? null
    : clock.extraWorkdays.has(date)
      ? clock.makeUpHours
      : clock.weekly[dayOfWeek(date)];
  const opening = day
    ? { opensAt: wallClock(date, day.open, clock.timeZone), closesAt: wallClock(date, day.close, clock.timeZone) }
    : null;
  // A bound on what one settings object keeps: some years of dates.
  if (clock.openings.size > 20_000) clock.openings.clear();
  clock.openings.set(date, opening);
  return opening;
}

/** When the shop closes on that date (its own hours, a holiday's none, a make-up day's), or null if it does not open. */
export function closingOn(date: IsoDate, hours: BusinessHours): Date | null {
  const opening = openingOn(date, shopClock(hours));
  return opening ? new Date(opening.closesAt) : null;
}

/** Whether the shop is open at that moment (from opening, until but not at closing). */
export function isOpenAt(at: Date, hours: BusinessHours): boolean {
  const clock = shopClock(hours);
  const opening = openingOn(localDate(at, clock.timeZone), clock);
  const time = at.getTime();
  return opening !== null && opening.opensAt <= time && time < opening.closesAt;
}

/**
 * The moment `businessMinutes` of open time after `start` have passed: time before opening,
 * after closing, on closed weekdays and holidays does not count. An intake after hours starts
 * counting at the next opening; work that fills the day to closing ends at closing, not the next
 * morning. Throws a RangeError if the hours have problems, or if the shop stays closed for more
 * than `MAX_CLOSED_DAYS` days in a row (holidays covering a whole year).
 */
export function addBusinessMinutes(start: Date, businessMinutes: number, hours: BusinessHours): Date {
  if (!Number.isFinite(businessMinutes) || businessMinutes < 0) {
    throw new RangeError(`Business minutes must be 0 or more: ${businessMinutes}`);
  }
  const clock = shopClock(hours);
  let remaining = businessMinutes * MINUTE_MS;
  let cursor = start.getTime();
  let date = localDate(start, clock.timeZone);
  let closedDays = 0;
  for (;;) {
    const opening = openingOn(date, clock);
    if (opening !== null && opening.closesAt > cursor) {
      closedDays = 0;
      const from = Math.max(cursor, opening.opensAt);
      // Never negative, even for hours inside a daylight-saving gap.
      const available = Math.max(0, opening.closesAt - from);
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
      cursor = opening.closesAt;
    } else {
      closedDays += 1;
      if (closedDays > MAX_CLOSED_DAYS)
        throw new RangeError(`The shop does not open within ${MAX_CLOSED_DAYS} days of ${date}`);
    }
    date = addDaysToDate(date, 1);
  }
}

/**
 * When the business day of `at` ends: the closing time of the day on which the first open moment
 * at or after `at` falls (a ticket entering QC after hours is due at the next day's closing).
 */
export function closingOfBusinessDay(at: Date, hours: BusinessHours): Date {
  const clock = shopClock(hours);
  const start = addBusinessMinutes(at, 0, hours);
  const opening = openingOn(localDate(start, clock.timeZone), clock);
  return opening && opening.closesAt > start.getTime() ? new Date(opening.closesAt) : start;
}

/** Open minutes between two moments, in whole minutes rounded down (0 if end ≤ start): for "time left" and "overdue by". */
export function businessMinutesBetween(start: Date, end: Date, hours: BusinessHours): number {
  const clock = shopClock(hours);
  const from = start.getTime();
  const to = end.getTime();
  if (to <= from) return 0;
  let open = 0;
  const lastDate = localDate(end, clock.timeZone);
  for (let date = localDate(start, clock.timeZone); compareDates(date, lastDate) <= 0; date = addDaysToDate(date, 1)) {
    const opening = openingOn(date, clock);
    if (opening) open += Math.max(0, Math.min(opening.closesAt, to) - Math.max(opening.opensAt, from));
  }
  return Math.floor(open / MINUTE_MS);
}

/** When a ticket taken in at `intakeAt` is promised: `targetBusinessHours` of open time later. */
export function promisedTime(intakeAt: Date, targetBusinessHours: number, hours: BusinessHours): Date {
  return addBusinessMinutes(intakeAt, targetBusinessHours * 60, hours);
}

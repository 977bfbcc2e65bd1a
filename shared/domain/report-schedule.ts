import { addDaysToDate, compareDates, localDate, localDayStart, type IsoDate } from './calendar';
import { closingOn, type BusinessHours } from './sla';

/*
 * The scheduled export of the daily log: each day's log written to a folder once the shop has
 * closed that day (a day it does not open, at the day's end). A day missed because FrontDesk was
 * not running is written when it next runs, as far back as the schedule has been on and at most
 * `MAX_CATCH_UP_DAYS` days.
 */

/** How far back a late start still writes the days it missed. */
export const MAX_CATCH_UP_DAYS = 31;

/** When a day's log is due: at closing, or at the end of a day the shop does not open. */
export function dayLogDueAt(date: IsoDate, hours: BusinessHours): Date {
  return closingOn(date, hours) ?? localDayStart(addDaysToDate(date, 1), hours.timeZone);
}

/**
 * The days whose log is due by `now` and not yet written, oldest first: from the day the schedule
 * was switched on (or `MAX_CATCH_UP_DAYS` back, whichever is later) up to today.
 */
export function daysToWrite(input: {
  now: Date;
  hours: BusinessHours;
  since: IsoDate;
  written: ReadonlySet<IsoDate>;
}): IsoDate[] {
  const today = localDate(input.now, input.hours.timeZone);
  const earliest = addDaysToDate(today, -MAX_CATCH_UP_DAYS);
  const days: IsoDate[] = [];
  for (
    let day = compareDates(input.since, earliest) > 0 ? input.since : earliest;
    compareDates(day, today) <= 0;
    day = addDaysToDate(day, 1)
  ) {
    if (!input.written.has(day) && dayLogDueAt(day, input.hours).getTime() <= input.now.getTime()) days.push(day);
  }
  return days;
}

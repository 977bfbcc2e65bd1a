import { addDaysToDate, daysBetween, localDate, localDayStart, type IsoDate } from './calendar';
import type { ServiceType } from './service-types';
import { classifyCustomerQuery } from './customer-search';
import { normalizeText } from './text';
import type { TicketState } from './ticket-states';
import { repairWarrantyLastDay } from './warranty';

/** The rules of handing a device back (取机, 验收): who may collect it, which discounts need a manager, the warranty. */

/**
 * A lost receipt: the person collecting names the customer and the last four digits of their
 * phone. Names are compared as people type them (full-width, spaces and case folded).
 */
export function identityMatches(
  customer: { name: string; phoneDigits: string },
  claimed: { name: string; phoneLast4: string },
): { name: boolean; phone: boolean } {
  const fold = (text: string) => normalizeText(text).replace(/\s/gu, '');
  return {
    name: fold(customer.name) === fold(claimed.name),
    phone: customer.phoneDigits.length >= 4 && customer.phoneDigits.slice(-4) === claimed.phoneLast4.normalize('NFKC'),
  };
}

/**
 * A discount at pickup needs a manager when it is above the counter's limit and above the
 * discount the customer was already given (at intake): keeping or lowering that one needs no one.
 */
export function discountNeedsApproval(discountFen: number, options: { agreedFen: number; limitFen: number }): boolean {
  return discountFen > Math.max(options.limitFen, options.agreedFen);
}

/** Our repair warranty goes with a repair handed back repaired, when the shop gives one. */
export function carriesRepairWarranty(
  ticket: { serviceType: ServiceType; state: TicketState },
  repairWarrantyDays: number,
): boolean {
  return ticket.serviceType === 'repair' && ticket.state === 'ready' && repairWarrantyDays > 0;
}

/** The warranty's last day: so many days with the pickup day as the first, in the shop's own calendar. */
export function repairWarrantyEnd(pickedUpAt: Date, repairWarrantyDays: number, timeZone: string): IsoDate {
  return repairWarrantyLastDay(localDate(pickedUpAt, timeZone), repairWarrantyDays);
}

/** Whole days a device has waited on the shelf, by the shop's calendar (put there today: 0). */
export function daysOnShelf(shelvedAt: Date, now: Date, timeZone: string): number {
  return shelfDayCounter(now, timeZone)(shelvedAt);
}

/** `daysOnShelf` for many devices at one moment: today's date is read once. */
export function shelfDayCounter(now: Date, timeZone: string): (shelvedAt: Date) => number {
  const today = localDate(now, timeZone);
  return (shelvedAt) => Math.max(0, daysBetween(localDate(shelvedAt, timeZone), today));
}

/**
 * Shelved before this moment is past the unclaimed period (`daysOnShelf` at least so many): the
 * start of the shop's day after the one that many days back.
 */
export function unclaimedBefore(now: Date, abandonAfterDays: number, timeZone: string): Date {
  return localDayStart(addDaysToDate(localDate(now, timeZone), 1 - abandonAfterDays), timeZone);
}

/** After a week on the shelf, a message to the customer is a reminder rather than news that it is ready. */
export const REMINDER_AFTER_DAYS = 7;

/** What was typed to find a device on the shelf: the digits of its number or the customer's phone, or a name. */
export type ShelfFind = { kind: 'everything' } | { kind: 'digits'; digits: string } | { kind: 'name'; text: string };

/**
 * Reads the pickup's find box as the greet box reads it: digits (with spaces, dashes, a `+86`)
 * look in ticket numbers and phones, anything else in customers' names, folded as they are stored.
 */
export function readShelfFind(typed: string): ShelfFind {
  const query = classifyCustomerQuery(typed);
  switch (query.kind) {
    case 'empty':
      return { kind: 'everything' };
    case 'text':
      return { kind: 'name', text: query.text.replace(/\s/gu, '') };
    default:
      return { kind: 'digits', digits: query.digits };
  }
}

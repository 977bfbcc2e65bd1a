import { assertNever } from './assert-never';
import { addDaysToDate, addMonthsToDate, compareDates, daysBetween, isIsoDate, type IsoDate } from './calendar';

/**
 * Who pays for a repair: `maker` the manufacturer's warranty (三包 / 保修期), `repair` our own
 * warranty on an earlier repair of the same device (维修保修期), `out` the customer, `unknown`
 * until the missing fact is found.
 */
export const warrantyStatuses = ['maker', 'repair', 'out', 'unknown'] as const;
export type WarrantyStatus = (typeof warrantyStatuses)[number];

/** What the warranty decision is made from, as known at intake. */
export interface WarrantyFacts {
  /** Shop-local date of the intake. */
  today: IsoDate;
  /** Null when the customer does not know it or has no invoice. */
  purchaseDate: IsoDate | null;
  /** From the device or its product category; 0 = sold without a maker warranty, null = unknown. */
  makerWarrantyMonths: number | null;
  /**
   * The most recent earlier repair of this same device at our shop, if any, with the last day of
   * the warranty its pickup receipt promised (null for one handed back before that was recorded).
   */
  lastRepair: { ticketNumber: string; completedOn: IsoDate; until?: IsoDate | null } | null;
  /** Our own repair warranty in days (e.g. 90); 0 = none. */
  repairWarrantyDays: number;
}

/**
 * The message keys a warranty reason can carry, and the params each takes:
 * - `maker`: `until`, `months` — in the maker warranty until `until` (inclusive).
 * - `repair`: `until`, `ticketNumber`, `days` — covered by our warranty on that earlier repair.
 * - `makerExpired`: `until`, `months` — the maker warranty ended on `until`.
 * - `makerAndRepairExpired`: `until`, `months`, `ticketNumber`, `repairUntil` — both have ended.
 * - `noMakerWarranty`: none — the product is sold without a maker warranty (0 months).
 * - `noPurchaseDate`, `noTerms`, `noPurchaseDateNoTerms`: none — the fact(s) needed to decide are missing.
 * - `futurePurchase`: `purchaseDate` — the purchase date recorded is after today, so it must be wrong.
 */
export const warrantyReasonKeys = [
  'warranty.reason.maker',
  'warranty.reason.repair',
  'warranty.reason.makerExpired',
  'warranty.reason.makerAndRepairExpired',
  'warranty.reason.noMakerWarranty',
  'warranty.reason.noPurchaseDate',
  'warranty.reason.noTerms',
  'warranty.reason.noPurchaseDateNoTerms',
  'warranty.reason.futurePurchase',
] as const;
export type WarrantyReasonKey = (typeof warrantyReasonKeys)[number];

/** The decision and the reason shown to the customer. */
export interface WarrantyDecision {
  status: WarrantyStatus;
  /**
   * Last covered day (inclusive), when known: the end of the warranty that applies, or for
   * `out` the day the maker warranty ended. Null when there is nothing to name.
   */
  coveredUntil: IsoDate | null;
  /** Why, as a message catalog key and its params. */
  reason: { key: WarrantyReasonKey; params?: Record<string, string | number> };
}

/**
 * The last day of a period of `months` that starts on (and counts) `start`: the day before the
 * same date `months` later (2025-11-25, 12 months → 2026-11-24). When that month has no such
 * date (bought on 01-31, one month), the period runs to the end of that month (02-28): the
 * customer who bought on the 31st is not given fewer days than one who bought on the 28th.
 */
function lastDayOfPeriod(start: IsoDate, months: number): IsoDate {
  const sameDateLater = addMonthsToDate(start, months);
  const clamped = sameDateLater.slice(8) !== start.slice(8);
  return clamped ? sameDateLater : addDaysToDate(sameDateLater, -1);
}

function assertWholeAtLeastZero(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0: ${value}`);
}

/**
 * The last day of our repair warranty, counted like the maker period with the day the device
 * goes back as day one: picked up 11-01, 90 days → 01-29.
 */
export function repairWarrantyLastDay(completedOn: IsoDate, days: number): IsoDate {
  assertWholeAtLeastZero(days, 'Repair warranty days');
  return addDaysToDate(completedOn, days - 1);
}

/**
 * Decides who pays, in this order: the maker warranty while it runs (it covers more than ours);
 * else our warranty on the last repair here; else out of warranty if the maker terms are known;
 * else unknown, naming the missing fact. A purchase date after today is a typing mistake, not a
 * warranty that has not started: the maker warranty cannot be judged from it.
 */
export function decideWarranty(facts: WarrantyFacts): WarrantyDecision {
  const { today, purchaseDate, makerWarrantyMonths: months, lastRepair, repairWarrantyDays: days } = facts;
  if (!isIsoDate(today)) throw new RangeError(`Not a calendar date: ${today}`);
  if (months !== null) assertWholeAtLeastZero(months, 'Maker warranty months');
  assertWholeAtLeastZero(days, 'Repair warranty days');

  const purchaseInFuture = purchaseDate !== null && compareDates(purchaseDate, today) > 0;
  const maker =
    purchaseDate !== null && !purchaseInFuture && months !== null && months > 0
      ? { until: lastDayOfPeriod(purchaseDate, months), months }
      : null;
  if (maker !== null && compareDates(today, maker.until) <= 0) {
    return { status: 'maker', coveredUntil: maker.until, reason: { key: 'warranty.reason.maker', params: maker } };
  }

  // The warranty the pickup receipt promised stands, whatever the setting is now; for a repair
  // handed back before that was recorded, it is worked out from the setting.
  const repairUntil =
    lastRepair?.until ?? (lastRepair !== null && days > 0 ? repairWarrantyLastDay(lastRepair.completedOn, days) : null);
  const repair =
    lastRepair !== null && repairUntil !== null
      ? {
          until: repairUntil,
          ticketNumber: lastRepair.ticketNumber,
          // The days it was given, which the setting may no longer say.
          days: daysBetween(lastRepair.completedOn, repairUntil) + 1,
        }
      : null;
  if (repair !== null && compareDates(today, repair.until) <= 0) {
    return {
      status: 'repair',
      coveredUntil: repair.until,
      reason: { key: 'warranty.reason.repair', params: repair },
    };
  }

  if (purchaseInFuture) {
    return {
      status: 'unknown',
      coveredUntil: null,
      reason: { key: 'warranty.reason.futurePurchase', params: { purchaseDate } },
    };
  }
  if (months === 0) return { status: 'out', coveredUntil: null, reason: { key: 'warranty.reason.noMakerWarranty' } };
  if (maker !== null) {
    // The customer may remember the earlier repair here: say that its warranty has ended too.
    const reason =
      repair === null
        ? { key: 'warranty.reason.makerExpired' as const, params: maker }
        : {
            key: 'warranty.reason.makerAndRepairExpired' as const,
            params: { ...maker, ticketNumber: repair.ticketNumber, repairUntil: repair.until },
          };
    return { status: 'out', coveredUntil: maker.until, reason };
  }

  const key =
    purchaseDate === null && months === null
      ? 'warranty.reason.noPurchaseDateNoTerms'
      : purchaseDate === null
        ? 'warranty.reason.noPurchaseDate'
        : 'warranty.reason.noTerms';
  return { status: 'unknown', coveredUntil: null, reason: { key } };
}

/** Whether the warranty pays for the lines it covers: maker and repair do; out and unknown leave them to the customer. */
export function coversCost(status: WarrantyStatus): boolean {
  switch (status) {
    case 'maker':
    case 'repair':
      return true;
    case 'out':
    case 'unknown':
      return false;
    default:
      return assertNever(status);
  }
}

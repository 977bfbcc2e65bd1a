import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, addMonthsToDate, compareDates, localDate } from './calendar';
import { coversCost, decideWarranty, warrantyReasonKeys, type WarrantyDecision, type WarrantyFacts } from './warranty';

const noFacts: WarrantyFacts = {
  today: '2026-11-25',
  purchaseDate: null,
  makerWarrantyMonths: null,
  lastRepair: null,
  repairWarrantyDays: 90,
};

function facts(overrides: Partial<WarrantyFacts>): WarrantyFacts {
  return { ...noFacts, ...overrides };
}

const earlierRepair = (completedOn: string) => ({ ticketNumber: '20260901-0003', completedOn });

describe('decideWarranty', () => {
  const table: [string, Partial<WarrantyFacts>, WarrantyDecision][] = [
    [
      'bought a year ago yesterday: the last covered day',
      { today: '2026-11-24', purchaseDate: '2025-11-25', makerWarrantyMonths: 12 },
      {
        status: 'maker',
        coveredUntil: '2026-11-24',
        reason: { key: 'warranty.reason.maker', params: { until: '2026-11-24', months: 12 } },
      },
    ],
    [
      'bought a year ago today: just out',
      { today: '2026-11-25', purchaseDate: '2025-11-25', makerWarrantyMonths: 12 },
      {
        status: 'out',
        coveredUntil: '2026-11-24',
        reason: { key: 'warranty.reason.makerExpired', params: { until: '2026-11-24', months: 12 } },
      },
    ],
    [
      'bought today',
      { today: '2026-11-25', purchaseDate: '2026-11-25', makerWarrantyMonths: 12 },
      {
        status: 'maker',
        coveredUntil: '2027-11-24',
        reason: { key: 'warranty.reason.maker', params: { until: '2027-11-24', months: 12 } },
      },
    ],
    [
      'bought on the 31st, one month: runs to the end of February',
      { today: '2026-02-28', purchaseDate: '2026-01-31', makerWarrantyMonths: 1 },
      {
        status: 'maker',
        coveredUntil: '2026-02-28',
        reason: { key: 'warranty.reason.maker', params: { until: '2026-02-28', months: 1 } },
      },
    ],
    [
      'bought on 29 February, a year: runs to 28 February',
      { today: '2025-02-28', purchaseDate: '2024-02-29', makerWarrantyMonths: 12 },
      {
        status: 'maker',
        coveredUntil: '2025-02-28',
        reason: { key: 'warranty.reason.maker', params: { until: '2025-02-28', months: 12 } },
      },
    ],
    [
      'in maker warranty and in repair warranty: the maker pays',
      {
        today: '2026-11-25',
        purchaseDate: '2026-06-01',
        makerWarrantyMonths: 12,
        lastRepair: earlierRepair('2026-11-01'),
      },
      {
        status: 'maker',
        coveredUntil: '2027-05-31',
        reason: { key: 'warranty.reason.maker', params: { until: '2027-05-31', months: 12 } },
      },
    ],
    [
      'maker warranty over, our repair warranty still runs',
      {
        today: '2026-11-25',
        purchaseDate: '2024-06-01',
        makerWarrantyMonths: 12,
        lastRepair: earlierRepair('2026-09-01'),
      },
      {
        status: 'repair',
        coveredUntil: '2026-11-29',
        reason: {
          key: 'warranty.reason.repair',
          params: { until: '2026-11-29', ticketNumber: '20260901-0003', days: 90 },
        },
      },
    ],
    [
      'the warranty the pickup receipt promised stands when the setting has changed since (180 days then)',
      {
        today: '2026-12-20',
        purchaseDate: '2024-06-01',
        makerWarrantyMonths: 12,
        lastRepair: { ...earlierRepair('2026-09-01'), until: '2027-02-27' },
      },
      {
        status: 'repair',
        coveredUntil: '2027-02-27',
        reason: {
          key: 'warranty.reason.repair',
          params: { until: '2027-02-27', ticketNumber: '20260901-0003', days: 180 },
        },
      },
    ],
    [
      'the last day of the repair warranty (completed 11-01, 90 days)',
      {
        today: '2027-01-29',
        purchaseDate: '2020-01-01',
        makerWarrantyMonths: 12,
        lastRepair: earlierRepair('2026-11-01'),
      },
      {
        status: 'repair',
        coveredUntil: '2027-01-29',
        reason: {
          key: 'warranty.reason.repair',
          params: { until: '2027-01-29', ticketNumber: '20260901-0003', days: 90 },
        },
      },
    ],
    [
      'the day after the repair warranty: out, naming both',
      {
        today: '2027-01-30',
        purchaseDate: '2020-01-01',
        makerWarrantyMonths: 12,
        lastRepair: earlierRepair('2026-11-01'),
      },
      {
        status: 'out',
        coveredUntil: '2020-12-31',
        reason: {
          key: 'warranty.reason.makerAndRepairExpired',
          params: { until: '2020-12-31', months: 12, ticketNumber: '20260901-0003', repairUntil: '2027-01-29' },
        },
      },
    ],
    [
      'repair warranty applies without a purchase date',
      { lastRepair: earlierRepair('2026-10-01') },
      {
        status: 'repair',
        coveredUntil: '2026-12-29',
        reason: {
          key: 'warranty.reason.repair',
          params: { until: '2026-12-29', ticketNumber: '20260901-0003', days: 90 },
        },
      },
    ],
    [
      'a shop without its own repair warranty',
      { repairWarrantyDays: 0, lastRepair: earlierRepair('2026-11-20') },
      { status: 'unknown', coveredUntil: null, reason: { key: 'warranty.reason.noPurchaseDateNoTerms' } },
    ],
    [
      'no purchase date',
      { makerWarrantyMonths: 12 },
      { status: 'unknown', coveredUntil: null, reason: { key: 'warranty.reason.noPurchaseDate' } },
    ],
    [
      'no warranty terms',
      { purchaseDate: '2026-06-01' },
      { status: 'unknown', coveredUntil: null, reason: { key: 'warranty.reason.noTerms' } },
    ],
    [
      'neither',
      {},
      { status: 'unknown', coveredUntil: null, reason: { key: 'warranty.reason.noPurchaseDateNoTerms' } },
    ],
    [
      'no purchase date and an expired repair warranty: the missing date is what to ask for',
      { makerWarrantyMonths: 12, lastRepair: earlierRepair('2026-01-10') },
      { status: 'unknown', coveredUntil: null, reason: { key: 'warranty.reason.noPurchaseDate' } },
    ],
    [
      'sold without a maker warranty',
      { purchaseDate: '2026-11-20', makerWarrantyMonths: 0 },
      { status: 'out', coveredUntil: null, reason: { key: 'warranty.reason.noMakerWarranty' } },
    ],
    [
      'purchase date after today',
      { purchaseDate: '2026-11-26', makerWarrantyMonths: 12 },
      {
        status: 'unknown',
        coveredUntil: null,
        reason: { key: 'warranty.reason.futurePurchase', params: { purchaseDate: '2026-11-26' } },
      },
    ],
    [
      'purchase date after today, but the repair warranty here applies anyway',
      { purchaseDate: '2027-11-26', makerWarrantyMonths: 12, lastRepair: earlierRepair('2026-11-01') },
      {
        status: 'repair',
        coveredUntil: '2027-01-29',
        reason: {
          key: 'warranty.reason.repair',
          params: { until: '2027-01-29', ticketNumber: '20260901-0003', days: 90 },
        },
      },
    ],
  ];

  it.each(table)('%s', (_case, overrides, decision) => {
    expect(decideWarranty(facts(overrides))).toEqual(decision);
  });

  it('only ever uses the reason keys it lists', () => {
    for (const [, overrides] of table) {
      expect(warrantyReasonKeys).toContain(decideWarranty(facts(overrides)).reason.key);
    }
    expect(new Set(table.map(([, overrides]) => decideWarranty(facts(overrides)).reason.key))).toEqual(
      new Set(warrantyReasonKeys),
    );
  });

  it.each([
    ['today is not a date', { today: '2026-02-30' }],
    ['purchase date is not a date', { purchaseDate: '2026-13-01' }],
    ['months are negative', { purchaseDate: '2026-01-01', makerWarrantyMonths: -1 }],
    ['months are a fraction', { purchaseDate: '2026-01-01', makerWarrantyMonths: 1.5 }],
    ['repair days are negative', { repairWarrantyDays: -1 }],
  ])('refuses facts where %s', (_case, overrides) => {
    expect(() => decideWarranty(facts(overrides))).toThrow(RangeError);
  });

  const dates = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((at) => localDate(at, 'UTC'));

  it('covers every day from the purchase through the day it names, and none after', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 4000 }), (bought, months, age) => {
        const today = addDaysToDate(bought, age);
        const decision = decideWarranty(facts({ today, purchaseDate: bought, makerWarrantyMonths: months }));
        const until = decision.coveredUntil ?? '';
        expect(decision.status).toBe(compareDates(today, until) <= 0 ? 'maker' : 'out');
        // Never less than 28 days a month, never past the (clamped) same date `months` later.
        expect(compareDates(until, addDaysToDate(bought, months * 28 - 1))).toBeGreaterThanOrEqual(0);
        expect(compareDates(until, addMonthsToDate(bought, months))).toBeLessThanOrEqual(0);
        // A date every month has: the period ends the day before the same date `months` later.
        if (Number(bought.slice(8)) <= 28) expect(addDaysToDate(until, 1)).toBe(addMonthsToDate(bought, months));
      }),
    );
  });

  it('never ends an earlier purchase later than a later one', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 60 }), (bought, later, months) => {
        const until = (purchaseDate: string) =>
          decideWarranty(facts({ today: purchaseDate, purchaseDate, makerWarrantyMonths: months })).coveredUntil ?? '';
        expect(compareDates(until(bought), until(addDaysToDate(bought, later)))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('never leaves a customer without a reason the catalogs know', () => {
    const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
    fc.assert(
      fc.property(
        dates,
        maybe(dates),
        maybe(fc.integer({ min: 0, max: 60 })),
        maybe(dates),
        fc.integer({ min: 0, max: 365 }),
        (today, purchaseDate, makerWarrantyMonths, completedOn, repairWarrantyDays) => {
          const decision = decideWarranty({
            today,
            purchaseDate,
            makerWarrantyMonths,
            lastRepair: completedOn === null ? null : { ticketNumber: '20260901-0003', completedOn },
            repairWarrantyDays,
          });
          expect(warrantyReasonKeys).toContain(decision.reason.key);
          if (coversCost(decision.status)) {
            expect(decision.coveredUntil).not.toBeNull();
            expect(compareDates(today, decision.coveredUntil ?? today)).toBeLessThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe('coversCost', () => {
  it.each([
    ['maker', true],
    ['repair', true],
    ['out', false],
    ['unknown', false],
  ] as const)('%s → %s', (status, covers) => {
    expect(coversCost(status)).toBe(covers);
  });
});

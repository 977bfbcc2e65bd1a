import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balanceAfter,
  collectionProblem,
  changeFen,
  entryProblem,
  ledgerBalance,
  paymentKinds,
  paymentMethods,
  settlementProblems,
  summarizeLedger,
  type LedgerEntry,
  type NewEntry,
  type Settlement,
} from './ledger';

const deposit = (id: number, amountFen: number): LedgerEntry => ({
  id,
  kind: 'deposit',
  method: 'cash',
  amountFen,
  reversesId: null,
});
const payment = (id: number, amountFen: number, method: LedgerEntry['method'] = 'wechat'): LedgerEntry => ({
  id,
  kind: 'payment',
  method,
  amountFen,
  reversesId: null,
});
const refund = (id: number, amountFen: number): LedgerEntry => ({
  id,
  kind: 'refund',
  method: 'cash',
  amountFen,
  reversesId: null,
});
const reversal = (id: number, of: LedgerEntry): LedgerEntry => ({ ...of, id, reversesId: of.id });

describe('summarizeLedger and ledgerBalance', () => {
  it.each([
    ['nothing paid', [], 30_000, { depositFen: 0, paymentsFen: 0, refundsFen: 0, paidFen: 0 }, 30_000],
    [
      'a deposit',
      [deposit(1, 10_000)],
      30_000,
      { depositFen: 10_000, paymentsFen: 0, refundsFen: 0, paidFen: 10_000 },
      20_000,
    ],
    [
      'a deposit and two payments settle the bill',
      [deposit(1, 10_000), payment(2, 15_000, 'cash'), payment(3, 5_000)],
      30_000,
      { depositFen: 10_000, paymentsFen: 20_000, refundsFen: 0, paidFen: 30_000 },
      0,
    ],
    [
      'returned unrepaired: a diagnostic fee out of the deposit, the rest given back',
      [deposit(1, 20_000), refund(2, 15_000)],
      5_000,
      { depositFen: 20_000, paymentsFen: 0, refundsFen: 15_000, paidFen: 5_000 },
      0,
    ],
    [
      'a deposit more than the bill, not yet given back: owed to the customer',
      [deposit(1, 20_000)],
      5_000,
      { depositFen: 20_000, paymentsFen: 0, refundsFen: 0, paidFen: 20_000 },
      -15_000,
    ],
    [
      'a payment taken by mistake and reversed counts for nothing',
      [deposit(1, 10_000), payment(2, 8_000), reversal(3, payment(2, 8_000))],
      30_000,
      { depositFen: 10_000, paymentsFen: 0, refundsFen: 0, paidFen: 10_000 },
      20_000,
    ],
    [
      'a refund reversed is money paid again',
      [deposit(1, 10_000), refund(2, 10_000), reversal(3, refund(2, 10_000))],
      10_000,
      { depositFen: 10_000, paymentsFen: 0, refundsFen: 0, paidFen: 10_000 },
      0,
    ],
  ] satisfies [string, LedgerEntry[], number, ReturnType<typeof summarizeLedger>, number][])(
    '%s',
    (_name, entries, billFen, summary, balance) => {
      expect(summarizeLedger(entries)).toEqual(summary);
      expect(ledgerBalance(billFen, entries)).toBe(balance);
    },
  );

  it('refuses amounts that are not positive whole fen, rather than adding floats', () => {
    expect(() => summarizeLedger([deposit(1, 10.5)])).toThrow(RangeError);
    expect(() => summarizeLedger([deposit(1, 0)])).toThrow(RangeError);
    expect(() => summarizeLedger([deposit(1, -100)])).toThrow(RangeError);
    expect(() => ledgerBalance(0.1, [])).toThrow(RangeError);
  });
});

describe('entryProblem', () => {
  const ledger = [deposit(1, 10_000), payment(2, 5_000), refund(3, 2_000), reversal(4, refund(3, 2_000))];
  it.each([
    ['a payment', { kind: 'payment', method: 'alipay', amountFen: 100, reversesId: null }, null],
    ['a refund of what was paid', { kind: 'refund', method: 'cash', amountFen: 15_000, reversesId: null }, null],
    [
      'a refund of more than was paid',
      { kind: 'refund', method: 'cash', amountFen: 15_001, reversesId: null },
      'ledger.problem.refundAbovePaid',
    ],
    ['nothing', { kind: 'payment', method: 'cash', amountFen: 0, reversesId: null }, 'ledger.problem.amount'],
    ['half a fen', { kind: 'payment', method: 'cash', amountFen: 0.5, reversesId: null }, 'ledger.problem.amount'],
    [
      'an extra 0 or two',
      { kind: 'payment', method: 'cash', amountFen: 100_000_001, reversesId: null },
      'ledger.problem.tooLarge',
    ],
    ['reversing the payment', { reversesId: 2 }, null],
    ['reversing another ticket’s entry', { reversesId: 99 }, 'ledger.problem.notOnTicket'],
    ['reversing a reversal', { reversesId: 4 }, 'ledger.problem.reversal'],
    ['reversing an entry twice', { reversesId: 3 }, 'ledger.problem.alreadyReversed'],
  ] satisfies [string, NewEntry, string | null][])('%s', (_name, next, problem) => {
    expect(entryProblem(ledger, next)).toBe(problem);
  });

  it('will not reverse a deposit already given back: the customer would have paid less than nothing', () => {
    expect(entryProblem([deposit(1, 10_000), refund(2, 10_000)], { reversesId: 1 })).toBe(
      'ledger.problem.reversalBelowPaid',
    );
  });

  it('whatever entries are let through, the customer never has paid less than nothing, in whole fen', () => {
    const next = fc.oneof(
      fc.record({
        kind: fc.constantFrom(...paymentKinds),
        method: fc.constantFrom(...paymentMethods),
        amountFen: fc.oneof(fc.integer({ min: -10, max: 50_000 }), fc.double({ min: 0, max: 100, noNaN: true })),
        reversesId: fc.constant(null),
      }),
      fc.record({ reversesId: fc.integer({ min: 1, max: 40 }) }),
    );
    fc.assert(
      fc.property(fc.array(next, { maxLength: 40 }), (asked: NewEntry[]) => {
        const entries: LedgerEntry[] = [];
        for (const entry of asked) {
          if (entryProblem(entries, entry) !== null) continue;
          const id = entries.length + 1;
          const original =
            entry.reversesId === null ? null : entries.find((candidate) => candidate.id === entry.reversesId);
          entries.push(original ? reversal(id, original) : { ...(entry as LedgerEntry), id });
          const summary = summarizeLedger(entries);
          expect(summary.paidFen).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(summary.paidFen)).toBe(true);
          expect(summary.paidFen).toBe(summary.depositFen + summary.paymentsFen - summary.refundsFen);
        }
      }),
    );
  });
});

describe('settlementProblems', () => {
  const settle = (overrides: Partial<Settlement>): Settlement => ({
    balanceFen: 20_000,
    payments: [],
    refunds: [],
    unpaidReleaseApproved: false,
    ...overrides,
  });
  const cash = (amountFen: number, tenderedFen: number | null = amountFen) => ({
    method: 'cash' as const,
    amountFen,
    tenderedFen,
  });
  const wechat = (amountFen: number) => ({ method: 'wechat' as const, amountFen, tenderedFen: null });

  it.each([
    [
      'part cash with change, part WeChat Pay, to the fen',
      settle({ payments: [cash(15_000, 20_000), wechat(5_000)] }),
      [],
    ],
    ['nothing owed, nothing taken', settle({ balanceFen: 0 }), []],
    ['short, without a manager', settle({ payments: [wechat(15_000)] }), ['ledger.problem.underpaid']],
    ['short, with a manager’s approval', settle({ payments: [wechat(15_000)], unpaidReleaseApproved: true }), []],
    [
      'more than owed: change comes from cash tendered',
      settle({ payments: [wechat(25_000)] }),
      ['ledger.problem.overpaid'],
    ],
    [
      'cash tendered below the amount',
      settle({ payments: [cash(20_000, 10_000)] }),
      ['ledger.problem.tenderedBelowAmount'],
    ],
    [
      'tendered on a card payment',
      settle({ payments: [{ method: 'card', amountFen: 20_000, tenderedFen: 30_000 }] }),
      ['ledger.problem.tenderedNotCash'],
    ],
    ['a payment of nothing', settle({ payments: [wechat(0), wechat(20_000)] }), ['ledger.problem.amount']],
    ['a deposit above the bill given back in full', settle({ balanceFen: -15_000, refunds: [cash(15_000, null)] }), []],
    ['a deposit above the bill not given back', settle({ balanceFen: -15_000 }), ['ledger.problem.refundNotBalance']],
    [
      'a refund when nothing is owed back',
      settle({ balanceFen: 0, refunds: [cash(100, null)] }),
      ['ledger.problem.refundNotBalance'],
    ],
    [
      'paying while owed money back',
      settle({ balanceFen: -100, payments: [wechat(100)], refunds: [cash(100, null)] }),
      ['ledger.problem.overpaid'],
    ],
  ] satisfies [string, Settlement, string[]][])('%s', (_name, settlement, keys) => {
    expect(settlementProblems(settlement).map((problem) => problem.key)).toEqual(keys);
  });

  it('names the payment a problem is on', () => {
    expect(settlementProblems(settle({ payments: [wechat(20_000), cash(100, 50)] }))).toEqual([
      { key: 'ledger.problem.tenderedBelowAmount', on: { list: 'payments', index: 1 } },
    ]);
  });

  it('gives change from cash tendered', () => {
    expect(changeFen(cash(15_000, 20_000))).toBe(5_000);
    expect(changeFen(wechat(5_000))).toBe(0);
  });

  it('an accepted settlement leaves nothing owed, or (approved) what was left unpaid, and never money owed back', () => {
    const tender = fc.record({
      method: fc.constantFrom(...paymentMethods),
      amountFen: fc.integer({ min: -5, max: 30_000 }),
      tenderedFen: fc.option(fc.integer({ min: 0, max: 40_000 })),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: -30_000, max: 30_000 }),
        fc.array(tender, { maxLength: 4 }),
        fc.array(tender, { maxLength: 2 }),
        fc.boolean(),
        (balanceFen, payments, refunds, unpaidReleaseApproved) => {
          const settlement = { balanceFen, payments, refunds, unpaidReleaseApproved };
          if (settlementProblems(settlement).length > 0) return;
          const left = balanceAfter(settlement);
          expect(left).toBeGreaterThanOrEqual(0);
          if (!unpaidReleaseApproved) expect(left).toBe(0);
          expect(Number.isSafeInteger(left)).toBe(true);
        },
      ),
    );
  });
});

describe('collectionProblem', () => {
  it.each([
    [40_000, 'payment', 40_000, null],
    [40_000, 'payment', 10_000, null],
    [40_000, 'payment', 40_001, 'ledger.problem.moreThanOwed'],
    [0, 'payment', 100, 'ledger.problem.nothingOwed'],
    [-5_000, 'refund', 5_000, null],
    [-5_000, 'refund', 6_000, 'ledger.problem.moreThanOwedBack'],
    [5_000, 'refund', 100, 'ledger.problem.nothingOwedBack'],
    [5_000, 'payment', 0, 'ledger.problem.amount'],
  ] as const)('balance %i, %s of %i: %s', (balanceFen, kind, amountFen, problem) => {
    expect(collectionProblem(balanceFen, kind, amountFen)).toBe(problem);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeFigures, closeProblems, expectedCashFen, takingsByMethod } from './cash-close';
import type { LedgerEntry } from './ledger';

let nextId = 1;
const entry = (overrides: Partial<LedgerEntry>): LedgerEntry => ({
  id: (nextId += 1),
  kind: 'payment',
  method: 'cash',
  amountFen: 10_000,
  reversesId: null,
  ...overrides,
});

describe('a cash close', () => {
  // A day at the counter: a ¥50 cash deposit, a ¥380 cash payment, ¥200 by WeChat, a ¥30 cash
  // refund, and a ¥120 card payment taken by mistake and reversed.
  const deposit = entry({ kind: 'deposit', amountFen: 5_000 });
  const card = entry({ method: 'card', amountFen: 12_000 });
  const day = [
    deposit,
    entry({ amountFen: 38_000 }),
    entry({ method: 'wechat', amountFen: 20_000 }),
    entry({ kind: 'refund', amountFen: 3_000 }),
    card,
    entry({ method: 'card', amountFen: 12_000, reversesId: card.id }),
  ];

  it('adds up each method, money in and out, net of reversals', () => {
    const byMethod = takingsByMethod(day);
    expect(byMethod.cash).toEqual({ inFen: 43_000, outFen: 3_000 });
    expect(byMethod.wechat).toEqual({ inFen: 20_000, outFen: 0 });
    expect(byMethod.card).toEqual({ inFen: 0, outFen: 0 });
    expect(byMethod.alipay).toEqual({ inFen: 0, outFen: 0 });
  });

  it('expects the float plus the cash taken less the cash given back', () => {
    expect(expectedCashFen(50_000, takingsByMethod(day))).toBe(50_000 + 43_000 - 3_000);
  });

  it('shows the drawer over or short, and each statement against the ledger', () => {
    const figures = closeFigures(day, {
      floatFen: 50_000,
      countedFen: 89_500,
      statements: { wechat: 20_000, card: 0 },
    });
    expect(figures.expectedCashFen).toBe(90_000);
    expect(figures.cashDifferenceFen).toBe(-500);
    expect(figures.statementDifferences).toEqual({ wechat: 0, card: 0 });
    expect(figures.entries).toBe(6);
    expect(
      closeFigures(day, { floatFen: 0, countedFen: 40_000, statements: { wechat: 19_000 } }).statementDifferences,
    ).toEqual({ wechat: -1_000 });
  });

  it('asks why when the drawer or a statement does not match, and not when all agree', () => {
    const count = { floatFen: 50_000, countedFen: 90_000, statements: { wechat: 20_000 }, note: '' };
    expect(closeProblems(count, closeFigures(day, count))).toEqual([]);
    const short = { ...count, countedFen: 89_500 };
    expect(closeProblems(short, closeFigures(day, short))).toEqual([
      { field: 'note', key: 'cashClose.problem.explainDifference' },
    ]);
    const explained = { ...short, note: '找零多给了 5 元' };
    expect(closeProblems(explained, closeFigures(day, explained))).toEqual([]);
    const statementOff = { ...count, statements: { wechat: 19_000 } };
    expect(closeProblems(statementOff, closeFigures(day, statementOff))).toHaveLength(1);
  });

  it('refuses amounts that are not whole fen in range', () => {
    const count = { floatFen: -1, countedFen: 0.5, statements: {}, note: 'x' };
    expect(closeProblems(count, closeFigures([], count)).map((problem) => problem.field)).toEqual([
      'floatFen',
      'countedFen',
    ]);
  });

  it('comes to the same whatever order the entries were made in', () => {
    const arbitraryEntry = fc.record({
      kind: fc.constantFrom('deposit' as const, 'payment' as const, 'refund' as const),
      method: fc.constantFrom('cash' as const, 'wechat' as const, 'card' as const),
      amountFen: fc.integer({ min: 1, max: 1_000_000 }),
      reversed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 30 }), (drawn) => {
        const entries = drawn.flatMap((drawnEntry, index) => {
          const original = entry({ ...drawnEntry, id: index * 2 + 1 });
          return drawnEntry.reversed
            ? [original, entry({ ...original, id: index * 2 + 2, reversesId: original.id })]
            : [original];
        });
        const forwards = takingsByMethod(entries);
        expect(takingsByMethod([...entries].reverse())).toEqual(forwards);
        // A reversed entry counts for nothing.
        const kept = entries.filter(
          (one) => one.reversesId === null && !entries.some((other) => other.reversesId === one.id),
        );
        expect(takingsByMethod(kept)).toEqual(forwards);
      }),
    );
  });
});

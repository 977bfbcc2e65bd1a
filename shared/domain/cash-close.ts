import { MAX_AMOUNT_FEN } from './fees';
import { paymentMethods, type LedgerEntry, type PaymentMethod } from './ledger';

/*
 * The cash close (日结 / 交班): at the end of a day or a shift, reception counts the drawer against
 * what the ledger says it should hold, and checks each other method's total against that
 * provider's own statement. A close covers the ledger entries made since the close before it (by
 * entry, so a clock put back cannot move one across), is kept as it was counted, and is never
 * edited: an entry reversed after its close shows beside it as a correction.
 */

/** Money in and out by one method: in is deposits and payments, out is refunds, each net of its reversals. */
export interface MethodTakings {
  inFen: number;
  outFen: number;
}

/** What the entries came to, by method (every method present). */
export function takingsByMethod(
  entries: readonly Pick<LedgerEntry, 'kind' | 'method' | 'amountFen' | 'reversesId'>[],
): Record<PaymentMethod, MethodTakings> {
  const byMethod = Object.fromEntries(paymentMethods.map((method) => [method, { inFen: 0, outFen: 0 }])) as Record<
    PaymentMethod,
    MethodTakings
  >;
  for (const entry of entries) {
    const signed = entry.reversesId === null ? entry.amountFen : -entry.amountFen;
    if (entry.kind === 'refund') byMethod[entry.method].outFen += signed;
    else byMethod[entry.method].inFen += signed;
  }
  return byMethod;
}

/** The cash the drawer should hold: the float it started with, plus cash taken, less cash given back. */
export function expectedCashFen(floatFen: number, byMethod: Record<PaymentMethod, MethodTakings>): number {
  return floatFen + byMethod.cash.inFen - byMethod.cash.outFen;
}

/** The methods whose takings are checked against the provider's statement rather than counted. */
export const statementMethods = paymentMethods.filter((method) => method !== 'cash');
export type StatementMethod = Exclude<PaymentMethod, 'cash'>;

/** What reception counted and wrote down. */
export interface CloseCount {
  floatFen: number;
  countedFen: number;
  /** A provider's statement total as read off it; a method left out was not checked. */
  statements: Partial<Record<StatementMethod, number>>;
  note: string;
}

/** A close's figures as they were when it was made: frozen with it. */
export interface CloseFigures {
  byMethod: Record<PaymentMethod, MethodTakings>;
  expectedCashFen: number;
  /** Counted less expected: + over, − short. */
  cashDifferenceFen: number;
  /** Each checked method's statement less the ledger's net for it. */
  statementDifferences: Partial<Record<StatementMethod, number>>;
  entries: number;
}

export function closeFigures(
  entries: readonly Pick<LedgerEntry, 'kind' | 'method' | 'amountFen' | 'reversesId'>[],
  count: Pick<CloseCount, 'floatFen' | 'countedFen' | 'statements'>,
): CloseFigures {
  return figuresOfTakings(takingsByMethod(entries), entries.length, count);
}

/** The same from what the entries came to (the screen has the takings, not the entries). */
export function figuresOfTakings(
  byMethod: Record<PaymentMethod, MethodTakings>,
  entries: number,
  count: Pick<CloseCount, 'floatFen' | 'countedFen' | 'statements'>,
): CloseFigures {
  const expected = expectedCashFen(count.floatFen, byMethod);
  const statementDifferences: Partial<Record<StatementMethod, number>> = {};
  for (const method of statementMethods) {
    const statement = count.statements[method];
    if (statement !== undefined)
      statementDifferences[method] = statement - (byMethod[method].inFen - byMethod[method].outFen);
  }
  return {
    byMethod,
    expectedCashFen: expected,
    cashDifferenceFen: count.countedFen - expected,
    statementDifferences,
    entries,
  };
}

export type CloseProblem =
  | { field: 'floatFen' | 'countedFen'; key: 'validation.money' }
  | { field: 'note'; key: 'cashClose.problem.explainDifference' };

/**
 * What is wrong with a count: amounts must be whole fen from 0 to the ledger's limit, and a drawer
 * that is over or short, or a statement that does not match, needs a note saying why.
 */
export function closeProblems(count: CloseCount, figures: CloseFigures): CloseProblem[] {
  const problems: CloseProblem[] = [];
  for (const field of ['floatFen', 'countedFen'] as const) {
    const value = count[field];
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_AMOUNT_FEN)
      problems.push({ field, key: 'validation.money' });
  }
  const differs =
    figures.cashDifferenceFen !== 0 ||
    Object.values(figures.statementDifferences).some((difference) => difference !== 0);
  if (problems.length === 0 && differs && count.note.trim() === '')
    problems.push({ field: 'note', key: 'cashClose.problem.explainDifference' });
  return problems;
}

import { fenToYuanText, MAX_AMOUNT_FEN } from './fees';

/**
 * A ticket's money as a ledger (费用结算): every sum taken or given back is an entry, and what the
 * customer still owes is always worked out from the bill and the entries, never stored. An entry
 * is never edited: a mistake is put right by a reversing entry, with its reason.
 */

/** A deposit taken at intake, a payment at pickup, money given back. */
export const paymentKinds = ['deposit', 'payment', 'refund'] as const;
export type PaymentKind = (typeof paymentKinds)[number];

/** How money changed hands at the counter. */
export const paymentMethods = ['cash', 'wechat', 'alipay', 'card', 'transfer', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** An entry as far as the arithmetic is concerned. Amounts are positive integer fen. */
export interface LedgerEntry {
  id: number;
  kind: PaymentKind;
  method: PaymentMethod;
  amountFen: number;
  /** The entry this one reverses, or null. */
  reversesId: number | null;
}

/** What the entries come to, each kind net of its reversals, in fen. */
export interface LedgerSummary {
  depositFen: number;
  paymentsFen: number;
  refundsFen: number;
  /** What the customer has paid us, net: deposits and payments less refunds. */
  paidFen: number;
}

function assertAmount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new RangeError(`${name} must be a positive whole number: ${value}`);
}

/** What an entry does to what the customer has paid: + for money in, − for money out; a reversal undoes its original. */
export function paidEffect(entry: Pick<LedgerEntry, 'kind' | 'amountFen' | 'reversesId'>): number {
  assertAmount(entry.amountFen, 'A ledger amount');
  const sign = entry.kind === 'refund' ? -1 : 1;
  return (entry.reversesId === null ? sign : -sign) * entry.amountFen;
}

/** Adds up a ledger. Throws a RangeError on an amount that is not a positive whole number of fen. */
export function summarizeLedger(entries: readonly LedgerEntry[]): LedgerSummary {
  const summary = { depositFen: 0, paymentsFen: 0, refundsFen: 0, paidFen: 0 };
  for (const entry of entries) {
    const effect = paidEffect(entry);
    if (entry.kind === 'deposit') summary.depositFen += effect;
    else if (entry.kind === 'payment') summary.paymentsFen += effect;
    else summary.refundsFen -= effect;
    summary.paidFen += effect;
  }
  return summary;
}

/**
 * What the customer still owes: the bill's total (lines, less warranty cover and discount) less
 * what they have paid. Negative: money we owe them back.
 */
export function ledgerBalance(billTotalFen: number, entries: readonly LedgerEntry[]): number {
  return balanceOf(billTotalFen, summarizeLedger(entries).paidFen);
}

/** The same, from what a ledger comes to (`LedgerSummary.paidFen`, or a deposit about to be taken). */
export function balanceOf(billTotalFen: number, paidFen: number): number {
  if (!Number.isSafeInteger(billTotalFen) || billTotalFen < 0)
    throw new RangeError(`A bill's total must be a whole number of fen: ${billTotalFen}`);
  if (!Number.isSafeInteger(paidFen)) throw new RangeError(`What was paid must be a whole number of fen: ${paidFen}`);
  return billTotalFen - paidFen;
}

/** A new entry as asked for: an amount, or a reversal of an earlier entry. */
export type NewEntry =
  { kind: PaymentKind; method: PaymentMethod; amountFen: number; reversesId: null } | { reversesId: number };

/**
 * Why a new entry may not go on the ledger: a message key. Amounts are positive whole fen, no
 * larger than the sane maximum; a refund gives back no more than was paid; a reversal undoes an
 * entry of this ledger that is not itself a reversal and not yet reversed, and may not leave the
 * customer having paid less than nothing.
 */
export function entryProblem(entries: readonly LedgerEntry[], next: NewEntry): string | null {
  const paid = summarizeLedger(entries).paidFen;
  if (next.reversesId === null) {
    if (!Number.isSafeInteger(next.amountFen) || next.amountFen <= 0) return 'ledger.problem.amount';
    if (next.amountFen > MAX_AMOUNT_FEN) return 'ledger.problem.tooLarge';
    if (next.kind === 'refund' && next.amountFen > paid) return 'ledger.problem.refundAbovePaid';
    return null;
  }
  const original = entries.find((entry) => entry.id === next.reversesId);
  if (!original) return 'ledger.problem.notOnTicket';
  if (original.reversesId !== null) return 'ledger.problem.reversal';
  if (entries.some((entry) => entry.reversesId === original.id)) return 'ledger.problem.alreadyReversed';
  if (paid + paidEffect({ ...original, reversesId: original.id }) < 0) return 'ledger.problem.reversalBelowPaid';
  return null;
}

/** One payment taken at the counter; for cash, what the customer handed over. */
export interface Tender {
  method: PaymentMethod;
  amountFen: number;
  /** Cash handed over (at least the amount); null for any other method. */
  tenderedFen: number | null;
}

/** The change given for a cash payment. */
export function changeFen(tender: Tender): number {
  return tender.tenderedFen === null ? 0 : tender.tenderedFen - tender.amountFen;
}

/** What a settlement at pickup is asked to do. */
export interface Settlement {
  /** What is owed before this settlement (`ledgerBalance`). */
  balanceFen: number;
  payments: readonly Tender[];
  /** Money given back, for a balance below zero. */
  refunds: readonly Tender[];
  /** A manager agreed to let the device go with money still owed. */
  unpaidReleaseApproved: boolean;
}

/** A problem with a settlement: its message key, and the payment or refund it is on (0-based). */
export interface SettlementProblem {
  key: string;
  on?: { list: 'payments' | 'refunds'; index: number };
  /** Amounts as yuan text (`200.00`), as the other money messages give them. */
  params?: Record<string, string>;
}

function tenderProblems(list: 'payments' | 'refunds', tenders: readonly Tender[]): SettlementProblem[] {
  const problems: SettlementProblem[] = [];
  tenders.forEach((tender, index) => {
    const on = { list, index };
    if (!Number.isSafeInteger(tender.amountFen) || tender.amountFen <= 0)
      problems.push({ key: 'ledger.problem.amount', on });
    else if (tender.amountFen > MAX_AMOUNT_FEN) problems.push({ key: 'ledger.problem.tooLarge', on });
    if (tender.tenderedFen === null) return;
    if (tender.method !== 'cash' || list === 'refunds') problems.push({ key: 'ledger.problem.tenderedNotCash', on });
    else if (!Number.isSafeInteger(tender.tenderedFen) || tender.tenderedFen < tender.amountFen)
      problems.push({ key: 'ledger.problem.tenderedBelowAmount', on });
    else if (tender.tenderedFen > MAX_AMOUNT_FEN) problems.push({ key: 'ledger.problem.tooLarge', on });
  });
  return problems;
}

const sumOf = (tenders: readonly Tender[]) => tenders.reduce((sum, tender) => sum + tender.amountFen, 0);

/**
 * What keeps a settlement from closing the bill: the payments must come to the balance exactly
 * (change is given from cash tendered, never by overpaying), unless a manager let the device go
 * with some of it owed; a balance below zero is given back in full as refunds, and nothing is
 * given back when nothing is owed to the customer. An empty list: the settlement leaves the
 * balance at zero, or (approved) above it, and never below.
 */
export function settlementProblems(settlement: Settlement): SettlementProblem[] {
  const problems = [
    ...tenderProblems('payments', settlement.payments),
    ...tenderProblems('refunds', settlement.refunds),
  ];
  if (problems.length > 0) return problems;
  const paying = sumOf(settlement.payments);
  const refunding = sumOf(settlement.refunds);
  const owed = Math.max(settlement.balanceFen, 0);
  const owedBack = Math.max(-settlement.balanceFen, 0);
  const yuan = fenToYuanText;
  if (paying > owed) problems.push({ key: 'ledger.problem.overpaid', params: { owed: yuan(owed) } });
  else if (paying < owed && !settlement.unpaidReleaseApproved)
    problems.push({ key: 'ledger.problem.underpaid', params: { owed: yuan(owed), short: yuan(owed - paying) } });
  if (refunding !== owedBack)
    problems.push({ key: 'ledger.problem.refundNotBalance', params: { owedBack: yuan(owedBack) } });
  return problems;
}

/** What is still owed once a settlement is made: zero, or (an approved unpaid release) what was left unpaid. */
export function balanceAfter(settlement: Settlement): number {
  return settlement.balanceFen - sumOf(settlement.payments) + sumOf(settlement.refunds);
}

/**
 * Money taken or given back on its own, after the pickup (what an unpaid release left owed, or a
 * sum owed back): never more than the balance asks for, so a ticket cannot be overpaid or overpaid back.
 */
export function collectionProblem(balanceFen: number, kind: 'payment' | 'refund', amountFen: number): string | null {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) return 'ledger.problem.amount';
  const room = kind === 'payment' ? balanceFen : -balanceFen;
  if (room <= 0) return kind === 'payment' ? 'ledger.problem.nothingOwed' : 'ledger.problem.nothingOwedBack';
  if (amountFen > room) return kind === 'payment' ? 'ledger.problem.moreThanOwed' : 'ledger.problem.moreThanOwedBack';
  return null;
}

import { assertNever } from './assert-never';

/** What an estimate line charges for: parts, labour (工时费), an on-site visit (上门费), anything else. */
export const estimateLineKinds = ['part', 'labor', 'on-site', 'other'] as const;
export type EstimateLineKind = (typeof estimateLineKinds)[number];

/** One line of an estimate or bill. Money is in integer fen (分) throughout. */
export interface EstimateLine {
  kind: EstimateLineKind;
  description: string;
  quantity: number;
  unitPriceFen: number;
  /** False when the warranty does not cover this line (e.g. damage by the user). */
  warrantyCovered: boolean;
}

/** What a bill is computed from. */
export interface FeeInput {
  lines: readonly EstimateLine[];
  /** Whether the ticket's warranty pays for covered lines (see `coversCost`). */
  warrantyCovers: boolean;
  discountFen: number;
}

/** A bill, in integer fen. What has been paid towards it is the ledger's (`ledger.ts`). */
export interface FeeSummary {
  /** Per input line, in the same order. */
  lines: { amountFen: number; coveredFen: number }[];
  /** What each kind of line comes to before the warranty and the discount. */
  byKind: Record<EstimateLineKind, number>;
  subtotalFen: number;
  warrantyCoverFen: number;
  /** The discount applied: the one asked for, cut down to what was left to pay. */
  discountFen: number;
  /** subtotal − cover − discount, never below 0. */
  totalFen: number;
}

/** Something wrong with a bill's input: a message key, the line it is on (0-based) and its params. */
export interface FeeProblem {
  key: FeeProblemKey;
  line?: number;
  params?: Record<string, string | number>;
}

/**
 * The message keys fee problems carry, and their params:
 * - `noDescription`, `unitPrice` (negative or not whole fen): none; on a line.
 * - `quantity`: `max` — not a whole number from 1 to `max`; on a line.
 * - `lineTooLarge`: `max` (yuan text) — a line above the sane maximum; on a line.
 * - `discount`: none — negative or not whole fen.
 * - `discountTooLarge`: `max` (yuan text) — more than is left to pay after the warranty.
 */
export const feeProblemKeys = [
  'fees.problem.noDescription',
  'fees.problem.quantity',
  'fees.problem.unitPrice',
  'fees.problem.lineTooLarge',
  'fees.problem.discount',
  'fees.problem.discountTooLarge',
] as const;
export type FeeProblemKey = (typeof feeProblemKeys)[number];

/** Largest sane amount for one line or one payment: ¥1,000,000. Anything above is a typing slip (an extra 0 or two). */
export const MAX_AMOUNT_FEN = 100_000_000;
/** Largest sane quantity on one line. */
export const MAX_LINE_QUANTITY = 9_999;

function isWholeFen(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function isValidQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY;
}

/** Floats would turn ¥0.10 + ¥0.20 into ¥0.30000000000000004: refuse them before adding anything. */
function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number: ${value}`);
}

/**
 * Adds up a bill. The warranty covers a line only when it covers the ticket and the line is
 * marked covered. A discount larger than what is left to pay is cut down to it (and a negative
 * one to 0) so the total is never negative; `feeProblems` tells the user. Throws a RangeError
 * on amounts or quantities that are not whole numbers.
 */
export function computeFees(input: FeeInput): FeeSummary {
  const byKind: Record<EstimateLineKind, number> = { part: 0, labor: 0, 'on-site': 0, other: 0 };
  const lines = input.lines.map((line, index) => {
    assertInteger(line.quantity, `Quantity on line ${index + 1}`);
    assertInteger(line.unitPriceFen, `Unit price on line ${index + 1}`);
    const amountFen = line.quantity * line.unitPriceFen;
    assertInteger(amountFen, `Amount on line ${index + 1}`);
    byKind[line.kind] += amountFen;
    return { amountFen, coveredFen: input.warrantyCovers && line.warrantyCovered ? amountFen : 0 };
  });
  assertInteger(input.discountFen, 'Discount');

  const subtotalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
  const warrantyCoverFen = lines.reduce((sum, line) => sum + line.coveredFen, 0);
  const leftToPay = subtotalFen - warrantyCoverFen;
  const discountFen = Math.min(Math.max(input.discountFen, 0), Math.max(leftToPay, 0));
  const totalFen = Math.max(leftToPay - discountFen, 0);
  return {
    lines,
    byKind,
    subtotalFen,
    warrantyCoverFen,
    discountFen,
    totalFen,
  };
}

/**
 * The field a fee problem belongs beside, named as in a form of lines with a discount (the
 * intake's): `lines.2.unitPriceFen`, `discountFen`.
 */
export function feeProblemField(problem: FeeProblem): string {
  const line = `lines.${problem.line ?? 0}`;
  switch (problem.key) {
    case 'fees.problem.noDescription':
      return `${line}.description`;
    case 'fees.problem.quantity':
      return `${line}.quantity`;
    case 'fees.problem.unitPrice':
    case 'fees.problem.lineTooLarge':
      return `${line}.unitPriceFen`;
    case 'fees.problem.discount':
    case 'fees.problem.discountTooLarge':
      return 'discountFen';
    default:
      return assertNever(problem.key);
  }
}

/** What the user must fix before the bill can be saved, in the order the form shows the fields. */
export function feeProblems(input: FeeInput): FeeProblem[] {
  const problems: FeeProblem[] = [];
  const maxAmount = fenToYuanText(MAX_AMOUNT_FEN);
  input.lines.forEach((line, index) => {
    if (line.description.trim() === '') problems.push({ key: 'fees.problem.noDescription', line: index });
    const quantityValid = isValidQuantity(line.quantity);
    if (!quantityValid) {
      problems.push({ key: 'fees.problem.quantity', line: index, params: { max: MAX_LINE_QUANTITY } });
    }
    if (!isWholeFen(line.unitPriceFen)) problems.push({ key: 'fees.problem.unitPrice', line: index });
    else if (line.unitPriceFen * (quantityValid ? line.quantity : 1) > MAX_AMOUNT_FEN) {
      problems.push({ key: 'fees.problem.lineTooLarge', line: index, params: { max: maxAmount } });
    }
  });

  if (!isWholeFen(input.discountFen)) problems.push({ key: 'fees.problem.discount' });
  else if (problems.length === 0) {
    // Only once the lines are right is "what is left to pay" a figure worth quoting.
    const leftToPay = input.lines
      .filter((line) => !(input.warrantyCovers && line.warrantyCovered))
      .reduce((sum, line) => sum + line.quantity * line.unitPriceFen, 0);
    if (input.discountFen > leftToPay) {
      problems.push({ key: 'fees.problem.discountTooLarge', params: { max: fenToYuanText(leftToPay) } });
    }
  }
  return problems;
}

/** Options for `formatFen`. */
export interface FormatFenOptions {
  locale: 'zh-CN' | 'en';
  /** ISO 4217 code; default CNY. */
  currency?: string;
}

const moneyFormatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount for people to read, the way the locale writes money: `¥1,280.50` in both languages
 * (the shop's own currency needs no country mark, so the narrow symbol, not `CN¥`).
 */
export function formatFen(fen: number, options: FormatFenOptions): string {
  const key = `${options.locale}|${options.currency ?? 'CNY'}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(options.locale, {
      style: 'currency',
      currency: options.currency ?? 'CNY',
      // Yuan is the shop's own money: `¥`. Any other keeps its mark (HK$, US$) so it is not mistaken.
      currencyDisplay: (options.currency ?? 'CNY') === 'CNY' ? 'narrowSymbol' : 'symbol',
    });
    moneyFormatters.set(key, formatter);
  }
  // Intl formats a decimal string exactly; dividing by 100 would go through a binary float.
  return formatter.format(fenToYuanText(fen) as Intl.StringNumericLiteral);
}

/** An amount as an input field holds it, in yuan with two decimals and no grouping: 1205 → `12.05`. */
export function fenToYuanText(fen: number): string {
  assertInteger(fen, 'Fen');
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${fen < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** `¥`, `CN¥` (what Intl writes), `RMB`, or none; full-width forms are folded before this. */
const yuanPattern = /^(?:CN¥|¥|RMB)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*元?$/u;

/**
 * Reads an amount of yuan as typed at the counter into fen: `12`, `12.5`, `12.05`, `¥12`,
 * `1,280.50`, `12元`, full-width `１２．５`, `12。5` (a Chinese input method's full stop).
 * Null for anything else: empty, negative, more than two decimals, or beyond a safe integer.
 * Works on the digits as text, so no float rounding can creep in.
 */
export function parseYuan(text: string): number | null {
  const folded = text.normalize('NFKC').replace(/。/gu, '.').trim().toUpperCase();
  const match = yuanPattern.exec(folded);
  if (!match) return null;
  const [, whole = '', decimals = ''] = match;
  const fen = Number(`${whole.replace(/,/gu, '')}${decimals.padEnd(2, '0')}`);
  return Number.isSafeInteger(fen) ? fen : null;
}

import type { CashClose, CloseCorrection } from '../../../../shared/contract/cash-close';
import type { CloseFigures, StatementMethod } from '../../../../shared/domain/cash-close';
import { paidEffect, type LedgerEntry, type PaymentKind, type PaymentMethod } from '../../../../shared/domain/ledger';
import { all, get, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

/** The cash closes and the ledger entries each covers (`0240-create-cash-closes`). */

interface CloseRow {
  id: number;
  closed_at: string;
  staff_name: string;
  since_at: string;
  after_payment_id: number;
  through_payment_id: number;
  float_fen: number;
  counted_fen: number;
  note: string;
  figures: string;
}

/** A close as stored, with the span of entries it covers. */
export interface CloseRecord extends Omit<CashClose, 'corrections'> {
  afterPaymentId: number;
  throughPaymentId: number;
}

interface StoredFigures {
  figures: CloseFigures;
  statements: Partial<Record<StatementMethod, number>>;
}

const toClose = (row: CloseRow): CloseRecord => {
  const stored = JSON.parse(row.figures) as StoredFigures;
  return {
    id: row.id,
    closedAt: row.closed_at,
    staffName: row.staff_name,
    sinceAt: row.since_at,
    afterPaymentId: row.after_payment_id,
    throughPaymentId: row.through_payment_id,
    floatFen: row.float_fen,
    countedFen: row.counted_fen,
    note: row.note,
    statements: stored.statements,
    figures: stored.figures,
  };
};

const closeColumns = sql`c.id, c.closed_at, s.name AS staff_name, c.since_at, c.after_payment_id,
  c.through_payment_id, c.float_fen, c.counted_fen, c.note, c.figures`;

/** The latest close (by its id: the order they were made in), if any. */
export function lastClose(db: ReadableDB): CloseRecord | undefined {
  const row = get<CloseRow>(
    db,
    sql`SELECT ${closeColumns} FROM cash_closes c JOIN staff s ON s.id = c.staff_id ORDER BY c.id DESC LIMIT 1`,
  );
  return row && toClose(row);
}

export function closeById(db: ReadableDB, id: number): CloseRecord | undefined {
  const row = get<CloseRow>(
    db,
    sql`SELECT ${closeColumns} FROM cash_closes c JOIN staff s ON s.id = c.staff_id WHERE c.id = ${id}`,
  );
  return row && toClose(row);
}

/** The closes made in [from, to), oldest first (the `cash_closes_closed_at` index). */
export function closesIn(db: ReadableDB, period: { from: string; to: string }): CloseRecord[] {
  return all<CloseRow>(
    db,
    sql`SELECT ${closeColumns} FROM cash_closes c JOIN staff s ON s.id = c.staff_id
        WHERE c.closed_at >= ${period.from} AND c.closed_at < ${period.to} ORDER BY c.id`,
  ).map(toClose);
}

/** The newest ledger entry's id (0 with none): a close covers up to it. */
export function latestPaymentId(db: ReadableDB): number {
  return get<{ id: number | null }>(db, sql`SELECT max(id) AS id FROM payments`)?.id ?? 0;
}

/** The last entry made before `at` (0 with none), from the `payments_at` index: where a shop's first close begins. */
export function lastPaymentIdBefore(db: ReadableDB, at: string): number {
  return (
    get<{ id: number }>(db, sql`SELECT id FROM payments WHERE at < ${at} ORDER BY at DESC, id DESC LIMIT 1`)?.id ?? 0
  );
}

/** The entries after one and up to another, by id (the table's own order). */
export function entriesBetween(db: ReadableDB, afterId: number, throughId: number): LedgerEntry[] {
  return all<{ id: number; kind: PaymentKind; method: PaymentMethod; amount_fen: number; reverses_id: number | null }>(
    db,
    sql`SELECT id, kind, method, amount_fen, reverses_id FROM payments
        WHERE id > ${afterId} AND id <= ${throughId} ORDER BY id`,
  ).map((row) => ({
    id: row.id,
    kind: row.kind,
    method: row.method,
    amountFen: row.amount_fen,
    reversesId: row.reverses_id,
  }));
}

/** The reversals made after a close of entries it covered (by the reversed entry's unique index). */
export function correctionsOf(db: ReadableDB, close: Pick<CloseRecord, 'afterPaymentId' | 'throughPaymentId'>) {
  return all<{
    at: string;
    ticket_id: number;
    number: string;
    kind: PaymentKind;
    method: PaymentMethod;
    amount_fen: number;
    reason: string;
    staff_name: string;
  }>(
    db,
    sql`SELECT p.at, p.ticket_id, t.number, p.kind, p.method, p.amount_fen, p.reason, s.name AS staff_name
        FROM payments p JOIN tickets t ON t.id = p.ticket_id JOIN staff s ON s.id = p.staff_id
        WHERE p.reverses_id > ${close.afterPaymentId} AND p.reverses_id <= ${close.throughPaymentId}
          AND p.id > ${close.throughPaymentId}
        ORDER BY p.id`,
  ).map((row): CloseCorrection => ({
    at: row.at,
    ticketId: row.ticket_id,
    number: row.number,
    method: row.method,
    effectFen: paidEffect({ kind: row.kind, amountFen: row.amount_fen, reversesId: 1 }),
    reason: row.reason,
    staffName: row.staff_name,
  }));
}

export interface NewClose {
  closedAt: string;
  staffId: number;
  sinceAt: string;
  afterPaymentId: number;
  throughPaymentId: number;
  floatFen: number;
  countedFen: number;
  note: string;
  statements: Partial<Record<StatementMethod, number>>;
  figures: CloseFigures;
}

export function insertClose(db: WritableDB, close: NewClose): number {
  const stored: StoredFigures = { figures: close.figures, statements: close.statements };
  return Number(
    run(
      db,
      sql`INSERT INTO cash_closes (closed_at, staff_id, since_at, after_payment_id, through_payment_id, float_fen,
            counted_fen, expected_cash_fen, cash_difference_fen, note, figures)
          VALUES (${close.closedAt}, ${close.staffId}, ${close.sinceAt}, ${close.afterPaymentId},
            ${close.throughPaymentId}, ${close.floatFen}, ${close.countedFen}, ${close.figures.expectedCashFen},
            ${close.figures.cashDifferenceFen}, ${close.note}, ${JSON.stringify(stored)})`,
    ).lastInsertRowid,
  );
}

/** A close as kept, with the reversals made since of entries it covered. */
export function withCorrections(db: ReadableDB, close: CloseRecord): CashClose {
  const { afterPaymentId: _after, throughPaymentId: _through, ...shown } = close;
  return { ...shown, corrections: correctionsOf(db, close) };
}

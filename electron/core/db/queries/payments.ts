import type { PaymentEntry } from '../../../../shared/contract/payments';
import { changeFen, type LedgerSummary, type PaymentKind, type PaymentMethod } from '../../../../shared/domain/ledger';
import { all, get, inIds, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

interface PaymentRow {
  id: number;
  ticket_id: number;
  kind: PaymentKind;
  method: PaymentMethod;
  amount_fen: number;
  tendered_fen: number | null;
  reference: string;
  reverses_id: number | null;
  reversed_by_id: number | null;
  reason: string;
  staff_id: number;
  staff_name: string;
  at: string;
}

/** An entry as stored, with who took it. */
export interface PaymentRecord extends PaymentEntry {
  ticketId: number;
  staffId: number;
}

function toPayment(row: PaymentRow): PaymentRecord {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    kind: row.kind,
    method: row.method,
    amountFen: row.amount_fen,
    tenderedFen: row.tendered_fen,
    changeFen: changeFen({ method: row.method, amountFen: row.amount_fen, tenderedFen: row.tendered_fen }),
    reference: row.reference,
    reversesId: row.reverses_id,
    reversedById: row.reversed_by_id,
    reason: row.reason,
    staffId: row.staff_id,
    staffName: row.staff_name,
    at: row.at,
  };
}

/** A ticket's ledger, oldest entry first (from the `payments_ticket` index). */
export function ticketPayments(db: ReadableDB, ticketId: number): PaymentRecord[] {
  return all<PaymentRow>(
    db,
    sql`SELECT p.*, s.name AS staff_name,
          (SELECT r.id FROM payments r WHERE r.reverses_id = p.id) AS reversed_by_id
        FROM payments p JOIN staff s ON s.id = p.staff_id
        WHERE p.ticket_id = ${ticketId} ORDER BY p.id`,
  ).map(toPayment);
}

/**
 * What each of these tickets' ledgers comes to (`summarizeLedger`, as SQL: each kind net of its
 * reversals); tickets with no entries are left out. From the `payments_ticket` index.
 */
export function ledgerSummariesOfTickets(db: ReadableDB, ticketIds: readonly number[]): Map<number, LedgerSummary> {
  if (ticketIds.length === 0) return new Map();
  const rows = all<{ ticket_id: number; deposit_fen: number; payments_fen: number; refunds_fen: number }>(
    db,
    sql`SELECT ticket_id,
          sum(CASE WHEN kind = 'deposit' THEN net ELSE 0 END) AS deposit_fen,
          sum(CASE WHEN kind = 'payment' THEN net ELSE 0 END) AS payments_fen,
          sum(CASE WHEN kind = 'refund' THEN net ELSE 0 END) AS refunds_fen
        FROM (SELECT ticket_id, kind, CASE WHEN reverses_id IS NULL THEN amount_fen ELSE -amount_fen END AS net
              FROM payments WHERE ticket_id ${inIds(ticketIds)})
        GROUP BY ticket_id`,
  );
  return new Map(
    rows.map((row) => [
      row.ticket_id,
      {
        depositFen: row.deposit_fen,
        paymentsFen: row.payments_fen,
        refundsFen: row.refunds_fen,
        paidFen: row.deposit_fen + row.payments_fen - row.refunds_fen,
      },
    ]),
  );
}

/** What an entry is written with: a new amount, or a reversal of an earlier entry (its facts copied). */
export interface PaymentWrite {
  ticketId: number;
  kind: PaymentKind;
  method: PaymentMethod;
  amountFen: number;
  tenderedFen: number | null;
  reference: string;
  reversesId: number | null;
  reason: string;
  staffId: number;
  at: string;
}

export function insertPayment(db: WritableDB, entry: PaymentWrite): number {
  const result = run(
    db,
    sql`INSERT INTO payments
          (ticket_id, kind, method, amount_fen, tendered_fen, reference, reverses_id, reason, staff_id, at)
        VALUES (${entry.ticketId}, ${entry.kind}, ${entry.method}, ${entry.amountFen}, ${entry.tenderedFen},
          ${entry.reference}, ${entry.reversesId}, ${entry.reason}, ${entry.staffId}, ${entry.at})`,
  );
  return Number(result.lastInsertRowid);
}

/** The ticket an entry belongs to (for a reversal asked by the entry's id). */
export function ticketOfPayment(db: ReadableDB, paymentId: number): number | undefined {
  return get<{ ticket_id: number }>(db, sql`SELECT ticket_id FROM payments WHERE id = ${paymentId}`)?.ticket_id;
}

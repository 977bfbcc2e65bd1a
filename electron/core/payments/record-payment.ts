import { fail, ok, type Outcome } from '../../../shared/contract';
import { entryProblem, type PaymentKind, type PaymentMethod } from '../../../shared/domain/ledger';
import { insertPayment, ticketPayments, type PaymentRecord } from '../db/queries/payments';
import type { WritableDB } from '../db/types';
import type { Actor } from '../context';
import { audit } from '../services/audit';

/**
 * The ledger's one writer: every deposit, payment, refund and reversal goes on a ticket's ledger
 * here, checked against the entries already on it (`entryProblem`), with its audit entry. Nothing
 * here edits or removes an entry; the table's triggers would refuse it anyway.
 */

export interface LedgerContext {
  actor: Actor;
  now: Date;
}

/** Money taken or given back. */
export interface NewPayment {
  kind: PaymentKind;
  method: PaymentMethod;
  amountFen: number;
  tenderedFen: number | null;
  reference: string;
}

const entriesOf = (records: readonly PaymentRecord[]) =>
  records.map((record) => ({
    id: record.id,
    kind: record.kind,
    method: record.method,
    amountFen: record.amountFen,
    reversesId: record.reversesId,
  }));

/** Puts an entry on a ticket's ledger. Call inside a write transaction; a refusal writes nothing. */
export function recordPayment(
  db: WritableDB,
  context: LedgerContext,
  ticketId: number,
  payment: NewPayment,
): Outcome<{ id: number }> {
  const problem = entryProblem(entriesOf(ticketPayments(db, ticketId)), { ...payment, reversesId: null });
  if (problem) return fail('validation', problem);
  const at = context.now.toISOString();
  const id = insertPayment(db, { ticketId, ...payment, reversesId: null, reason: '', staffId: context.actor.id, at });
  audit(db, context, `payment.${payment.kind}`, {
    entity: 'ticket',
    entityId: ticketId,
    details: { payment: id, method: payment.method, amountFen: payment.amountFen },
  });
  return ok({ id });
}

/**
 * Reverses an entry made by mistake: a new entry of the same kind, method and amount that undoes
 * it, with the reason. Call inside a write transaction; a refusal writes nothing.
 */
export function reversePayment(
  db: WritableDB,
  context: LedgerContext,
  ticketId: number,
  reversal: { paymentId: number; reason: string },
): Outcome<{ id: number }> {
  const records = ticketPayments(db, ticketId);
  const problem = entryProblem(entriesOf(records), { reversesId: reversal.paymentId });
  if (problem) return fail(problem === 'ledger.problem.notOnTicket' ? 'not-found' : 'conflict', problem);
  const original = records.find((record) => record.id === reversal.paymentId);
  if (!original) return fail('not-found', 'ledger.problem.notOnTicket');
  const id = insertPayment(db, {
    ticketId,
    kind: original.kind,
    method: original.method,
    amountFen: original.amountFen,
    tenderedFen: null,
    reference: original.reference,
    reversesId: original.id,
    reason: reversal.reason,
    staffId: context.actor.id,
    at: context.now.toISOString(),
  });
  audit(db, context, 'payment.reverse', {
    entity: 'ticket',
    entityId: ticketId,
    details: {
      payment: id,
      reverses: original.id,
      kind: original.kind,
      amountFen: original.amountFen,
      reason: reversal.reason,
    },
  });
  return ok({ id });
}

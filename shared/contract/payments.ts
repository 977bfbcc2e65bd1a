import { z } from 'zod';
import { paymentMethods, type LedgerSummary, type PaymentKind, type PaymentMethod } from '../domain/ledger';
import * as field from './fields';
import { fen } from './fields';

/** A ticket's ledger as the screens and documents see it. */

/** One entry: money taken or given back, by whom and how; a reversal names the entry it undoes. */
export interface PaymentEntry {
  id: number;
  kind: PaymentKind;
  method: PaymentMethod;
  amountFen: number;
  /** Cash the customer handed over, when it was more than the amount. */
  tenderedFen: number | null;
  /** Given back from the cash tendered. */
  changeFen: number;
  /** E.g. the last digits of a WeChat Pay transaction. */
  reference: string;
  reversesId: number | null;
  /** The entry that reversed this one, if any. */
  reversedById: number | null;
  /** Why a reversal was made. */
  reason: string;
  staffName: string;
  at: string;
}

export interface TicketLedger {
  entries: PaymentEntry[];
  summary: LedgerSummary;
  /** What the ticket's bill (or, before one, its estimate) leaves owed; negative: owed back to the customer. */
  balanceFen: number;
}

/** A payment as taken at the counter: how, how much, for cash what was handed over. */
export const tender = z.object({
  method: z.enum(paymentMethods, { error: 'validation.required' }),
  amountFen: fen.refine((value) => value > 0, { error: 'validation.money' }),
  tenderedFen: fen.nullable().default(null),
  reference: field.optionalText(40),
});
export type TenderInput = z.input<typeof tender>;
export type ParsedTender = z.output<typeof tender>;

export const reversePaymentInput = z.object({
  paymentId: field.id,
  reason: field.requiredText(300),
});

/** Money taken or given back on a ticket on its own (what a release left owed, a sum owed back). */
export const recordPaymentInput = z.object({
  ticketId: field.id,
  kind: z.enum(['payment', 'refund'], { error: 'validation.required' }),
  tender,
});

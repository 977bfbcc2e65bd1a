import { z } from 'zod';
import type { CloseFigures, StatementMethod } from '../domain/cash-close';
import type { PaymentMethod } from '../domain/ledger';
import * as field from './fields';
import { fen } from './fields';

/** The cash close (日结) as the counter and the daily log see it. */

/** What the drawer should hold since the last close, before reception counts it. */
export interface CashClosePreview {
  /** When the entries it covers begin: the last close, or the start of the day before any. */
  sinceAt: string;
  previous: { closedAt: string; staffName: string } | null;
  /** The entries covered: after this one, up to and including `throughPaymentId` (sent back to record it). */
  afterPaymentId: number;
  throughPaymentId: number;
  figures: CloseFigures;
  /** The float the last close left in the drawer (0 before any). */
  floatFen: number;
}

/** A ledger entry reversed after the close that covered it. */
export interface CloseCorrection {
  at: string;
  ticketId: number;
  number: string;
  method: PaymentMethod;
  /** What the reversal did to the close's takings: − for money in undone, + for a refund undone. */
  effectFen: number;
  reason: string;
  staffName: string;
}

/** A close as it was counted, with anything corrected since. */
export interface CashClose {
  id: number;
  closedAt: string;
  staffName: string;
  sinceAt: string;
  floatFen: number;
  countedFen: number;
  note: string;
  statements: Partial<Record<StatementMethod, number>>;
  figures: CloseFigures;
  corrections: CloseCorrection[];
}

const entryId = z.number({ error: 'validation.invalid' }).int().min(0);

/** Reception's count, for the entries the preview showed. */
export const cashCloseInput = z.object({
  afterPaymentId: entryId,
  throughPaymentId: entryId,
  floatFen: fen,
  countedFen: fen,
  statements: z
    .object({
      wechat: fen.optional(),
      alipay: fen.optional(),
      card: fen.optional(),
      transfer: fen.optional(),
      other: fen.optional(),
    } satisfies Record<StatementMethod, unknown>)
    .strict()
    .default({}),
  note: field.optionalText(300),
});
export type CashCloseInput = z.input<typeof cashCloseInput>;

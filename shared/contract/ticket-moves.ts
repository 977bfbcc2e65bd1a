import { z } from 'zod';
import { estimateLineKinds } from '../domain/fees';
import {
  approvalChannels,
  holdReasons,
  unrepairedReasons,
  type TicketAction,
  type TicketEventKind,
} from '../domain/ticket-workflow';
import * as field from './fields';
import { fen, isoDate } from './fields';
import { code } from './service-settings';

/**
 * What each move of a ticket records. One schema per action: it checks the move as it arrives
 * (the `tickets-move` handler) and types the facts its event keeps (`TicketEvent.facts`).
 */

/** A line of the bill: what the work actually needs, with the part's spec and why it is replaced. */
export const billLine = z.object({
  kind: z.enum(estimateLineKinds, { error: 'validation.invalid' }),
  description: field.requiredText(100),
  spec: field.optionalText(100),
  reason: field.optionalText(200),
  quantity: z.number({ error: 'validation.invalid' }).int().min(1, { error: 'validation.quantity' }).max(999),
  unitPriceFen: fen,
  warrantyCovered: z.boolean(),
});
export type BillLine = z.output<typeof billLine>;

const billLines = z.array(billLine).max(30);
const note = field.optionalText(500);
const qcCheck = z.object({ item: field.requiredText(100), passed: z.boolean() });

export const moveSchemas = {
  assign: z.object({ action: z.literal('assign'), technicianId: field.id }),
  claim: z.object({ action: z.literal('claim') }),
  'start-diagnosis': z.object({ action: z.literal('start-diagnosis') }),
  diagnose: z.object({
    action: z.literal('diagnose'),
    /** The cause as the technician found it; the customer's words stay as they were. */
    cause: field.requiredText(1000),
    /** The fault category corrected, or '' to keep the intake's. */
    faultCategory: code.or(z.literal('')).default(''),
    findings: field.optionalText(2000),
    lines: billLines,
  }),
  'record-approval': z.object({
    action: z.literal('record-approval'),
    decision: z.enum(['approved', 'declined'], { error: 'validation.required' }),
    channel: z.enum(approvalChannels, { error: 'validation.required' }),
    /** What the customer agreed to pay; 0 when they declined. */
    approvedFen: fen,
    note,
  }),
  'wait-for-parts': z.object({
    action: z.literal('wait-for-parts'),
    part: field.requiredText(200),
    expectedOn: isoDate.nullable().default(null),
    note,
  }),
  'parts-arrived': z.object({ action: z.literal('parts-arrived'), note }),
  hold: z.object({ action: z.literal('hold'), reason: z.enum(holdReasons, { error: 'validation.required' }), note }),
  resume: z.object({ action: z.literal('resume'), note }),
  'revise-bill': z.object({ action: z.literal('revise-bill'), lines: billLines, note: field.requiredText(500) }),
  'finish-repair': z.object({ action: z.literal('finish-repair'), workDone: field.requiredText(2000) }),
  'pass-qc': z.object({
    action: z.literal('pass-qc'),
    checks: z.array(qcCheck).max(40),
    /** Where the device waits for its customer (shelf, bin). */
    storageLocation: field.optionalText(60),
  }),
  'fail-qc': z.object({ action: z.literal('fail-qc'), checks: z.array(qcCheck).min(1).max(40), note }),
  'return-unrepaired': z.object({
    action: z.literal('return-unrepaired'),
    reason: z.enum(unrepairedReasons, { error: 'validation.required' }),
    note,
  }),
  /** Written by the pickup (`pickup-complete`), never asked for directly: what the handing back settled. */
  'hand-over': z.object({
    action: z.literal('hand-over'),
    /** The receipt was shown, or (lost) the customer's name and phone were checked and an ID noted. */
    identity: z.enum(['receipt', 'checked']),
    idNote: field.optionalText(200),
    /** Accessories left at intake that did not go back, each with why. */
    accessoriesMissing: z.array(z.object({ code, note: field.requiredText(200) })).max(60),
    /** The discount on the final bill, and the manager who allowed it above the counter's limit. */
    discountFen: fen,
    discountApprovedBy: field.id.nullable(),
    /** Left owed when a manager let the device go unpaid (their id), else 0. */
    owedFen: fen,
    unpaidApprovedBy: field.id.nullable(),
    /** The ledger entries made at the counter for this pickup. */
    payments: z.array(field.id).max(10),
    acceptance: z.enum(['signature', 'tick']),
    /** Our repair warranty's last day, or null when the service carries none. */
    repairWarrantyUntil: isoDate.nullable(),
    note,
  }),
  cancel: z.object({ action: z.literal('cancel'), reason: field.requiredText(500) }),
  close: z.object({ action: z.literal('close'), resolution: field.requiredText(2000) }),
  reopen: z.object({ action: z.literal('reopen'), reason: field.requiredText(500) }),
  /** What the customer found wrong when they checked the device at pickup. */
  rework: z.object({ action: z.literal('rework'), complaint: field.requiredText(1000) }),
} as const satisfies Record<TicketAction, z.ZodType>;

/** The moves asked for as they are: every one but the hand-over, which only a settled pickup makes. */
export type AskedAction = Exclude<TicketAction, 'hand-over'>;
export const ticketMove = z.discriminatedUnion(
  'action',
  Object.values(moveSchemas).filter((schema) => schema.shape.action.value !== 'hand-over') as unknown as [
    (typeof moveSchemas)[AskedAction],
    ...(typeof moveSchemas)[AskedAction][],
  ],
  { error: 'validation.invalid' },
);
export type TicketMove = { [A in TicketAction]: z.output<(typeof moveSchemas)[A]> }[TicketAction];
/** A move as a caller asks for it (`tickets-move`): any but the hand-over. */
export type TicketMoveInput = { [A in AskedAction]: z.input<(typeof moveSchemas)[A]> }[AskedAction];

/** How the customer was contacted, and what came of it (`contact` events). */
export const contactChannels = ['call', 'message'] as const;
export const contactOutcomes = ['reached', 'no-answer', 'wrong-number', 'sent'] as const;
export const contactFacts = z
  .object({
    channel: z.enum(contactChannels, { error: 'validation.required' }),
    outcome: z.enum(contactOutcomes, { error: 'validation.required' }),
    /** The message template used, if any. */
    occasion: code.or(z.literal('')).default(''),
    note,
  })
  .refine((facts) => (facts.channel === 'message') === (facts.outcome === 'sent'), {
    error: 'validation.invalid',
    path: ['outcome'],
  });
export type ContactFacts = z.output<typeof contactFacts>;

/**
 * What an event keeps: the move's own facts, and what the core worked out (the bill's total, an
 * approval given automatically, the state resumed to). Typed by kind.
 */
export type TicketEventFacts =
  | { kind: 'intake' | 'state-change'; facts: Record<string, never> }
  | { kind: 'contact'; facts: ContactFacts }
  | {
      [A in TicketAction]: { kind: A; facts: Omit<z.output<(typeof moveSchemas)[A]>, 'action'> & MoveOutcome };
    }[TicketAction];

/** What the core adds to a move's facts. */
export interface MoveOutcome {
  /** The bill's total after this move, in fen (diagnose, revise-bill, record-approval). */
  billFen?: number;
  /** Approved without asking: within what the customer had agreed to. */
  autoApproved?: boolean;
  /** The technician the ticket had before (assign). */
  previousTechnicianId?: number | null;
}

/** Reads stored facts back by their kind; facts a later version cannot read come back empty. */
export function readEventFacts(kind: TicketEventKind, stored: unknown): TicketEventFacts {
  if (kind === 'intake' || kind === 'state-change') return { kind, facts: {} };
  if (kind === 'contact') {
    const parsed = contactFacts.safeParse(stored);
    // As with a move's facts: what this version cannot read comes back empty.
    return { kind, facts: parsed.success ? parsed.data : ({} as ContactFacts) };
  }
  const schema: z.ZodObject = moveSchemas[kind];
  const parsed = schema.omit({ action: true }).safeParse(stored);
  const outcome = (stored ?? {}) as MoveOutcome;
  const facts = parsed.success ? parsed.data : {};
  return {
    kind,
    facts: {
      ...facts,
      ...(outcome.billFen === undefined ? {} : { billFen: outcome.billFen }),
      ...(outcome.autoApproved === undefined ? {} : { autoApproved: outcome.autoApproved }),
      ...(outcome.previousTechnicianId === undefined ? {} : { previousTechnicianId: outcome.previousTechnicianId }),
    },
  } as TicketEventFacts;
}

export const ticketMoveInput = z.object({
  ticketId: field.id,
  /** The ticket's version as the caller last saw it: a ticket changed since then is not moved. */
  version: z.number({ error: 'validation.invalid' }).int().min(1),
  move: ticketMove,
});

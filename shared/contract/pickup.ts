import { z } from 'zod';
import type { LedgerSummary } from '../domain/ledger';
import * as field from './fields';
import { fen } from './fields';
import { tender } from './payments';
import { code } from './service-settings';
import { contactFacts, type ContactFacts } from './ticket-moves';
import { consent, type TicketSummary } from './tickets';

/** Handing a device back (取机): the ready shelf, contacting the customer, the pickup itself. */

/** How the person collecting showed the device is theirs. */
export const identityCheck = z.discriminatedUnion(
  'method',
  [
    z.object({ method: z.literal('receipt') }),
    /** Lost receipt: the name and the last four digits of the phone are checked, and an ID noted. */
    z.object({
      method: z.literal('checked'),
      name: field.requiredText(100),
      // Digits as a Chinese input method types them (full-width) are the same digits.
      phoneLast4: z
        .string({ error: 'validation.required' })
        .transform((text) => text.normalize('NFKC').trim())
        .pipe(z.string().regex(/^\d{4}$/u, { error: 'validation.phoneLast4' })),
      idNote: field.requiredText(200),
    }),
  ],
  { error: 'validation.required' },
);

/** A manager's say-so given at the counter with their PIN, without signing the receptionist out. */
export const managerApproval = z.object({ staffId: field.id, pin: field.pin });
export type ManagerApproval = z.output<typeof managerApproval>;

export const pickupInput = z.object({
  ticketId: field.id,
  /** The ticket's version as the counter saw it: a ticket changed since (another counter) is not handed over. */
  version: z.number({ error: 'validation.invalid' }).int().min(1),
  identity: identityCheck,
  /** Each accessory left at intake: ticked back, or not, with why. */
  accessories: z
    .array(z.object({ code, returned: z.boolean(), note: field.optionalText(200) }))
    .max(60)
    .default([]),
  /** The discount on the final bill. */
  discountFen: fen.default(0),
  discountApproval: managerApproval.nullable().default(null),
  payments: z.array(tender).max(6).default([]),
  refunds: z.array(tender).max(3).default([]),
  /** A manager letting the device go with money still owed. */
  unpaidApproval: managerApproval.nullable().default(null),
  /** The customer checked the device and accepted it (验收). */
  acceptance: consent,
  note: field.optionalText(500),
});
export type PickupInput = z.input<typeof pickupInput>;
export type ParsedPickup = z.output<typeof pickupInput>;

export const contactInput = z.object({
  ticketId: field.id,
  contact: contactFacts,
});

export const readyShelfFilters = ['all', 'not-reached', 'unclaimed'] as const;
export type ReadyShelfFilter = (typeof readyShelfFilters)[number];

/** One device on the shelf, with what the counter needs to reach its customer and hand it over. */
export interface ShelfTicket extends TicketSummary {
  shelvedAt: string;
  /** Whole days on the shelf, counted in the shop's calendar. */
  daysOnShelf: number;
  /** Past the unclaimed period the terms name. */
  unclaimed: boolean;
  storageLocation: string;
  /** What the customer still owes; negative: owed back to them. */
  balanceFen: number;
  paid: LedgerSummary;
  /** Calls and messages since the device went on the shelf, newest first. */
  contacts: ShelfContact[];
  /** Whether anyone has spoken to the customer since. */
  reached: boolean;
}

export interface ShelfContact extends ContactFacts {
  at: string;
  staffName: string;
}

export interface ReadyShelfPage {
  /** Each filter's count, of the whole shelf. */
  counts: Record<ReadyShelfFilter, number>;
  /** How many devices match the filter and what was typed; `rows` is one page of them. */
  total: number;
  rows: ShelfTicket[];
}

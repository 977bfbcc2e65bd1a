import { z } from 'zod';
import type { IsoDate } from '../domain/calendar';
import { estimateLineKinds, type EstimateLineKind, type FeeSummary } from '../domain/fees';
import { paymentMethods } from '../domain/ledger';
import { defaultIntakeChannel, intakeChannels, type IntakeChannel } from '../domain/intake-channels';
import { serviceTypes, type ServiceType } from '../domain/service-types';
import { priorities, type Priority } from '../domain/sla';
import type { DueFor } from '../domain/ticket-clock';
import type { TicketState } from '../domain/ticket-states';
import type { TicketAction, UnrepairedReason } from '../domain/ticket-workflow';
import type { WarrantyStatus } from '../domain/warranty';
import * as field from './fields';
import { fen, isoDate } from './fields';
import { code } from './service-settings';
import type { Message } from './result';
import type { TicketLedger } from './payments';
import type { BillLine, TicketEventFacts } from './ticket-moves';
import type { Customer } from './types';

/** Schemas and types of devices, tickets, intakes and drafts. */

export { fen, isoDate } from './fields';

const isoTime = z.iso.datetime({ offset: true, error: 'validation.time' });

export const customerFields = {
  name: field.requiredText(100),
  phone: field.phone,
  company: field.optionalText(100),
  address: field.optionalText(200),
  notes: field.optionalText(2000),
};

export const deviceFields = z.object({
  /** An existing device of this customer to update, or null for a new one. */
  id: field.id.nullable().default(null),
  productCategory: code.or(z.literal('')).refine((value) => value !== '', { error: 'validation.required' }),
  brand: field.optionalText(60),
  model: field.optionalText(80),
  serial: field.optionalText(60),
  purchaseDate: isoDate.nullable().default(null),
  purchaseChannel: field.optionalText(80),
});
export type DeviceFields = z.output<typeof deviceFields>;

export const estimateLine = z.object({
  kind: z.enum(estimateLineKinds, { error: 'validation.invalid' }),
  description: field.requiredText(100),
  quantity: z.number({ error: 'validation.invalid' }).int().min(1, { error: 'validation.quantity' }).max(999),
  unitPriceFen: fen,
  warrantyCovered: z.boolean(),
});

/** A PNG of the customer's signature, as the signature pad gives it. ~300 KB is plenty for a pad. */
const signaturePng = z
  .string()
  .max(400_000, { error: 'validation.tooLong' })
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/u, { error: 'validation.signature' });

export const consent = z.discriminatedUnion(
  'method',
  [
    z.object({ method: z.literal('tick'), accepted: z.literal(true, { error: 'validation.consent' }) }),
    z.object({ method: z.literal('signature'), png: signaturePng }),
  ],
  { error: 'validation.consent' },
);

export const intakeInput = z.object({
  /** The draft this intake came from; it is removed in the same transaction. */
  draftId: field.id.nullable().default(null),
  customer: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('existing'), id: field.id }),
    z.object({ kind: z.literal('new'), ...customerFields }),
  ]),
  serviceType: z.enum(serviceTypes, { error: 'validation.required' }),
  /** How the customer reached the service: at the counter unless reception says otherwise. */
  channel: z.enum(intakeChannels, { error: 'validation.required' }).default(defaultIntakeChannel),
  device: deviceFields.nullable().default(null),
  faultCategory: code.or(z.literal('')).default(''),
  priority: z.enum(priorities, { error: 'validation.required' }),
  /** The fault in the customer's own words; for a consultation the question; for a complaint what went wrong. */
  faultDescription: field.requiredText(2000),
  accessories: z.array(code).max(60).default([]),
  accessoriesNote: field.optionalText(300),
  conditions: z.array(code).max(60).default([]),
  conditionNote: field.optionalText(500),
  devicePassword: field.optionalText(100),
  templateCode: code.or(z.literal('')).default(''),
  solution: field.optionalText(2000),
  lines: z.array(estimateLine).max(30).default([]),
  discountFen: fen.default(0),
  depositFen: fen.default(0),
  /** How the deposit was paid (it goes on the ticket's ledger). */
  depositMethod: z.enum(paymentMethods, { error: 'validation.required' }).default('cash'),
  /** E.g. the last digits of the transaction. */
  depositReference: field.optionalText(40),
  costLimitFen: fen.nullable().default(null),
  /** The promised time if the receptionist changed the computed one (then a reason is required). */
  promisedAt: isoTime.nullable().default(null),
  promisedChangeReason: field.optionalText(200),
  /** A consultation answered at the counter: recorded as closed, with the answer. */
  closeAtCounter: z.boolean().default(false),
  resolution: field.optionalText(2000),
  /** For a complaint: the ticket it is about. */
  relatedTicketId: field.id.nullable().default(null),
  consent,
});
export type IntakeInput = z.input<typeof intakeInput>;
export type ParsedIntake = z.output<typeof intakeInput>;

export interface Device {
  id: number;
  customerId: number;
  productCategory: string;
  brand: string;
  model: string;
  serial: string;
  purchaseDate: IsoDate | null;
  purchaseChannel: string;
  makerWarrantyMonths: number | null;
  /**
   * The last repair of this device here that was handed back, for our repair warranty: when, and
   * the last day of the warranty its pickup receipt promised (null if handed back before that was recorded).
   */
  lastRepair: { ticketId: number; ticketNumber: string; completedOn: IsoDate; until: IsoDate | null } | null;
}

export interface TicketSummary {
  id: number;
  number: string;
  serviceType: ServiceType;
  state: TicketState;
  priority: Priority;
  customerId: number;
  customerName: string;
  /** As the viewer may see it: in full or masked (`phoneForRole`). */
  customerPhone: string;
  productCategory: string;
  deviceLabel: string;
  faultCategory: string;
  faultDescription: string;
  warrantyStatus: WarrantyStatus;
  /** What the customer is to pay: the bill once there is one, else the estimate. */
  totalFen: number;
  /** The completion promised to the customer at intake. */
  promisedAt: string | null;
  /**
   * When the ticket is due next: its state's own limit, or the promise (moved later by pauses)
   * while its clock runs. Null when it is held to nothing: on the shelf, finished, or paused
   * without a limit of its own.
   */
  dueAt: string | null;
  /** What it is due for then: the limit of its state (while received, the first response), or the promise. */
  dueFor: DueFor | null;
  createdAt: string;
  receptionistName: string;
  /** The technician responsible, if any. */
  technicianName: string | null;
}

export interface TicketLine {
  kind: EstimateLineKind;
  description: string;
  quantity: number;
  unitPriceFen: number;
  warrantyCovered: boolean;
}

/** One entry of a ticket's history: who moved it, when, from which state to which, and the move's facts. */
export type TicketEvent = {
  id: number;
  at: string;
  actorName: string;
  fromState: TicketState | null;
  toState: TicketState;
  note: string;
} & TicketEventFacts;

export interface TicketDetail extends TicketSummary {
  customer: Customer;
  device: Device | null;
  relatedTicket: { id: number; number: string } | null;
  /** The earlier repair this device came back from, still under our repair warranty (a comeback). */
  comebackOf: { id: number; number: string } | null;
  /** Later tickets of this device that came back under this repair's warranty. */
  comebacks: { id: number; number: string }[];
  accessories: string[];
  accessoriesNote: string;
  conditions: string[];
  conditionNote: string;
  hasDevicePassword: boolean;
  warranty: { status: WarrantyStatus; coveredUntil: IsoDate | null; reason: Message };
  solution: string;
  resolution: string;
  lines: TicketLine[];
  fees: FeeSummary;
  costLimitFen: number | null;
  promisedComputedAt: string | null;
  promisedChangeReason: string;
  consentMethod: 'signature' | 'tick';
  consentAt: string;
  /** How the customer reached the service. */
  intakeChannel: IntakeChannel;
  /** The signature as a data URL, when consent was signed. */
  signaturePng: string | null;
  closedAt: string | null;
  events: TicketEvent[];
  /** Raised by every change; a move names the version it was made on. */
  version: number;
  technician: { id: number; name: string } | null;
  /** What the technician found; the customer's words stay in `faultDescription`. */
  diagnosis: { cause: string; findings: string; faultCategory: string } | null;
  /** What the work needs, once diagnosed: its own lines, apart from the intake's estimate. */
  bill: { lines: BillLine[]; fees: FeeSummary } | null;
  /** What the customer has agreed to pay, in fen. */
  approvedFen: number;
  workDone: string;
  /** Where a ready device waits for its customer. */
  storageLocation: string;
  /** When the device went on the shelf for its customer; null unless it waits there now. */
  shelvedAt: string | null;
  /** Every sum taken or given back, and what is still owed on what the ticket charges. */
  ledger: TicketLedger;
  /** What the pickup settled, once the device has gone back. */
  pickup: TicketPickup | null;
  /** The moves the viewer may make now, for the buttons offered. */
  allowedActions: TicketAction[];
}

/** How a device went back to its customer (the hand-over's facts). */
export interface TicketPickup {
  at: string;
  handedOverBy: string;
  /** How the customer showed who they were; null for a hand-over from before pickups were recorded, which asked nothing. */
  identity: 'receipt' | 'checked' | null;
  idNote: string;
  accessoriesMissing: { code: string; note: string }[];
  /** How the customer accepted the device; null where nothing was asked (as `identity`). */
  acceptance: 'signature' | 'tick' | null;
  /** The customer's signature of acceptance, as a data URL. */
  acceptanceSignaturePng: string | null;
  /** Our repair warranty's last day, or null when the service carries none. */
  repairWarrantyUntil: IsoDate | null;
  /** Still owed now (the ledger's balance): a release a manager approved, until it is paid. */
  owedFen: number;
  /** The ledger entries made at the counter for this pickup. */
  paymentIds: number[];
  /** Why it went back unrepaired (返回不修), when it did. */
  unrepaired: { reason: UnrepairedReason; note: string } | null;
  /** Why the work was called off, when it was. */
  cancelled: { reason: string } | null;
}

export const ticketSortColumns = ['number', 'promisedAt', 'createdAt', 'priority'] as const;
export type TicketSortColumn = (typeof ticketSortColumns)[number];
export const ticketViews = ['open', 'overdue', 'finished', 'all'] as const;
export type TicketView = (typeof ticketViews)[number];

/**
 * The views of tickets still in hand, where the list is also narrowed by state and technician:
 * a few thousand tickets at most, where a finished view holds years of them.
 */
export function viewOfOpenTickets(view: TicketView): boolean {
  return view === 'open' || view === 'overdue';
}

/**
 * The workbench's queues: my work, work nobody has taken, work waiting (for approval, parts or the
 * customer), QC and the shelf; and the counter's list of quotes to call the customer about.
 */
export const ticketQueues = ['mine', 'unassigned', 'waiting', 'qc', 'ready', 'approval'] as const;
export type TicketQueue = (typeof ticketQueues)[number];

export interface TicketQueuePage {
  counts: Record<TicketQueue, number>;
  rows: TicketSummary[];
}

export interface TicketPage {
  total: number;
  rows: TicketSummary[];
}

/** What a returning customer has with us, shown as soon as they are found. */
export interface CustomerOverview {
  customer: Customer;
  devices: Device[];
  openTickets: TicketSummary[];
  recentTickets: TicketSummary[];
}

/** One answer of the greet box: customers, devices by serial and tickets by number. */
export interface ReceptionSearchResult {
  /** The caller's keystroke number, echoed, so a reply to an older keystroke can be told apart. */
  sequence: number;
  hint: 'none' | 'too-few-digits' | 'whole-number';
  customers: Customer[];
  devices: { device: Device; customer: Customer }[];
  tickets: TicketSummary[];
}

export interface IntakeDraft {
  id: number;
  staffId: number;
  staffName: string;
  customerId: number | null;
  summary: string;
  data: unknown;
  createdAt: string;
  updatedAt: string;
}

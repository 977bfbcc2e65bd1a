import { z } from 'zod';
import type { Permission } from '../domain/roles';
import { openTicketStates, type TicketState } from '../domain/ticket-states';
import * as field from './fields';
import { ticketMoveInput } from './ticket-moves';
import type { Result } from './result';
import { code, serviceSettingsSchema, type ServiceSettings } from './service-settings';
import { recordPaymentInput, reversePaymentInput } from './payments';
import { contactInput, pickupInput, readyShelfFilters, type ReadyShelfPage } from './pickup';
import { reportScheduleInput, type ReportSchedule } from './report-schedule';
import { cashCloseInput, type CashClose, type CashClosePreview } from './cash-close';
import {
  dayLogExportInput,
  dayLogInput,
  figureTicketsInput,
  reportRangeInput,
  type DayLogView,
  type ExportedFile,
  type FigureTicketsView,
  type KpiReport,
} from './reports';
import {
  finishJobInput,
  printDocumentInput,
  printSettingsSchema,
  renderDocumentInput,
  type PrinterList,
  type PrintJob,
  type PrintJobStarted,
  type PrintSettings,
  type RenderedDocument,
} from './printing';
import {
  customerFields,
  intakeInput,
  ticketQueues,
  ticketSortColumns,
  ticketViews,
  viewOfOpenTickets,
  type CustomerOverview,
  type IntakeDraft,
  type ReceptionSearchResult,
  type TicketDetail,
  type TicketPage,
  type TicketQueuePage,
  type TicketSummary,
} from './tickets';
import { priorities } from '../domain/sla';
import { serviceTypes } from '../domain/service-types';
import {
  customerSortColumns,
  type AppInfo,
  type Customer,
  type CustomerPage,
  type CustomerSearchResult,
  type SessionInfo,
  type ShopSettings,
  type StaffDirectoryEntry,
  type StaffMember,
} from './types';

export * from './cash-close';
export * from './report-schedule';
export * from './payments';
export * from './pickup';
export * from './printing';
export * from './reports';
export * from './result';
export * from './service-settings';
export * from './tickets';
export * from './ticket-moves';
export * from './types';

/** Who may call a handler: anyone, anyone signed in, or a role holding a permission. */
export type Access = 'public' | 'signed-in' | Permission;

export interface Endpoint<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  /** Type-only: the value a successful call returns. */
  output?: Output;
}

function endpoint<Output>() {
  return <Input extends z.ZodType>(input: Input, access: Access): Endpoint<Input, Output> => ({ input, access });
}

const none = z.object({}).strict();

const shopFields = z.object({
  name: field.requiredText(100),
  address: field.optionalText(200),
  /** Free text: service hotlines (400-…) are not personal numbers. */
  phone: field.optionalText(40),
  hours: field.optionalText(100),
});

/**
 * Every handler the core answers: its input schema, who may call it and what it returns.
 * The router validates against these; main, preload, browser mode and the renderer take
 * their types from here.
 */
export const contract = {
  'app-info': endpoint<AppInfo>()(none, 'public'),
  'setup-complete': endpoint<SessionInfo>()(
    z.object({
      language: field.language,
      shop: shopFields,
      admin: z.object({ name: field.requiredText(50), pin: field.pin }),
    }),
    'public',
  ),
  'session-current': endpoint<SessionInfo>()(none, 'public'),
  'session-sign-in': endpoint<SessionInfo>()(z.object({ staffId: field.id, pin: field.pin }), 'public'),
  'session-sign-out': endpoint<SessionInfo>()(none, 'public'),
  'staff-directory': endpoint<StaffDirectoryEntry[]>()(none, 'public'),
  'staff-list': endpoint<StaffMember[]>()(none, 'staff-manage'),
  'staff-create': endpoint<StaffMember>()(
    z.object({ name: field.requiredText(50), role: field.role, pin: field.pin }),
    'staff-manage',
  ),
  'staff-update': endpoint<StaffMember>()(
    z.object({ id: field.id, name: field.requiredText(50), role: field.role, active: z.boolean() }),
    'staff-manage',
  ),
  'staff-reset-pin': endpoint<StaffMember>()(z.object({ id: field.id, pin: field.pin }), 'staff-manage'),
  'settings-shop-get': endpoint<ShopSettings>()(none, 'signed-in'),
  'settings-shop-update': endpoint<ShopSettings>()(shopFields, 'settings-edit'),
  'customers-list': endpoint<CustomerPage>()(
    z.object({
      query: z.string().max(100).default(''),
      sort: z.enum(customerSortColumns).default('name'),
      direction: z.enum(['asc', 'desc']).default('asc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    'signed-in',
  ),
  'customers-search': endpoint<CustomerSearchResult>()(
    z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).default(8) }),
    'signed-in',
  ),
  'customers-get': endpoint<Customer>()(z.object({ id: field.id }), 'signed-in'),
  'customers-create': endpoint<Customer>()(z.object(customerFields), 'customers-edit'),
  'customers-update': endpoint<Customer>()(z.object({ id: field.id, ...customerFields }), 'customers-edit'),
  'customers-overview': endpoint<CustomerOverview>()(z.object({ id: field.id }), 'signed-in'),
  /** A customer's whole service history, newest first, a page at a time. */
  'customers-history': endpoint<TicketPage>()(
    z.object({
      id: field.id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    'signed-in',
  ),
  'settings-service-get': endpoint<ServiceSettings>()(none, 'signed-in'),
  'settings-service-update': endpoint<ServiceSettings>()(serviceSettingsSchema.partial().strict(), 'settings-edit'),
  'reception-search': endpoint<ReceptionSearchResult>()(
    z.object({
      query: z.string().max(100),
      limit: z.number().int().min(1).max(50).default(8),
      /** Counts the keystrokes of one search box; echoed in the reply. */
      sequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    }),
    'signed-in',
  ),
  'intake-save': endpoint<TicketDetail>()(intakeInput, 'intake'),
  'drafts-list': endpoint<IntakeDraft[]>()(none, 'intake'),
  'drafts-save': endpoint<IntakeDraft>()(
    z.object({
      id: field.id.nullable().default(null),
      customerId: field.id.nullable().default(null),
      summary: z.string().trim().max(200).default(''),
      data: z.record(z.string(), z.unknown()),
    }),
    'intake',
  ),
  'drafts-discard': endpoint<{ id: number }>()(z.object({ id: field.id }), 'intake'),
  'tickets-list': endpoint<TicketPage>()(
    z
      .object({
        query: z.string().max(100).default(''),
        view: z.enum(ticketViews).default('open'),
        serviceType: z.enum(serviceTypes).nullable().default(null),
        priority: z.enum(priorities).nullable().default(null),
        /** One state of a ticket in hand (open and overdue views only). */
        state: z
          .enum(openTicketStates as [TicketState, ...TicketState[]])
          .nullable()
          .default(null),
        /** The technician responsible (open and overdue views only). */
        technicianId: field.id.nullable().default(null),
        sort: z.enum(ticketSortColumns).default('createdAt'),
        direction: z.enum(['asc', 'desc']).default('desc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .refine((input) => viewOfOpenTickets(input.view) || (input.state === null && input.technicianId === null), {
        error: 'validation.openTicketsFilter',
        path: ['view'],
      }),
    'signed-in',
  ),
  'tickets-get': endpoint<TicketDetail>()(z.object({ id: field.id }), 'signed-in'),
  'tickets-find-by-number': endpoint<TicketSummary>()(
    z.object({ number: z.string().trim().min(1).max(40) }),
    'signed-in',
  ),
  'tickets-device-password': endpoint<{ password: string }>()(z.object({ id: field.id }), 'device-password-view'),
  'tickets-queue': endpoint<TicketQueuePage>()(
    z.object({
      queue: z.enum(ticketQueues),
      priority: z.enum(priorities).nullable().default(null),
      productCategory: code.nullable().default(null),
      // The most pressing hundred: the tabs give each queue's full count.
      limit: z.number().int().min(1).max(500).default(100),
    }),
    'signed-in',
  ),
  /** Every change of a ticket after intake; who may make which move is the workflow's rule (checked in the core). */
  'tickets-move': endpoint<TicketDetail>()(ticketMoveInput, 'signed-in'),
  /** The devices waiting for their customers, longest on the shelf first, with each filter's count. */
  'ready-shelf': endpoint<ReadyShelfPage>()(
    z.object({
      filter: z.enum(readyShelfFilters).default('all'),
      // What was typed to find a device: its number, or the customer's name or phone.
      find: z.string().max(100).default(''),
      offset: z.number().int().min(0).default(0),
      // The longest waiting fifty (more than a screen); more on asking, and the rest found by what is typed.
      limit: z.number().int().min(1).max(500).default(50),
    }),
    'signed-in',
  ),
  /** A call or message to the customer, recorded on the ticket. */
  'tickets-contact': endpoint<TicketDetail>()(contactInput, 'intake'),
  /** The device handed back with the bill settled, its accessories and the customer's acceptance. */
  'pickup-complete': endpoint<TicketDetail>()(pickupInput, 'intake'),
  'payments-reverse': endpoint<TicketDetail>()(reversePaymentInput, 'payments-reverse'),
  /** What a release left owed taken later, or a sum owed back given back: never more than the balance asks for. */
  'payments-record': endpoint<TicketDetail>()(recordPaymentInput, 'intake'),
  /** What the drawer should hold since the last cash close (日结), before it is counted. */
  'cash-close-preview': endpoint<CashClosePreview>()(none, 'cash-close'),
  /** Reception's count of the drawer for the entries the preview showed, with a note for any difference. */
  'cash-close-record': endpoint<CashClose>()(cashCloseInput, 'cash-close'),
  /** The daily log of a day or a range (worked out in the report worker). */
  'reports-day-log': endpoint<DayLogView>()(dayLogInput, 'reports-view'),
  /** The daily log as an XLSX workbook or one section as CSV, to save (written in the report worker). */
  'reports-day-log-export': endpoint<ExportedFile>()(dayLogExportInput, 'reports-view'),
  /** A period's figures against the period before (worked out in the report worker). */
  'reports-kpis': endpoint<KpiReport>()(reportRangeInput, 'reports-view'),
  /** The tickets behind one of a period's rates (worst first), to check the figure against. */
  'reports-figure-tickets': endpoint<FigureTicketsView>()(figureTicketsInput, 'reports-view'),
  'print-render': endpoint<RenderedDocument>()(renderDocumentInput, 'signed-in'),
  'print-document': endpoint<PrintJobStarted>()(printDocumentInput, 'signed-in'),
  'print-job-finish': endpoint<PrintJob>()(finishJobInput, 'signed-in'),
  'print-jobs-list': endpoint<PrintJob[]>()(z.object({ ticketId: field.id }), 'signed-in'),
  'printers-list': endpoint<PrinterList>()(none, 'signed-in'),
  /** The daily log written to a folder at closing time, and a day missed written at the next start. */
  'settings-report-schedule-get': endpoint<ReportSchedule>()(none, 'reports-view'),
  'settings-report-schedule-update': endpoint<ReportSchedule>()(reportScheduleInput, 'settings-edit'),
  'settings-printing-get': endpoint<PrintSettings>()(none, 'signed-in'),
  'settings-printing-update': endpoint<PrintSettings>()(printSettingsSchema, 'settings-edit'),
} as const;

export type Contract = typeof contract;
export type HandlerName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type InputOf<N extends HandlerName> = z.input<Contract[N]['input']>;
/** What a handler receives after validation (defaults filled in, text trimmed). */
export type ParsedInputOf<N extends HandlerName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends HandlerName> = NonNullable<Contract[N]['output']>;

/** The api as the renderer sees it: one function per handler, results as values. */
export type Api = { [N in HandlerName]: (input: InputOf<N>) => Promise<Result<OutputOf<N>>> };

export const handlerNames = Object.keys(contract) as HandlerName[];

export function isHandlerName(name: string): name is HandlerName {
  return Object.hasOwn(contract, name);
}

/**
 * Reads asked on every keystroke of a search box. In browser mode they travel over one open
 * WebSocket (`/api/live`) rather than an HTTP request each: a request costs the browser some
 * 3–4 ms more, and the greet box must paint its answer within two frames. Reads only: none can
 * change the data or the session.
 */
export const liveHandlers = [
  'reception-search',
  'customers-search',
  'tickets-list',
] as const satisfies readonly HandlerName[];
export type LiveHandler = (typeof liveHandlers)[number];

export function isLiveHandler(name: string): name is LiveHandler {
  return (liveHandlers as readonly string[]).includes(name);
}

/** A call on the live socket, numbered by the page; the reply carries the same number. */
export interface LiveCall {
  id: number;
  name: string;
  input: unknown;
}
export interface LiveReply {
  /** Null when the message was not a call at all. */
  id: number | null;
  result: Result<unknown>;
}

import { z } from 'zod';
import { language } from './fields';
import type { CashClose } from './cash-close';
import type { IsoDate } from '../domain/calendar';
import type { DayLogMoney } from '../domain/day-log';
import type { IntakeChannel } from '../domain/intake-channels';
import { figuresWithTickets, type FigureReason, type FigureWithTickets } from '../domain/figure-tickets';
import type { Backlog, CategoryFigures, KpiSummary, ReceptionFigures, TechnicianFigures } from '../domain/kpis';
import type { PaymentKind, PaymentMethod } from '../domain/ledger';
import { rangeProblems } from '../domain/report-periods';
import type { ServiceType } from '../domain/service-types';
import type { Priority } from '../domain/sla';
import type { DueFor } from '../domain/ticket-clock';
import type { TicketState } from '../domain/ticket-states';
import type { TicketEventKind } from '../domain/ticket-workflow';
import type { WarrantyStatus } from '../domain/warranty';

/**
 * A report's dates: its first and last day in the shop's calendar, both included. Checked by the
 * one rule the date picker also shows (real dates, not backwards, at most a year and a day).
 */
const rangeFields = {
  from: z.string({ error: 'validation.date' }),
  to: z.string({ error: 'validation.date' }),
};

/** The range rule's problems as issues beside the field they concern. */
function checkRange(range: { from: string; to: string }, context: z.RefinementCtx): void {
  for (const problem of rangeProblems(range)) {
    const path = 'field' in problem ? [problem.field] : ['to'];
    const params = 'max' in problem ? { max: problem.max } : undefined;
    context.addIssue({ code: 'custom', path, message: problem.key, params });
  }
}

export const reportRangeInput = z.object(rangeFields).superRefine(checkRange);

/** The daily log's dates, and whether to show whole phone numbers (for those who may see them; put on record). */
export const dayLogInput = z.object({ ...rangeFields, fullPhones: z.boolean().default(false) }).superRefine(checkRange);
export type ReportRangeInput = z.input<typeof reportRangeInput>;

/** The sections of the daily log, each a sheet of the workbook or a CSV file of its own. */
export const dayLogSections = ['summary', 'received', 'moves', 'handOvers', 'payments', 'closes', 'overdue'] as const;
export type DayLogSection = (typeof dayLogSections)[number];

/** The daily log as a file: the whole workbook, or one section as CSV for other tools. */
export const dayLogExportInput = z
  .object({
    ...rangeFields,
    fullPhones: z.boolean().default(false),
    format: z.enum(['xlsx', 'csv'], { error: 'validation.invalid' }),
    section: z.enum(dayLogSections, { error: 'validation.invalid' }).default('received'),
    /** The words of the file: the screen's language; the shop's when left out. */
    language: language.optional(),
  })
  .superRefine(checkRange);

/** A file written for the caller to save: its suggested name, its type, and its bytes in base64 (JSON carries no bytes). */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A ticket received in the period, as the daily log lists it. */
export interface DayLogReceived {
  id: number;
  number: string;
  at: string;
  customerName: string;
  /** Masked unless the whole numbers were asked for. */
  customerPhone: string;
  productCategory: string;
  device: string;
  faultCategory: string;
  faultDescription: string;
  serviceType: ServiceType;
  priority: Priority;
  channel: IntakeChannel;
  warrantyStatus: WarrantyStatus;
  /** The estimate agreed at intake, in fen. */
  estimateFen: number;
  receptionistName: string;
  /** A consultation answered at the counter: what it was answered with. */
  resolution: string;
}

export interface DayLogMoveRow {
  at: string;
  ticketId: number;
  number: string;
  kind: TicketEventKind;
  fromState: TicketState | null;
  toState: TicketState;
  staffName: string;
}

export interface DayLogHandOverRow {
  at: string;
  ticketId: number;
  number: string;
  customerName: string;
  repaired: boolean;
  staffName: string;
  discountFen: number;
  owedFen: number;
}

export interface DayLogPaymentRow {
  at: string;
  ticketId: number;
  number: string;
  kind: PaymentKind;
  method: PaymentMethod;
  amountFen: number;
  /** This entry puts right an earlier one (its amount counts against). */
  reversal: boolean;
  staffName: string;
}

export interface DayLogOverdueRow {
  ticketId: number;
  number: string;
  state: TicketState;
  dueAt: string;
  dueFor: DueFor;
}

/** The daily log (日报) of a day or a range, as the Reports section shows it and the exports write it. */
export interface DayLogView {
  from: IsoDate;
  to: IsoDate;
  received: DayLogReceived[];
  /** Ids of the received consultations closed at the counter, and of the complaints. */
  closedAtCounter: number[];
  complaints: number[];
  moves: DayLogMoveRow[];
  handOvers: DayLogHandOverRow[];
  payments: DayLogPaymentRow[];
  money: DayLogMoney;
  /** The cash closes made in the period, as they were counted, with any corrections since. */
  closes: CashClose[];
  backlog: Backlog;
  overdue: DayLogOverdueRow[];
  fullPhones: boolean;
}

/** One day of a period's figures, for the charts. */
export interface KpiDay {
  date: IsoDate;
  intakes: number;
  /** Ready by the promise, of those first ready that day (null with none). */
  slaMet: number | null;
  /** In hand at the end of the day. */
  backlog: number;
}

/** A period's figures (KPIs) as the Reports section shows them, against the period before. */
export interface KpiReport {
  from: IsoDate;
  to: IsoDate;
  previous: { from: IsoDate; to: IsoDate };
  summary: KpiSummary;
  previousSummary: KpiSummary;
  /** In hand at the end of the period. */
  backlog: Backlog;
  reception: (ReceptionFigures & { name: string })[];
  technicians: (TechnicianFigures & { name: string })[];
  categories: CategoryFigures[];
  days: KpiDay[];
}

/** A figure of a period whose tickets are asked for. */
export const figureTicketsInput = z
  .object({ ...rangeFields, figure: z.enum(figuresWithTickets, { error: 'validation.invalid' }) })
  .superRefine(checkRange);

/** A ticket behind a figure, as the list under it shows it (the phone masked). */
export interface FigureTicketRow {
  ticketId: number;
  number: string;
  /** When it counted: first ready, handed back, checked, taken in. */
  at: string;
  reason: FigureReason;
  minutes: number | null;
  state: TicketState;
  customerName: string;
  customerPhone: string;
  productCategory: string;
  faultCategory: string;
  /** The technician whose work it was, or the receptionist who took it in; '' if none recorded. */
  staffName: string;
}

/** The tickets behind a figure: how many there are, and the first of them (worst first) to list. */
export interface FigureTicketsView {
  figure: FigureWithTickets;
  from: IsoDate;
  to: IsoDate;
  total: number;
  rows: FigureTicketRow[];
}

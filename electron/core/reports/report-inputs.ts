import type { ServiceSettings } from '../../../shared/contract';
import type { DayLogTicket } from '../../../shared/domain/day-log';
import type { KpiPayment, KpiPeriod, KpiRules } from '../../../shared/domain/kpis';
import { computeFees } from '../../../shared/domain/fees';
import { coversCost } from '../../../shared/domain/warranty';
import {
  historiesOfTickets,
  paymentsIn,
  reportTickets,
  ticketIdsActiveIn,
  ticketIdsPossiblyOpenAt,
  ticketIdsReceivedIn,
  type ReportEventRecord,
  type ReportPaymentRecord,
  type ReportTicketRecord,
} from '../db/queries/report-reads';
import { chargedLinesOfTickets } from '../db/queries/tickets';
import type { ReadableDB } from '../db/types';

/** What a period's report is worked out from: its tickets with their whole histories, and its ledger entries. */
export interface ReportInputs {
  period: KpiPeriod;
  /** Every ticket the period's figures may count: received in it, moved or paid in it, or in hand at its end. */
  tickets: DayLogTicket[];
  /** The same tickets as the lists show them, by id. */
  records: Map<number, ReportTicketRecord>;
  /** Each ticket's events, oldest first (calls to the customer left out). */
  histories: Map<number, ReportEventRecord[]>;
  payments: ReportPaymentRecord[];
}

const toIso = (date: Date) => date.toISOString();

/**
 * Reads what a period's figures need, in a few reads through indexes of time: the tickets
 * received or moved in the period and those that may have been in hand at its end, then those
 * tickets by id with their histories and what each charges. A day at a busy shop is a few
 * thousand rows; a month, some tens of thousands (read in the report worker, never on the main thread).
 */
export function readReportInputs(db: ReadableDB, period: KpiPeriod): ReportInputs {
  const range = { from: toIso(period.from), to: toIso(period.to) };
  const payments = paymentsIn(db, range);
  const ids = [
    ...new Set([
      ...payments.map((payment) => payment.ticketId),
      ...ticketIdsReceivedIn(db, range),
      ...ticketIdsActiveIn(db, range),
      ...ticketIdsPossiblyOpenAt(db, range.to),
    ]),
  ];
  const rows = reportTickets(db, ids);
  const histories = historiesOfTickets(db, ids);
  const lines = chargedLinesOfTickets(db, rows);
  const tickets = rows.map((row): DayLogTicket => ({
    id: row.id,
    serviceType: row.serviceType,
    channel: row.channel,
    priority: row.priority,
    promisedAt: row.promisedAt,
    createdAt: row.createdAt,
    chargedFen: computeFees({
      lines: lines.get(row.id) ?? [],
      warrantyCovers: coversCost(row.warrantyStatus),
      discountFen: row.discountFen,
    }).totalFen,
    cameBack: row.cameBack,
    comebackOf: row.comebackOf,
    productCategory: row.productCategory,
    faultCategory: row.diagnosedFaultCategory === '' ? row.faultCategory : row.diagnosedFaultCategory,
    intakeStartedAt: row.intakeStartedAt,
    events: histories.get(row.id) ?? [],
  }));
  return {
    period,
    tickets,
    records: new Map(rows.map((row) => [row.id, row])),
    histories,
    payments,
  };
}

/** The period's ledger entries as the figures read them. */
export const kpiPayments = (payments: readonly ReportPaymentRecord[]): KpiPayment[] =>
  payments.map((payment) => ({
    at: payment.at,
    kind: payment.kind,
    amountFen: payment.amountFen,
    reversesId: payment.reversesId,
  }));

/** What the figures take from the shop's settings: its hours, the promise per priority, the pausing states and state limits. */
export const kpiRules = (settings: ServiceSettings): KpiRules => ({
  hours: settings.businessHours,
  targetHours: settings.slaTargetHours,
  pausing: settings.workflow.pausingStates,
  stateLimits: settings.workflow.stateLimits,
});

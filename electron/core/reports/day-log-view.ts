import type { DayLogView } from '../../../shared/contract/reports';
import type { DateRange } from '../../../shared/domain/report-periods';
import { dayLog, type DayLogEvent } from '../../../shared/domain/day-log';
import { computeFees } from '../../../shared/domain/fees';
import { formatPhone, maskPhone } from '../../../shared/domain/phone';
import { rangePeriod } from '../../../shared/domain/report-periods';
import { coversCost } from '../../../shared/domain/warranty';
import {
  eventsIn,
  paymentsIn,
  reportTickets,
  staffNames,
  ticketIdsReceivedIn,
  ticketLabels,
} from '../db/queries/report-reads';
import { closesIn, withCorrections } from '../db/queries/cash-closes';
import { chargedLinesOfTickets } from '../db/queries/tickets';
import type { ReadableDB } from '../db/types';
import { readServiceSettings } from '../services/service-settings';
import { kpiRules } from '../tickets/facts';
import { readHeldTickets } from './report-inputs';

export interface DayLogRequest {
  range: DateRange;
  /** Whole phone numbers (the caller has checked the role and put it on record). */
  fullPhones: boolean;
}

/**
 * The daily log of a day or a range as the Reports section shows it and the exports write it:
 * the rules' log (`dayLog`) with each ticket's number, customer and staff names, phones masked
 * unless asked for whole. Reads the tickets received in the period in full, its events and
 * ledger entries, and the tickets that may have been in hand at its end with their moves; every
 * other ticket named only by its number and customer. Runs in the report worker.
 */
export function buildDayLog(db: ReadableDB, request: DayLogRequest): DayLogView {
  const settings = readServiceSettings(db);
  const period = rangePeriod(request.range, settings.businessHours.timeZone);
  const range = { from: period.from.toISOString(), to: period.to.toISOString() };
  const received = reportTickets(db, ticketIdsReceivedIn(db, range));
  const events: DayLogEvent[] = eventsIn(db, range);
  const payments = paymentsIn(db, range);
  const held = readHeldTickets(db, period.to);
  const intakeStates = new Map(
    events.flatMap((event) => (event.fromState === null ? [[event.ticketId, event.toState] as const] : [])),
  );
  const log = dayLog(
    {
      received: received.map((ticket) => ({
        id: ticket.id,
        serviceType: ticket.serviceType,
        createdAt: ticket.createdAt,
        intakeState: intakeStates.get(ticket.id) ?? ticket.state,
      })),
      events,
      held,
      payments,
    },
    period,
    kpiRules(settings),
  );
  const names = staffNames(db);
  const staffName = (id: number) => names.get(id) ?? '';
  const labels = ticketLabels(db, [
    ...new Set([
      ...log.moves.map((move) => move.ticketId),
      ...log.handOvers.map((handOver) => handOver.ticketId),
      ...payments.map((payment) => payment.ticketId),
      ...log.overdue.map((overdue) => overdue.ticketId),
    ]),
  ]);
  const number = (id: number) => labels.get(id)?.number ?? '';
  // The estimate agreed at intake: the intake's lines, whatever the bill later became.
  const estimates = chargedLinesOfTickets(
    db,
    received.map((ticket) => ({ id: ticket.id, billed: false })),
  );
  const phone = request.fullPhones ? formatPhone : maskPhone;
  return {
    from: request.range.from,
    to: request.range.to,
    received: received.map((ticket) => ({
      id: ticket.id,
      number: ticket.number,
      at: ticket.createdAt,
      customerName: ticket.customerName,
      customerPhone: phone(ticket.customerPhone),
      productCategory: ticket.productCategory,
      device: [ticket.deviceBrand, ticket.deviceModel].filter(Boolean).join(' '),
      faultCategory: ticket.faultCategory,
      faultDescription: ticket.faultDescription,
      serviceType: ticket.serviceType,
      priority: ticket.priority,
      channel: ticket.channel,
      warrantyStatus: ticket.warrantyStatus,
      estimateFen: computeFees({
        lines: estimates.get(ticket.id) ?? [],
        warrantyCovers: coversCost(ticket.warrantyStatus),
        discountFen: ticket.discountFen,
      }).totalFen,
      receptionistName: ticket.receptionistName,
      resolution: ticket.resolution,
    })),
    closedAtCounter: log.closedAtCounter,
    complaints: log.complaints,
    moves: log.moves.map((move) => ({
      at: move.at,
      ticketId: move.ticketId,
      number: number(move.ticketId),
      kind: move.kind,
      fromState: move.fromState,
      toState: move.toState,
      staffName: staffName(move.actorId),
    })),
    handOvers: log.handOvers.map((handOver) => ({
      at: handOver.at,
      ticketId: handOver.ticketId,
      number: number(handOver.ticketId),
      customerName: labels.get(handOver.ticketId)?.customerName ?? '',
      repaired: handOver.repaired,
      staffName: staffName(handOver.actorId),
      discountFen: handOver.discountFen,
      owedFen: handOver.owedFen,
    })),
    payments: payments.map((payment) => ({
      at: payment.at,
      ticketId: payment.ticketId,
      number: number(payment.ticketId),
      kind: payment.kind,
      method: payment.method,
      amountFen: payment.amountFen,
      reversal: payment.reversesId !== null,
      staffName: staffName(payment.staffId),
    })),
    money: log.money,
    closes: closesIn(db, range).map((close) => withCorrections(db, close)),
    backlog: log.backlog,
    overdue: log.overdue.map((overdue) => ({ ...overdue, number: number(overdue.ticketId) })),
    fullPhones: request.fullPhones,
  };
}

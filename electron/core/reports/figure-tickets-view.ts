import type { FigureTicketsView } from '../../../shared/contract/reports';
import { figureTickets, type FigureWithTickets } from '../../../shared/domain/figure-tickets';
import { maskPhone } from '../../../shared/domain/phone';
import { rangePeriod, type DateRange } from '../../../shared/domain/report-periods';
import { reportTickets, staffNames } from '../db/queries/report-reads';
import type { ReadableDB } from '../db/types';
import { readServiceSettings } from '../services/service-settings';
import { kpiRules } from '../tickets/facts';
import { readKpiFacts } from './report-inputs';

/** As many tickets as a person reads through under a figure; the rest are counted, not listed. */
export const FIGURE_TICKETS_LISTED = 200;

export interface FigureTicketsRequest {
  range: DateRange;
  figure: FigureWithTickets;
  /** The core's clock (ISO), for first responses still waiting. */
  now: string;
}

/**
 * The tickets behind one of a period's rates, from the same facts the figure was counted from:
 * how many, and the first of them worst first, each with its number, customer (phone masked),
 * product, fault, state now and whose work it was. Runs in the report worker.
 */
export function buildFigureTickets(db: ReadableDB, request: FigureTicketsRequest): FigureTicketsView {
  const settings = readServiceSettings(db);
  const period = rangePeriod(request.range, settings.businessHours.timeZone);
  const facts = readKpiFacts(db, period, kpiRules(settings));
  const behind = figureTickets(facts, request.figure, period, new Date(request.now));
  const listed = behind.slice(0, FIGURE_TICKETS_LISTED);
  const tickets = new Map(reportTickets(db, [...new Set(listed.map((row) => row.ticketId))]).map((t) => [t.id, t]));
  const names = staffNames(db);
  return {
    figure: request.figure,
    from: request.range.from,
    to: request.range.to,
    total: behind.length,
    rows: listed.flatMap((row) => {
      const ticket = tickets.get(row.ticketId);
      if (!ticket) return [];
      return [
        {
          ticketId: ticket.id,
          number: ticket.number,
          at: row.at,
          reason: row.reason,
          minutes: row.minutes,
          state: ticket.state,
          customerName: ticket.customerName,
          customerPhone: maskPhone(ticket.customerPhone),
          productCategory: ticket.productCategory,
          faultCategory: ticket.diagnosedFaultCategory || ticket.faultCategory,
          staffName: row.staffId === null ? '' : (names.get(row.staffId) ?? ''),
        },
      ];
    }),
  };
}

import type { KpiFacts } from './kpi-facts';
import { fixedFirstTime, inPeriod, responseVerdict, type KpiPeriod } from './kpis';

/*
 * The tickets behind a figure: for each rate on the Reports page, the tickets that counted against
 * it in the period (a promise missed, a repair that came back, a QC check failed), found by the
 * same rules and from the same facts the figure was counted from, so the list and the figure
 * always agree. Times are listed slowest first, anything else in the order it happened.
 */

/** The figures whose tickets can be listed. */
export const figuresWithTickets = [
  'firstResponse',
  'turnaround',
  'slaMet',
  'firstTimeFix',
  'qcFailures',
  'returnedUnrepaired',
  'cancelled',
  'complaints',
] as const;
export type FigureWithTickets = (typeof figuresWithTickets)[number];

/** Why a ticket is listed under its figure. */
export type FigureReason =
  | 'late'
  | 'waiting-past-due'
  | 'took'
  | 'promise-missed'
  | 'reworked'
  | 'came-back'
  | 'qc-failed'
  | 'returned-unrepaired'
  | 'cancelled'
  | 'complaint';

/** A ticket behind a figure: when it counted, why, how long it took where the figure is a time, and whose work it was. */
export interface FigureTicket {
  ticketId: number;
  at: string;
  reason: FigureReason;
  /** Business minutes, for the figures that are times. */
  minutes: number | null;
  /** The technician whose work it was, or the receptionist who took it in. */
  staffId: number | null;
}

const slowestFirst = (a: FigureTicket, b: FigureTicket) =>
  (b.minutes ?? Number.POSITIVE_INFINITY) - (a.minutes ?? Number.POSITIVE_INFINITY) || a.at.localeCompare(b.at);
const oldestFirst = (a: FigureTicket, b: FigureTicket) => a.at.localeCompare(b.at) || a.ticketId - b.ticketId;

/** Every ticket behind `figure` in the period: those that counted against it (for turnaround, every one, slowest first). */
export function figureTickets(
  facts: KpiFacts,
  figure: FigureWithTickets,
  period: KpiPeriod,
  now: Date,
): FigureTicket[] {
  const listed: FigureTicket[] = [];
  const add = (row: FigureTicket) => listed.push(row);
  switch (figure) {
    case 'firstResponse':
      for (const intake of inPeriod(facts.intakes, period)) {
        if (!intake.response) continue;
        const verdict = responseVerdict(intake.response, now);
        if (verdict === 'late' || verdict === 'waiting-past-due')
          add({
            ticketId: intake.ticketId,
            at: intake.at,
            reason: verdict,
            minutes: intake.response.minutes,
            staffId: intake.staffId,
          });
      }
      return listed.sort(slowestFirst);
    case 'turnaround':
      for (const ready of inPeriod(facts.readies, period))
        add({
          ticketId: ready.ticketId,
          at: ready.at,
          reason: 'took',
          minutes: ready.minutes,
          staffId: ready.technicianId,
        });
      return listed.sort(slowestFirst);
    case 'slaMet':
      for (const ready of inPeriod(facts.readies, period))
        if (!ready.kept)
          add({
            ticketId: ready.ticketId,
            at: ready.at,
            reason: 'promise-missed',
            minutes: ready.minutes,
            staffId: ready.technicianId,
          });
      return listed.sort(slowestFirst);
    case 'firstTimeFix':
      for (const handBack of inPeriod(facts.handBacks, period))
        if (!fixedFirstTime(handBack))
          add({
            ticketId: handBack.ticketId,
            at: handBack.at,
            reason: handBack.reworked ? 'reworked' : 'came-back',
            minutes: null,
            staffId: handBack.technicianId,
          });
      return listed.sort(oldestFirst);
    case 'qcFailures':
      for (const check of inPeriod(facts.checks, period))
        if (check.failed)
          add({
            ticketId: check.ticketId,
            at: check.at,
            reason: 'qc-failed',
            minutes: null,
            staffId: check.technicianId,
          });
      return listed.sort(oldestFirst);
    case 'returnedUnrepaired':
    case 'cancelled':
      for (const end of inPeriod(facts.ends, period))
        if (end.outcome === outcomeOf[figure])
          add({ ticketId: end.ticketId, at: end.at, reason: outcomeOf[figure], minutes: null, staffId: null });
      return listed.sort(oldestFirst);
    case 'complaints':
      for (const intake of inPeriod(facts.intakes, period))
        if (intake.serviceType === 'complaint')
          add({
            ticketId: intake.ticketId,
            at: intake.at,
            reason: 'complaint',
            minutes: null,
            staffId: intake.staffId,
          });
      return listed.sort(oldestFirst);
  }
}

const outcomeOf = { returnedUnrepaired: 'returned-unrepaired', cancelled: 'cancelled' } as const;

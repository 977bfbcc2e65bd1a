import type { HeldTicket } from '../../../shared/domain/day-log';
import { kpiFacts, type KpiFacts, type KpiRules } from '../../../shared/domain/kpi-facts';
import type { KpiPayment, KpiPeriod } from '../../../shared/domain/kpis';
import {
  factsTickets,
  movesOfTickets,
  ticketIdsActiveIn,
  ticketIdsHeldAt,
  type ReportPaymentRecord,
} from '../db/queries/report-reads';
import {
  checkFactsIn,
  factsKeptUnder,
  handBackFactsIn,
  handOverFactsIn,
  intakeFactsIn,
  readyFactsIn,
  workEndFactsIn,
} from '../db/queries/ticket-facts';
import type { ReadableDB } from '../db/types';
import { readKpiTickets, rulesKey } from '../tickets/facts';

const isoRange = (period: KpiPeriod) => ({ from: period.from.toISOString(), to: period.to.toISOString() });

/** Whether every ticket's kept facts were worked out under these rules (else they are worked out from the events). */
export const factsAreKept = (db: ReadableDB, rules: KpiRules) => factsKeptUnder(db) === rulesKey(rules);

/**
 * The facts the figures of a period count: read from those kept beside the tickets, each kind by
 * the index of its moment (a month is some tens of thousands of narrow rows), or, while they are
 * not all kept under the present rules (tickets from before they were, a calendar just changed),
 * worked out from the events of every ticket something happened to in the period.
 */
export function readKpiFacts(db: ReadableDB, period: KpiPeriod, rules: KpiRules): KpiFacts {
  const range = isoRange(period);
  if (factsAreKept(db, rules))
    return {
      intakes: intakeFactsIn(db, range),
      readies: readyFactsIn(db, range),
      ends: workEndFactsIn(db, range),
      handBacks: handBackFactsIn(db, range),
      checks: checkFactsIn(db, range),
      handOvers: handOverFactsIn(db, range),
    };
  // Every fact is the moment of one of the ticket's events, so the tickets moved in the period hold them all.
  return kpiFacts(readKpiTickets(db, ticketIdsActiveIn(db, range)), rules);
}

/** Every ticket that may have been in hand at `at`, with its moves: the backlog and the overdue list at that moment. */
export function readHeldTickets(db: ReadableDB, at: Date): HeldTicket[] {
  const ids = ticketIdsHeldAt(db, at.toISOString());
  const moves = movesOfTickets(db, ids);
  return factsTickets(db, ids).map((ticket) => ({
    id: ticket.id,
    priority: ticket.priority,
    promisedAt: ticket.promisedAt,
    createdAt: ticket.createdAt,
    events: moves.get(ticket.id) ?? [],
  }));
}

/** The period's ledger entries as the figures read them. */
export const kpiPayments = (payments: readonly ReportPaymentRecord[]): KpiPayment[] =>
  payments.map((payment) => ({
    at: payment.at,
    kind: payment.kind,
    amountFen: payment.amountFen,
    reversesId: payment.reversesId,
  }));

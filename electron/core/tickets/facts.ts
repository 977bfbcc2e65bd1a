import { createHash } from 'node:crypto';
import { computeFees } from '../../../shared/domain/fees';
import { ticketFacts, type KpiRules, type KpiTicket, type TicketFacts } from '../../../shared/domain/kpi-facts';
import { coversCost } from '../../../shared/domain/warranty';
import { factsTickets, movesOfTickets } from '../db/queries/report-reads';
import { saveTicketFacts } from '../db/queries/ticket-facts';
import { chargedLinesOfTickets } from '../db/queries/tickets';
import type { ReadableDB, WritableDB } from '../db/types';
import type { ClockSettings } from './due';

/** What the figures take from the shop's settings: its hours, the promise per priority, the pausing states and state limits. */
export const kpiRules = (settings: ClockSettings): KpiRules => ({
  hours: settings.businessHours,
  targetHours: settings.slaTargetHours,
  pausing: settings.workflow.pausingStates,
  stateLimits: settings.workflow.stateLimits,
});

/** A short fingerprint of the rules a ticket's facts were worked out under: facts under other rules are worked out again. */
export function rulesKey(rules: KpiRules): string {
  return createHash('sha256').update(JSON.stringify(rules)).digest('hex').slice(0, 16);
}

/** A ticket as the figures read it, with the version of it that was read. */
export type VersionedKpiTicket = KpiTicket & { version: number };

/** These tickets with their moves and what each charges (its bill, or its estimate before one), in the order of their ids. */
export function readKpiTickets(db: ReadableDB, ids: readonly number[]): VersionedKpiTicket[] {
  const rows = factsTickets(db, ids);
  const moves = movesOfTickets(db, ids);
  const lines = chargedLinesOfTickets(db, rows);
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
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
    events: moves.get(row.id) ?? [],
  }));
}

/** The facts of these tickets under these rules, each stamped with the version it was worked out at. */
export function workOutFacts(
  db: ReadableDB,
  ids: readonly number[],
  rules: KpiRules,
): { facts: TicketFacts; version: number }[] {
  return readKpiTickets(db, ids).map((ticket) => ({ facts: ticketFacts(ticket, rules), version: ticket.version }));
}

/**
 * Works a ticket's facts out again from its moves as recorded and keeps them beside it. Part of
 * the ticket's one write path: called by `createTicket` and `moveTicket` after they have appended
 * their event, inside their transaction, so the kept facts are never behind the events.
 */
export function keepFacts(db: WritableDB, ticketId: number, settings: ClockSettings): void {
  const rules = kpiRules(settings);
  for (const { facts, version } of workOutFacts(db, [ticketId], rules))
    saveTicketFacts(db, facts, { rulesKey: rulesKey(rules), version });
}

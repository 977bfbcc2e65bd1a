import type {
  CheckFact,
  HandBackFact,
  HandOverFact,
  IntakeFact,
  ReadyFact,
  TicketFacts,
  WorkEndFact,
} from '../../../../shared/domain/kpi-facts';
import type { IntakeChannel } from '../../../../shared/domain/intake-channels';
import type { ServiceType } from '../../../../shared/domain/service-types';
import { all, get, ident, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';
import type { ReportPeriodQuery } from './report-reads';

/*
 * The figures' facts kept beside each ticket (migration 0230), and the period reads of them: each
 * kind of fact by the index of the moment it counts at. A ticket's row is written by its one write
 * path, as it moves, and by the report worker's catching up (tickets from before, or after the
 * rules changed), never over a newer one.
 */

/** Under which rules and at which version of its ticket a row was worked out. */
export interface FactsStamp {
  rulesKey: string;
  version: number;
}

const flag = (value: boolean) => (value ? 1 : 0);

const upsertFacts = (facts: TicketFacts, stamp: FactsStamp) => {
  const { intake, ready, end, handBack } = facts;
  const response = intake.response;
  return sql`INSERT INTO ticket_facts (ticket_id, rules_key, version, received_at, service_type, channel,
               product_category, fault_category, comeback_of, received_by, recording_minutes, workshop,
               response_due_at, responded_at, response_minutes, called_off, ready_at, ready_minutes, ready_kept,
               ready_by, ended_at, ended_as, handed_back_at, handed_back_by, reworked, charged_fen)
             VALUES (${intake.ticketId}, ${stamp.rulesKey}, ${stamp.version}, ${intake.at}, ${intake.serviceType},
               ${intake.channel}, ${intake.productCategory}, ${intake.faultCategory}, ${intake.comebackOf},
               ${intake.staffId}, ${intake.recordingMinutes}, ${flag(response !== null)}, ${response?.dueAt ?? null},
               ${response?.startedAt ?? null}, ${response?.minutes ?? null}, ${flag(response?.calledOff ?? false)},
               ${ready?.at ?? null}, ${ready?.minutes ?? null}, ${ready ? flag(ready.kept) : null},
               ${ready?.technicianId ?? null}, ${end?.at ?? null}, ${end?.outcome ?? null}, ${handBack?.at ?? null},
               ${handBack?.technicianId ?? null}, ${flag(handBack?.reworked ?? false)}, ${handBack?.chargedFen ?? 0})
             ON CONFLICT (ticket_id) DO UPDATE SET rules_key = excluded.rules_key, version = excluded.version,
               received_at = excluded.received_at, service_type = excluded.service_type, channel = excluded.channel,
               product_category = excluded.product_category, fault_category = excluded.fault_category,
               comeback_of = excluded.comeback_of, received_by = excluded.received_by,
               recording_minutes = excluded.recording_minutes, workshop = excluded.workshop,
               response_due_at = excluded.response_due_at, responded_at = excluded.responded_at,
               response_minutes = excluded.response_minutes, called_off = excluded.called_off,
               ready_at = excluded.ready_at, ready_minutes = excluded.ready_minutes, ready_kept = excluded.ready_kept,
               ready_by = excluded.ready_by, ended_at = excluded.ended_at, ended_as = excluded.ended_as,
               handed_back_at = excluded.handed_back_at, handed_back_by = excluded.handed_back_by,
               reworked = excluded.reworked, charged_fen = excluded.charged_fen`;
};

/** Keeps a ticket's facts as its write path has just worked them out. */
export function saveTicketFacts(db: WritableDB, facts: TicketFacts, stamp: FactsStamp): void {
  run(db, upsertFacts(facts, stamp));
}

/**
 * Keeps facts worked out elsewhere (the report worker) only if the ticket has not moved since
 * they were (its version is still theirs); says whether it did.
 */
export function saveTicketFactsIfCurrent(db: WritableDB, facts: TicketFacts, stamp: FactsStamp): boolean {
  const current = get<{ version: number }>(db, sql`SELECT version FROM tickets WHERE id = ${facts.intake.ticketId}`);
  if (current?.version !== stamp.version) return false;
  run(db, upsertFacts(facts, stamp));
  return true;
}

/** The rules under which every ticket has its facts, if one pass has found none missing since they were set. */
export function factsKeptUnder(db: ReadableDB): string | undefined {
  return get<{ rules_key: string }>(db, sql`SELECT rules_key FROM ticket_facts_kept WHERE id = 1`)?.rules_key;
}

export function markFactsKept(db: WritableDB, rulesKey: string, at: string): void {
  run(
    db,
    sql`INSERT INTO ticket_facts_kept (id, rules_key, at) VALUES (1, ${rulesKey}, ${at})
        ON CONFLICT (id) DO UPDATE SET rules_key = excluded.rules_key, at = excluded.at`,
  );
}

/** Up to `limit` tickets after `afterId`, by id, with no facts or facts under other rules. */
export function ticketsLackingFacts(db: ReadableDB, rulesKey: string, afterId: number, limit: number): number[] {
  return all<{ id: number }>(
    db,
    sql`SELECT t.id FROM tickets t LEFT JOIN ticket_facts f ON f.ticket_id = t.id
        WHERE t.id > ${afterId} AND (f.ticket_id IS NULL OR f.rules_key <> ${rulesKey})
        ORDER BY t.id LIMIT ${limit}`,
  ).map((row) => row.id);
}

interface IntakeRow {
  ticket_id: number;
  received_at: string;
  service_type: ServiceType;
  channel: IntakeChannel;
  product_category: string;
  fault_category: string;
  comeback_of: number | null;
  received_by: number;
  recording_minutes: number | null;
  workshop: number;
  response_due_at: string | null;
  responded_at: string | null;
  response_minutes: number | null;
  called_off: number;
}

/** The intakes recorded in the period (the `ticket_facts_received` index). */
export function intakeFactsIn(db: ReadableDB, period: ReportPeriodQuery): IntakeFact[] {
  return all<IntakeRow>(
    db,
    sql`SELECT ticket_id, received_at, service_type, channel, product_category, fault_category, comeback_of,
               received_by, recording_minutes, workshop, response_due_at, responded_at, response_minutes, called_off
        FROM ticket_facts INDEXED BY ticket_facts_received
        WHERE received_at >= ${period.from} AND received_at < ${period.to}`,
  ).map((row) => ({
    ticketId: row.ticket_id,
    at: row.received_at,
    serviceType: row.service_type,
    channel: row.channel,
    productCategory: row.product_category,
    faultCategory: row.fault_category,
    comebackOf: row.comeback_of,
    staffId: row.received_by,
    recordingMinutes: row.recording_minutes,
    response:
      row.workshop === 1
        ? {
            dueAt: row.response_due_at,
            startedAt: row.responded_at,
            minutes: row.response_minutes,
            calledOff: row.called_off === 1,
          }
        : null,
  }));
}

/** The tickets first ready in the period (the `ticket_facts_ready` index). */
export function readyFactsIn(db: ReadableDB, period: ReportPeriodQuery): ReadyFact[] {
  return all<{
    ticket_id: number;
    ready_at: string;
    ready_minutes: number;
    ready_kept: number;
    ready_by: number | null;
  }>(
    db,
    sql`SELECT ticket_id, ready_at, ready_minutes, ready_kept, ready_by
        FROM ticket_facts INDEXED BY ticket_facts_ready
        WHERE ready_at >= ${period.from} AND ready_at < ${period.to}`,
  ).map((row) => ({
    ticketId: row.ticket_id,
    at: row.ready_at,
    minutes: row.ready_minutes,
    kept: row.ready_kept === 1,
    technicianId: row.ready_by,
  }));
}

/** The workshop tickets whose work first ended in the period (the `ticket_facts_ended` index). */
export function workEndFactsIn(db: ReadableDB, period: ReportPeriodQuery): WorkEndFact[] {
  return all<{ ticket_id: number; ended_at: string; ended_as: WorkEndFact['outcome'] }>(
    db,
    sql`SELECT ticket_id, ended_at, ended_as FROM ticket_facts INDEXED BY ticket_facts_ended
        WHERE ended_at >= ${period.from} AND ended_at < ${period.to}`,
  ).map((row) => ({ ticketId: row.ticket_id, at: row.ended_at, outcome: row.ended_as }));
}

/** The repairs collected in the period, each with whether a later ticket came back under its warranty (read now). */
export function handBackFactsIn(db: ReadableDB, period: ReportPeriodQuery): HandBackFact[] {
  return all<{
    ticket_id: number;
    handed_back_at: string;
    handed_back_by: number | null;
    reworked: number;
    charged_fen: number;
    came_back: number;
  }>(
    db,
    sql`SELECT f.ticket_id, f.handed_back_at, f.handed_back_by, f.reworked, f.charged_fen,
               EXISTS (SELECT 1 FROM tickets b INDEXED BY tickets_comeback_of WHERE b.comeback_of = f.ticket_id) AS came_back
        FROM ticket_facts f INDEXED BY ticket_facts_handed_back
        WHERE f.handed_back_at >= ${period.from} AND f.handed_back_at < ${period.to}`,
  ).map((row) => ({
    ticketId: row.ticket_id,
    at: row.handed_back_at,
    technicianId: row.handed_back_by,
    reworked: row.reworked === 1,
    cameBack: row.came_back === 1,
    chargedFen: row.charged_fen,
  }));
}

/** The condition of the `ticket_events_counted` index, as it must be written for SQLite to read through it. */
const counted = (table: string) => sql`${ident(table)}.kind IN ('pass-qc', 'fail-qc', 'hand-over')`;

/**
 * The QC checks made in the period, each with whose repair it checked: the last to finish the
 * repair before it (as `checksOf` has it), read back through the ticket's own events.
 */
export function checkFactsIn(db: ReadableDB, period: ReportPeriodQuery): CheckFact[] {
  return all<{ ticket_id: number; at: string; kind: string; technician_id: number | null }>(
    db,
    sql`SELECT e.ticket_id, e.at, e.kind,
               (SELECT r.actor_id FROM ticket_events r INDEXED BY ticket_events_ticket
                WHERE r.ticket_id = e.ticket_id AND r.id < e.id AND r.kind = 'finish-repair'
                ORDER BY r.id DESC LIMIT 1) AS technician_id
        FROM ticket_events e INDEXED BY ticket_events_counted
        WHERE ${counted('e')} AND e.kind IN ('pass-qc', 'fail-qc') AND e.at >= ${period.from} AND e.at < ${period.to}`,
  ).map((row) => ({
    ticketId: row.ticket_id,
    at: row.at,
    failed: row.kind === 'fail-qc',
    technicianId: row.technician_id,
  }));
}

/** The hand-overs across the counter in the period, by who recorded them. */
export function handOverFactsIn(db: ReadableDB, period: ReportPeriodQuery): HandOverFact[] {
  return all<{ ticket_id: number; at: string; actor_id: number }>(
    db,
    sql`SELECT ticket_id, at, actor_id FROM ticket_events INDEXED BY ticket_events_counted
        WHERE ${counted('ticket_events')} AND kind = 'hand-over' AND at >= ${period.from} AND at < ${period.to}`,
  ).map((row) => ({ ticketId: row.ticket_id, at: row.at, staffId: row.actor_id }));
}

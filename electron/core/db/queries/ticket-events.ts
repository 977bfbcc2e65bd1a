import type { TicketState } from '../../../../shared/domain/ticket-states';
import type { TicketEventKind } from '../../../../shared/domain/ticket-workflow';
import { all, get, inIds, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

export interface TicketEventRecord {
  id: number;
  ticketId: number;
  at: string;
  actorId: number;
  actorName: string;
  kind: TicketEventKind;
  fromState: TicketState | null;
  toState: TicketState;
  note: string;
  /** The move's facts as recorded (JSON), read back by kind in the ticket views. */
  payload: unknown;
}

export function appendTicketEvent(db: WritableDB, event: Omit<TicketEventRecord, 'id' | 'actorName'>): number {
  const result = run(
    db,
    sql`INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, note, payload)
        VALUES (${event.ticketId}, ${event.at}, ${event.actorId}, ${event.kind}, ${event.fromState}, ${event.toState},
                ${event.note}, ${JSON.stringify(event.payload ?? {})})`,
  );
  return Number(result.lastInsertRowid);
}

export function ticketEvents(db: ReadableDB, ticketId: number): TicketEventRecord[] {
  return all<{
    id: number;
    ticket_id: number;
    at: string;
    actor_id: number;
    actor_name: string;
    kind: TicketEventKind;
    from_state: TicketState | null;
    to_state: TicketState;
    note: string;
    payload: string;
  }>(
    db,
    sql`SELECT e.*, s.name AS actor_name FROM ticket_events e JOIN staff s ON s.id = e.actor_id
        WHERE e.ticket_id = ${ticketId} ORDER BY e.id`,
  ).map((row) => ({
    id: row.id,
    ticketId: row.ticket_id,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    kind: row.kind,
    fromState: row.from_state,
    toState: row.to_state,
    note: row.note,
    payload: JSON.parse(row.payload) as unknown,
  }));
}

/** The newest change of a ticket: who made it, and when (for a refused stale change). A call to the customer changes nothing. */
export function lastTicketEvent(db: ReadableDB, ticketId: number): { at: string; actorName: string } | undefined {
  const row = get<{ at: string; actor_name: string }>(
    db,
    sql`SELECT e.at, s.name AS actor_name FROM ticket_events e JOIN staff s ON s.id = e.actor_id
        WHERE e.ticket_id = ${ticketId} AND e.kind <> 'contact' ORDER BY e.id DESC LIMIT 1`,
  );
  return row && { at: row.at, actorName: row.actor_name };
}

/** The state a ticket was in before it entered its present one (null: it has been in it since intake). */
export function enteredFrom(db: ReadableDB, ticketId: number, state: TicketState): TicketState | null {
  return (
    get<{ from_state: TicketState | null }>(
      db,
      sql`SELECT from_state FROM ticket_events
          WHERE ticket_id = ${ticketId} AND to_state = ${state} AND from_state IS NOT to_state
          ORDER BY id DESC LIMIT 1`,
    )?.from_state ?? null
  );
}

/** A ticket's moves as its clock needs them (when, into which state), oldest first; calls to the customer are not moves. */
export function clockEventsOf(db: ReadableDB, ticketId: number): { at: string; toState: TicketState }[] {
  return all<{ at: string; to_state: TicketState }>(
    db,
    sql`SELECT at, to_state FROM ticket_events WHERE ticket_id = ${ticketId} AND kind <> 'contact' ORDER BY id`,
  ).map((row) => ({ at: row.at, toState: row.to_state }));
}

/** A contact event as the ready shelf reads it. */
export interface ContactEventRecord {
  ticketId: number;
  at: string;
  staffName: string;
  payload: unknown;
}

/** The calls and messages to these tickets' customers, newest first (from each ticket's events, by index). */
export function contactsOfTickets(db: ReadableDB, ticketIds: readonly number[]): ContactEventRecord[] {
  if (ticketIds.length === 0) return [];
  return all<{ ticket_id: number; at: string; staff_name: string; payload: string }>(
    db,
    sql`SELECT e.ticket_id, e.at, s.name AS staff_name, e.payload
        FROM ticket_events e JOIN staff s ON s.id = e.actor_id
        WHERE e.ticket_id ${inIds(ticketIds)} AND e.kind = 'contact' ORDER BY e.id DESC`,
  ).map((row) => ({
    ticketId: row.ticket_id,
    at: row.at,
    staffName: row.staff_name,
    payload: JSON.parse(row.payload) as unknown,
  }));
}

/**
 * The bill's lines as the last diagnosis or change of the bill wrote them (in its facts), for a
 * ticket taken up again after going back unrepaired or being called off; undefined if it never had one.
 */
export function lastBilledLines(db: ReadableDB, ticketId: number): unknown {
  const row = get<{ payload: string }>(
    db,
    sql`SELECT payload FROM ticket_events
        WHERE ticket_id = ${ticketId} AND kind IN ('diagnose', 'revise-bill') ORDER BY id DESC LIMIT 1`,
  );
  return row ? (JSON.parse(row.payload) as { lines?: unknown }).lines : undefined;
}

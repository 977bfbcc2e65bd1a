import type { TicketState } from '../../../../shared/domain/ticket-states';
import { all, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

export interface TicketEventRecord {
  id: number;
  ticketId: number;
  at: string;
  actorId: number;
  actorName: string;
  kind: string;
  fromState: TicketState | null;
  toState: TicketState;
  note: string;
}

export function appendTicketEvent(db: WritableDB, event: Omit<TicketEventRecord, 'id' | 'actorName'>): number {
  const result = run(
    db,
    sql`INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, note)
        VALUES (${event.ticketId}, ${event.at}, ${event.actorId}, ${event.kind}, ${event.fromState}, ${event.toState},
                ${event.note})`,
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
    kind: string;
    from_state: TicketState | null;
    to_state: TicketState;
    note: string;
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
  }));
}

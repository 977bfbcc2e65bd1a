import type { ServiceSettings } from '../../../shared/contract';
import type { Priority } from '../../../shared/domain/sla';
import { ticketClock, type ClockEvent } from '../../../shared/domain/ticket-clock';
import { clockEventsOf } from '../db/queries/ticket-events';
import { openTicketsForClock, saveTicketDue, type TicketDue } from '../db/queries/tickets';
import { writeTransaction } from '../db/sql';
import type { ReadableDB, WritableDB } from '../db/types';

/** What a ticket's clock depends on in the shop's settings. */
export type ClockSettings = Pick<ServiceSettings, 'businessHours' | 'slaTargetHours' | 'workflow'>;

/** When a ticket with these moves is due next (ISO time) and what for, or nulls: see `ticketClock`. */
export function dueOf(
  events: readonly ClockEvent[],
  ticket: { priority: Priority; promisedAt: string | null },
  settings: ClockSettings,
  now: Date,
): TicketDue {
  const clock = ticketClock(
    events,
    {
      targetHours: settings.slaTargetHours[ticket.priority],
      pausing: settings.workflow.pausingStates,
      stateLimits: settings.workflow.stateLimits,
      promised: ticket.promisedAt === null ? null : new Date(ticket.promisedAt),
    },
    settings.businessHours,
    now,
  );
  return { dueAt: clock.dueAt?.toISOString() ?? null, dueFor: clock.dueFor };
}

/**
 * Works out again when a ticket is due, from its moves as recorded, and keeps it on the ticket.
 * Part of the ticket's one write path: called by `createTicket` and `moveTicket` after they have
 * appended their event, inside their transaction.
 */
export function keepDueAt(
  db: WritableDB,
  ticket: { id: number; priority: Priority; promisedAt: string | null },
  settings: ClockSettings,
  now: Date,
): void {
  saveTicketDue(db, ticket.id, dueOf(clockEventsOf(db, ticket.id), ticket, settings, now));
}

/** The tickets of `openTicketsForClock` whose due time, worked out now, differs from the one kept. */
function changedDueTimes(
  db: ReadableDB,
  settings: ClockSettings,
  now: Date,
  options: { missingOnly: boolean },
): ({ id: number } & TicketDue)[] {
  return openTicketsForClock(db, options).flatMap((ticket) => {
    const due = dueOf(clockEventsOf(db, ticket.id), ticket, settings, now);
    return due.dueAt === ticket.dueAt && due.dueFor === ticket.dueFor ? [] : [{ id: ticket.id, ...due }];
  });
}

/**
 * Works out the due times of the tickets in hand again: all of them after the calendar or the
 * workshop's limits changed, or only those without one (tickets on file before due times were
 * kept, at start). A few thousand tickets at most, each read through its own events. Only a
 * change is written: in the caller's write transaction if there is one, else in one of its own,
 * so a start with nothing to change writes nothing. Says how many changed.
 */
export function refreshDueTimes(
  db: WritableDB,
  settings: ClockSettings,
  now: Date,
  options: { missingOnly: boolean },
): number {
  const save = () => {
    const changed = changedDueTimes(db, settings, now, options);
    for (const ticket of changed) saveTicketDue(db, ticket.id, ticket);
    return changed.length;
  };
  // Inside a caller's transaction (a settings save), once; on its own (at start), a first look
  // without a transaction, so that nothing to change takes no write lock.
  if (db.inTransaction) return save();
  if (changedDueTimes(db, settings, now, options).length === 0) return 0;
  return writeTransaction(db, save);
}

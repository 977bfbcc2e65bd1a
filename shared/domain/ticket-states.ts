import type { ServiceType } from './service-types';

/**
 * Where a ticket stands. After intake: diagnosis → (quote approval) → waiting for parts →
 * repair → QA → ready for pickup → picked up; on hold while waiting for the customer or for
 * information; or returned unrepaired, cancelled, or closed (a consultation answered, a
 * complaint resolved, an installation done). The moves between them: `ticket-workflow.ts`.
 */
export const ticketStates = [
  'received',
  'diagnosing',
  'awaiting-approval',
  'awaiting-parts',
  'on-hold',
  'repairing',
  'qa',
  'ready',
  'picked-up',
  'returned-unrepaired',
  'cancelled',
  'closed',
] as const;
export type TicketState = (typeof ticketStates)[number];

/** States in which nothing more is owed to the customer: no SLA clock runs, nothing is overdue. */
const finishedStates: readonly TicketState[] = ['picked-up', 'returned-unrepaired', 'cancelled', 'closed'];

export function isFinished(state: TicketState): boolean {
  return finishedStates.includes(state);
}

/** The states of a ticket still in hand, in the order a ticket passes through them. */
export const openTicketStates: readonly TicketState[] = ticketStates.filter((state) => !isFinished(state));

/** The state a ticket is recorded in: a consultation answered at the counter is closed at once. */
export function initialState(type: ServiceType, options: { closedAtCounter: boolean }): TicketState {
  return type === 'consultation' && options.closedAtCounter ? 'closed' : 'received';
}

/** Overdue: still open and past the time it is due (its state's limit, or the promise while its clock runs). */
export function isOverdue(ticket: { state: TicketState; dueAt: string | null }, now: Date): boolean {
  if (isFinished(ticket.state) || ticket.dueAt === null) return false;
  return Date.parse(ticket.dueAt) < now.getTime();
}

/**
 * States in which a workshop's device waits on the shelf for its customer: repaired, going back
 * unrepaired, or the work called off.
 */
export const shelfStates: readonly TicketState[] = ['ready', 'returned-unrepaired', 'cancelled'];

export function isShelfState(state: TicketState): boolean {
  return shelfStates.includes(state);
}

import { formatTicketNumber } from '../../../shared/domain/ticket-number';
import { appendTicketEvent } from '../db/queries/ticket-events';
import {
  insertDevicePassword,
  insertSignature,
  insertTicket,
  insertTicketLines,
  nextDaySequence,
  type TicketLineRecord,
  type TicketWrite,
} from '../db/queries/tickets';
import type { WritableDB } from '../db/types';
import type { HandlerContext } from '../context';
import { audit } from '../services/audit';
import { keepFacts } from './facts';
import { keepDueAt, type ClockSettings } from './due';

export interface NewTicket {
  /** The ticket less its number: it is numbered here, in the day of `intakeDay`. */
  ticket: Omit<TicketWrite, 'number' | 'daySequence'>;
  /** The estimate the customer agreed to. */
  lines: readonly TicketLineRecord[];
  devicePassword: string;
  signaturePng: Uint8Array | null;
  /** Said at intake (a consultation's answer when closed at the counter). */
  note: string;
}

/**
 * Records a new ticket: its number (the next of its day, gap-free), the estimate lines, the device
 * password and signature, the intake event, when it is due (its clock) and the audit entry. The one way a ticket comes into
 * being, for intake and for sample data alike. Call inside a write transaction: a failure later
 * in that transaction gives the number back.
 */
export function createTicket(
  db: WritableDB,
  context: Pick<HandlerContext, 'actor' | 'now'> & { settings: ClockSettings },
  { ticket, lines, devicePassword, signaturePng, note }: NewTicket,
): { id: number; number: string } {
  const daySequence = nextDaySequence(db, ticket.intakeDay);
  const number = formatTicketNumber(ticket.intakeDay, daySequence);
  const id = insertTicket(db, { ...ticket, number, daySequence });
  insertTicketLines(db, id, lines);
  if (devicePassword !== '') insertDevicePassword(db, id, devicePassword);
  if (signaturePng) insertSignature(db, id, signaturePng);
  appendTicketEvent(db, {
    ticketId: id,
    at: ticket.createdAt,
    actorId: ticket.receptionistId,
    kind: 'intake',
    fromState: null,
    toState: ticket.state,
    note,
    payload: {},
  });
  keepDueAt(db, { id, priority: ticket.priority, promisedAt: ticket.promisedAt }, context.settings, context.now);
  keepFacts(db, id, context.settings);
  audit(db, context, 'ticket.create', {
    entity: 'ticket',
    entityId: id,
    details: { number, serviceType: ticket.serviceType, state: ticket.state },
  });
  return { id, number };
}

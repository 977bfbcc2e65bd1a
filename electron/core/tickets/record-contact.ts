import { fail, ok, type ContactFacts, type Outcome } from '../../../shared/contract';
import { isFinished } from '../../../shared/domain/ticket-states';
import { appendTicketEvent } from '../db/queries/ticket-events';
import { findTicket } from '../db/queries/tickets';
import type { WritableDB } from '../db/types';
import type { Actor } from '../context';
import { audit } from '../services/audit';

/**
 * Records a call or message to a ticket's customer as one of its events (from and to the state it
 * is in). It changes nothing about the ticket, so it does not raise its version: a technician's
 * move planned meanwhile still goes through. Call inside a write transaction.
 */
export function recordContact(
  db: WritableDB,
  context: { actor: Actor; now: Date },
  ticketId: number,
  contact: ContactFacts,
): Outcome<{ id: number }> {
  const record = findTicket(db, ticketId);
  if (!record) return fail('not-found', 'errors.ticketNotFound');
  // A device back unrepaired still waits for its customer; other finished tickets need no call.
  if (isFinished(record.state) && record.shelvedAt === null)
    return fail('conflict', 'pickup.errors.contactFinished', { params: { state: record.state } });
  const id = appendTicketEvent(db, {
    ticketId,
    at: context.now.toISOString(),
    actorId: context.actor.id,
    kind: 'contact',
    fromState: record.state,
    toState: record.state,
    note: contact.note,
    payload: contact,
  });
  audit(db, context, 'ticket.contact', {
    entity: 'ticket',
    entityId: ticketId,
    details: { number: record.number, channel: contact.channel, outcome: contact.outcome },
  });
  return ok({ id });
}

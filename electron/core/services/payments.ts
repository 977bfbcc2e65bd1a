import { fail, ok, type Outcome, type ParsedInputOf, type TicketDetail } from '../../../shared/contract';
import { ticketOfPayment } from '../db/queries/payments';
import { findTicket } from '../db/queries/tickets';
import { collectionProblem } from '../../../shared/domain/ledger';
import { requireActor, type HandlerContext } from '../context';
import { recordPayment, reversePayment } from '../payments/record-payment';
import { shopTimeZone } from './service-settings';
import { changeTicket } from './ticket-change';
import { ticketDetail } from '../tickets/views';

/** A ledger entry made by mistake, reversed by a manager with the reason; answered with its ticket. */
export function reversePaymentHandler(
  context: HandlerContext,
  input: ParsedInputOf<'payments-reverse'>,
): Outcome<TicketDetail> {
  const actor = requireActor(context);
  return changeTicket(context, actor, shopTimeZone(context.db), () => {
    const ticketId = ticketOfPayment(context.db, input.paymentId);
    if (ticketId === undefined) return fail('not-found', 'ledger.problem.notOnTicket');
    const reversed = reversePayment(context.db, { actor, now: context.now }, ticketId, input);
    return reversed.ok ? ok({ id: ticketId }) : reversed;
  });
}

/** Money taken or given back on a ticket on its own, against what its balance asks for. */
export function recordPaymentHandler(
  context: HandlerContext,
  input: ParsedInputOf<'payments-record'>,
): Outcome<TicketDetail> {
  const actor = requireActor(context);
  const timeZone = shopTimeZone(context.db);
  return changeTicket(context, actor, timeZone, () => {
    const ticket = findTicket(context.db, input.ticketId) && ticketDetail(context.db, input.ticketId, actor, timeZone);
    if (!ticket) return fail('not-found', 'errors.ticketNotFound');
    const problem = collectionProblem(ticket.ledger.balanceFen, input.kind, input.tender.amountFen);
    if (problem) return fail('validation', problem, { fields: { 'tender.amountFen': { key: problem } } });
    const { method, amountFen, tenderedFen, reference } = input.tender;
    const cash = input.kind === 'payment' && method === 'cash' ? tenderedFen : null;
    const entry = recordPayment(context.db, { actor, now: context.now }, ticket.id, {
      kind: input.kind,
      method,
      amountFen,
      tenderedFen: cash !== null && cash >= amountFen ? cash : null,
      reference,
    });
    return entry.ok ? ok({ id: ticket.id }) : entry;
  });
}

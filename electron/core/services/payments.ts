import { fail, ok, type Outcome, type ParsedInputOf, type TicketDetail } from '../../../shared/contract';
import { ticketOfPayment } from '../db/queries/payments';
import { requireActor, type HandlerContext } from '../context';
import { reversePayment } from '../payments/record-payment';
import { shopTimeZone } from './service-settings';
import { changeTicket } from './ticket-change';

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

import { fail, ok, type Outcome, type ParsedInputOf, type TicketDetail } from '../../../shared/contract';
import { ticketOfPayment } from '../db/queries/payments';
import { attemptWrite } from '../db/sql';
import { requireActor, type HandlerContext } from '../context';
import { reversePayment } from '../payments/record-payment';
import { ticketDetail } from '../tickets/views';
import { shopTimeZone } from './service-settings';

/** A ledger entry made by mistake, reversed by a manager with the reason; answered with its ticket. */
export function reversePaymentHandler(
  context: HandlerContext,
  input: ParsedInputOf<'payments-reverse'>,
): Outcome<TicketDetail> {
  const actor = requireActor(context);
  const outcome = attemptWrite(context.db, (refuse: (failure: Outcome<never>) => never) => {
    const ticketId = ticketOfPayment(context.db, input.paymentId);
    if (ticketId === undefined) return refuse(fail('not-found', 'ledger.problem.notOnTicket'));
    const reversed = reversePayment(context.db, { actor, now: context.now }, ticketId, input);
    if (!reversed.ok) refuse(reversed);
    return ticketId;
  });
  if (!outcome.done) return outcome.failure;
  const detail = ticketDetail(context.db, outcome.value, actor, shopTimeZone(context.db));
  return detail ? ok(detail) : fail('not-found', 'errors.ticketNotFound');
}

import { fail, ok, type Outcome, type TicketDetail } from '../../../shared/contract';
import { attemptWrite } from '../db/sql';
import type { Actor, HandlerContext } from '../context';
import { ticketDetail } from '../tickets/views';

/**
 * A change of a ticket by the signed-in person (a move, a pickup, a call, a reversal): `work`
 * writes it inside one transaction and names the ticket, or refuses and nothing is written; the
 * answer is the ticket as it then stands, as `actor` may see it.
 */
export function changeTicket(
  context: HandlerContext,
  actor: Actor,
  timeZone: string,
  work: () => Outcome<{ id: number }>,
): Outcome<TicketDetail> {
  const outcome = attemptWrite(context.db, (refuse: (failure: Outcome<never>) => never) => {
    const done = work();
    return done.ok ? done.value.id : refuse(done);
  });
  if (!outcome.done) return outcome.failure;
  const detail = ticketDetail(context.db, outcome.value, actor, timeZone);
  return detail ? ok(detail) : fail('not-found', 'errors.ticketNotFound');
}

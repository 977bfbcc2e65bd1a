import {
  fail,
  ok,
  type Outcome,
  type ParsedInputOf,
  type TicketDetail,
  type TicketPage,
  type TicketQueuePage,
  type TicketSummary,
} from '../../../shared/contract';
import { formatTicketNumber, parseTicketNumber } from '../../../shared/domain/ticket-number';
import { translatorFor } from '../translators';
import {
  countQueues,
  devicePassword,
  findTicketByNumber,
  listQueue,
  listTickets as queryTickets,
} from '../db/queries/tickets';
import { writeTransaction } from '../db/sql';
import { requireActor, type HandlerContext } from '../context';
import { moveTicket } from '../tickets/move-ticket';
import { ticketDetail, toTicketSummaries } from '../tickets/views';
import { audit } from './audit';
import { changeTicket } from './ticket-change';
import { searchTicketIds } from './reception-search';
import { readServiceSettings, shopTimeZone } from './service-settings';

export function getTicket(context: HandlerContext, input: ParsedInputOf<'tickets-get'>): Outcome<TicketDetail> {
  const detail = ticketDetail(context.db, input.id, requireActor(context), shopTimeZone(context.db));
  if (!detail) return fail('not-found', 'errors.ticketNotFound');
  return ok(detail);
}

/** A ticket by its number as typed or scanned (with or without the dash, full-width digits). */
export function findTicketNumber(
  context: HandlerContext,
  input: ParsedInputOf<'tickets-find-by-number'>,
): Outcome<TicketSummary> {
  const parsed = parseTicketNumber(input.number);
  const record = parsed && findTicketByNumber(context.db, formatTicketNumber(parsed.day, parsed.sequence));
  if (!record) return fail('not-found', 'errors.ticketNumberNotFound', { params: { number: input.number.trim() } });
  const [summary] = toTicketSummaries(context.db, [record], requireActor(context));
  return summary ? ok(summary) : fail('not-found', 'errors.ticketNotFound');
}

export function listTickets(context: HandlerContext, input: ParsedInputOf<'tickets-list'>): Outcome<TicketPage> {
  const actor = requireActor(context);
  const ids = input.query.trim() === '' ? null : searchTicketIds(context.db, input.query, actor, 500);
  const page = queryTickets(context.db, { ...input, ids, now: context.now.toISOString() });
  return ok({ total: page.total, rows: toTicketSummaries(context.db, page.rows, actor) });
}

/** The password the customer gave for their device: shown on request, and the request is recorded. */
export function revealDevicePassword(
  context: HandlerContext,
  input: ParsedInputOf<'tickets-device-password'>,
): Outcome<{ password: string }> {
  const password = writeTransaction(context.db, () => {
    const found = devicePassword(context.db, input.id);
    if (found !== undefined)
      audit(context.db, context, 'ticket.device-password-view', { entity: 'ticket', entityId: input.id });
    return found;
  });
  if (password === undefined) return fail('not-found', 'errors.noDevicePassword');
  return ok({ password });
}

/**
 * A move of a ticket by the signed-in person (the workbench, the ticket page, the approval list):
 * checked and written in one transaction, answered with the ticket as it now stands.
 */
export function moveTicketHandler(
  context: HandlerContext,
  input: ParsedInputOf<'tickets-move'>,
): Outcome<TicketDetail> {
  const actor = requireActor(context);
  const settings = readServiceSettings(context.db);
  // Written into the bill in the shop's language, whoever records the decline.
  const diagnosticFeeText = translatorFor(context.core.defaultLanguage)('workflow.refusals.diagnosticFee');
  return changeTicket(context, actor, settings.businessHours.timeZone, () =>
    moveTicket(context.db, { actor, now: context.now, settings, diagnosticFeeText }, input),
  );
}

/** A workbench queue (or the counter's approval list), most pressing first, with every queue's count for the tabs. */
export function ticketQueue(context: HandlerContext, input: ParsedInputOf<'tickets-queue'>): Outcome<TicketQueuePage> {
  const actor = requireActor(context);
  const rows = listQueue(context.db, { ...input, actorId: actor.id });
  return ok({ counts: countQueues(context.db, actor.id), rows: toTicketSummaries(context.db, rows, actor) });
}

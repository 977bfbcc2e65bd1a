import {
  fail,
  ok,
  type CustomerOverview,
  type Outcome,
  type ParsedInputOf,
  type TicketPage,
} from '../../../shared/contract';
import { findCustomer } from '../db/queries/customers';
import { devicesOfCustomer } from '../db/queries/devices';
import { countTicketsOfCustomer, ticketsOfCustomer } from '../db/queries/tickets';
import { requireActor, type HandlerContext } from '../context';
import { toCustomer } from './customers';
import { shopTimeZone } from './service-settings';
import { toDevice, toTicketSummaries } from '../tickets/views';

/** A returning customer at a glance: their devices, open tickets and recent history. */
export function customerOverview(
  context: HandlerContext,
  input: ParsedInputOf<'customers-overview'>,
): Outcome<CustomerOverview> {
  const record = findCustomer(context.db, input.id);
  if (!record) return fail('not-found', 'errors.customerNotFound');
  const timeZone = shopTimeZone(context.db);
  const actor = requireActor(context);
  return ok({
    customer: toCustomer(record, actor),
    devices: devicesOfCustomer(context.db, input.id).map((device) => toDevice(device, timeZone)),
    openTickets: toTicketSummaries(
      context.db,
      ticketsOfCustomer(context.db, input.id, { openOnly: true, limit: 20 }),
      actor,
    ),
    recentTickets: toTicketSummaries(
      context.db,
      ticketsOfCustomer(context.db, input.id, { openOnly: false, limit: 10 }),
      actor,
    ),
  });
}

/** A customer's whole service history, newest first, a page at a time. */
export function customerHistory(
  context: HandlerContext,
  input: ParsedInputOf<'customers-history'>,
): Outcome<TicketPage> {
  if (!findCustomer(context.db, input.id)) return fail('not-found', 'errors.customerNotFound');
  const actor = requireActor(context);
  const rows = ticketsOfCustomer(context.db, input.id, { openOnly: false, limit: input.limit, offset: input.offset });
  return ok({ total: countTicketsOfCustomer(context.db, input.id), rows: toTicketSummaries(context.db, rows, actor) });
}

import {
  contactFacts,
  ok,
  readyShelfFilters,
  type Outcome,
  type ParsedInputOf,
  type ReadyShelfFilter,
  type ReadyShelfPage,
  type ShelfContact,
  type ShelfTicket,
  type TicketDetail,
} from '../../../shared/contract';
import { balanceOf, type LedgerSummary } from '../../../shared/domain/ledger';
import { daysOnShelf } from '../../../shared/domain/pickup';
import { ledgerSummariesOfTickets } from '../db/queries/payments';
import { contactsOfTickets } from '../db/queries/ticket-events';
import { listShelf } from '../db/queries/tickets';
import { requireActor, type HandlerContext } from '../context';
import { recordContact } from '../tickets/record-contact';
import { toTicketSummaries } from '../tickets/views';
import { readServiceSettings } from './service-settings';
import { changeTicket } from './ticket-change';

const nothingPaid: LedgerSummary = { depositFen: 0, paymentsFen: 0, refundsFen: 0, paidFen: 0 };

function matches(filter: ReadyShelfFilter, ticket: ShelfTicket): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'not-reached':
      return !ticket.reached;
    case 'unclaimed':
      return ticket.unclaimed;
  }
}

/**
 * The ready shelf (待取机): every device waiting for its customer, longest waiting first, with
 * days on the shelf, what is owed and the calls made since it went there; filtered to those
 * whose customer nobody has reached yet, or those past the unclaimed period.
 */
export function readyShelf(context: HandlerContext, input: ParsedInputOf<'ready-shelf'>): Outcome<ReadyShelfPage> {
  const actor = requireActor(context);
  const settings = readServiceSettings(context.db);
  const timeZone = settings.businessHours.timeZone;
  const records = listShelf(context.db);
  const ids = records.map((record) => record.id);
  const ledgers = ledgerSummariesOfTickets(context.db, ids);
  const contacts = new Map<number, ShelfContact[]>();
  for (const event of contactsOfTickets(context.db, ids)) {
    const parsed = contactFacts.safeParse(event.payload);
    if (!parsed.success) continue;
    const list = contacts.get(event.ticketId) ?? [];
    list.push({ ...parsed.data, at: event.at, staffName: event.staffName });
    contacts.set(event.ticketId, list);
  }
  const summaries = toTicketSummaries(context.db, records, actor);
  const shelf = summaries.map((summary, index): ShelfTicket => {
    const record = records[index];
    const shelvedAt = record?.shelvedAt ?? summary.createdAt;
    const since = (contacts.get(summary.id) ?? []).filter((contact) => contact.at >= shelvedAt);
    const paid = ledgers.get(summary.id) ?? nothingPaid;
    const days = daysOnShelf(new Date(shelvedAt), context.now, timeZone);
    return {
      ...summary,
      shelvedAt,
      daysOnShelf: days,
      unclaimed: days >= settings.pickup.abandonAfterDays,
      storageLocation: record?.storageLocation ?? '',
      balanceFen: balanceOf(summary.totalFen, paid.paidFen),
      paid,
      contacts: since,
      reached: since.some((contact) => contact.outcome === 'reached'),
    };
  });
  const counts = Object.fromEntries(
    readyShelfFilters.map((filter) => [filter, shelf.filter((ticket) => matches(filter, ticket)).length]),
  ) as Record<ReadyShelfFilter, number>;
  return ok({ counts, rows: shelf.filter((ticket) => matches(input.filter, ticket)).slice(0, input.limit) });
}

/** A call or message to a ticket's customer, recorded; answered with the ticket as it stands. */
export function contactCustomer(
  context: HandlerContext,
  input: ParsedInputOf<'tickets-contact'>,
): Outcome<TicketDetail> {
  const actor = requireActor(context);
  return changeTicket(context, actor, readServiceSettings(context.db).businessHours.timeZone, () => {
    const recorded = recordContact(context.db, { actor, now: context.now }, input.ticketId, input.contact);
    return recorded.ok ? ok({ id: input.ticketId }) : recorded;
  });
}

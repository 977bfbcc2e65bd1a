import {
  contactFacts,
  ok,
  type Outcome,
  type ParsedInputOf,
  type ReadyShelfPage,
  type ShelfContact,
  type ShelfTicket,
  type TicketDetail,
} from '../../../shared/contract';
import { balanceOf, type LedgerSummary } from '../../../shared/domain/ledger';
import { readShelfFind, shelfDayCounter, unclaimedBefore } from '../../../shared/domain/pickup';
import { can } from '../../../shared/domain/roles';
import { ledgerSummariesOfTickets } from '../db/queries/payments';
import { contactsOfTickets } from '../db/queries/ticket-events';
import { readShelf } from '../db/queries/shelf';
import { ticketSummaries } from '../db/queries/tickets';
import { requireActor, type HandlerContext } from '../context';
import { recordContact } from '../tickets/record-contact';
import { toTicketSummaries } from '../tickets/views';
import { readServiceSettings } from './service-settings';
import { changeTicket } from './ticket-change';

const nothingPaid: LedgerSummary = { depositFen: 0, paymentsFen: 0, refundsFen: 0, paidFen: 0 };

/** Each ticket's calls and messages to its customer, newest first, as the shelf shows them. */
function contactsByTicket(context: HandlerContext, ids: readonly number[]): Map<number, ShelfContact[]> {
  const contacts = new Map<number, ShelfContact[]>();
  for (const event of contactsOfTickets(context.db, ids)) {
    const parsed = contactFacts.safeParse(event.payload);
    if (!parsed.success) continue;
    const list = contacts.get(event.ticketId) ?? [];
    list.push({ ...parsed.data, at: event.at, staffName: event.staffName });
    contacts.set(event.ticketId, list);
  }
  return contacts;
}

/**
 * The ready shelf (待取机): the devices waiting for their customers, longest waiting first, a
 * page at a time, with days on the shelf, what is owed and the calls made since each went there;
 * filtered to those whose customer nobody has reached yet, or those past the unclaimed period,
 * and found by number, name or phone. The counts are of the whole shelf.
 */
export function readyShelf(context: HandlerContext, input: ParsedInputOf<'ready-shelf'>): Outcome<ReadyShelfPage> {
  const actor = requireActor(context);
  const settings = readServiceSettings(context.db);
  const timeZone = settings.businessHours.timeZone;
  const cutoff = unclaimedBefore(context.now, settings.pickup.abandonAfterDays, timeZone).toISOString();
  const page = readShelf(context.db, {
    filter: input.filter,
    find: readShelfFind(input.find),
    unclaimedBefore: cutoff,
    fullPhones: can(actor.role, 'phone-view-full'),
    offset: input.offset,
    limit: input.limit,
  });
  const ids = page.rows.map((row) => row.id);
  const ledgers = ledgerSummariesOfTickets(context.db, ids);
  const contacts = contactsByTicket(context, ids);
  const daysOnShelf = shelfDayCounter(context.now, timeZone);
  const records = ticketSummaries(context.db, ids);
  const rows = toTicketSummaries(context.db, records, actor).map((summary, index): ShelfTicket => {
    const shelvedAt = records[index]?.shelvedAt ?? summary.createdAt;
    const since = (contacts.get(summary.id) ?? []).filter((contact) => contact.at >= shelvedAt);
    const paid = ledgers.get(summary.id) ?? nothingPaid;
    return {
      ...summary,
      shelvedAt,
      daysOnShelf: daysOnShelf(new Date(shelvedAt)),
      unclaimed: shelvedAt < cutoff,
      storageLocation: page.rows[index]?.storageLocation ?? '',
      balanceFen: balanceOf(summary.totalFen, paid.paidFen),
      paid,
      contacts: since,
      reached: since.some((contact) => contact.outcome === 'reached'),
    };
  });
  return ok({ counts: page.counts, total: page.total, rows });
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

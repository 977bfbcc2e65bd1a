import { ok, type Outcome, type ParsedInputOf, type ReceptionSearchResult } from '../../../shared/contract';
import { greetEntryFindsNothing } from '../../../shared/domain/greet-search';
import { foldSerial, MIN_SERIAL_QUERY } from '../../../shared/domain/serial';
import { formatTicketNumber, isTicketNumberEntry, parseTicketNumber } from '../../../shared/domain/ticket-number';
import { customersInOrder, searchCustomerIds, searchCustomers } from '../db/queries/customers';
import { deviceIdsBySerial, findDevicesBySerial } from '../db/queries/devices';
import {
  findTicketByNumber,
  listTickets,
  ticketIdsByNumberPrefix,
  ticketIdsOfCustomers,
  ticketIdsOfDevices,
} from '../db/queries/tickets';
import type { ReadableDB } from '../db/types';
import { requireActor, type Actor, type HandlerContext } from '../context';
import { customerQuery, toCustomer } from './customers';
import { shopTimeZone } from './service-settings';
import { toDevice, toTicketSummaries } from '../tickets/views';

/** Digits that begin a ticket number: a whole day (20261125) or more. */
function ticketNumberPrefix(raw: string): string | null {
  const digits = raw.normalize('NFKC').replace(/[\s-]/gu, '');
  if (!/^20\d{6,}$/u.test(digits)) return null;
  return digits.length <= 8 ? digits : `${digits.slice(0, 8)}-${digits.slice(8)}`;
}

function ticketIdsByNumber(db: ReadableDB, raw: string, limit: number): number[] {
  const exact = parseTicketNumber(raw);
  const found = exact && findTicketByNumber(db, formatTicketNumber(exact.day, exact.sequence));
  if (found) return [found.id];
  const prefix = ticketNumberPrefix(raw);
  return prefix ? ticketIdsByNumberPrefix(db, prefix, limit) : [];
}

const isSerialEntry = (raw: string) => foldSerial(raw).length >= MIN_SERIAL_QUERY;

function devicesFor(db: ReadableDB, raw: string, limit: number) {
  return isSerialEntry(raw) ? findDevicesBySerial(db, raw, limit) : [];
}

/**
 * Tickets a search entry points at: by number, by the customer's phone or name, or by the device's
 * serial. Only ids are looked up on the way (the customers and devices themselves are not read).
 */
export function searchTicketIds(db: ReadableDB, raw: string, actor: Actor, limit: number): number[] {
  const ids = new Set(ticketIdsByNumber(db, raw, limit));
  const customers = searchCustomerIds(db, customerQuery(raw, actor), 50);
  for (const id of ticketIdsOfCustomers(db, customers, limit)) ids.add(id);
  const devices = isSerialEntry(raw) ? deviceIdsBySerial(db, raw, 50) : [];
  for (const id of ticketIdsOfDevices(db, devices, limit)) ids.add(id);
  return [...ids].slice(0, limit);
}

/** The greet box: customers by phone or name, devices by serial, tickets by number, all at once. */
export function receptionSearch(
  context: HandlerContext,
  input: ParsedInputOf<'reception-search'>,
): Outcome<ReceptionSearchResult> {
  const actor = requireActor(context);
  const query = customerQuery(input.query, actor);
  const hint =
    query.kind === 'too-few-digits' ? 'too-few-digits' : query.kind === 'phone-whole' ? 'whole-number' : 'none';
  if (input.query.trim() === '')
    return ok({ sequence: input.sequence, hint: 'none', customers: [], devices: [], tickets: [] });
  if (greetEntryFindsNothing(input.query))
    return ok({ sequence: input.sequence, hint: 'too-few-digits', customers: [], devices: [], tickets: [] });
  const timeZone = shopTimeZone(context.db);
  const ticketIds = ticketIdsByNumber(context.db, input.query, input.limit);
  const tickets =
    ticketIds.length === 0
      ? []
      : listTickets(context.db, {
          ids: ticketIds,
          view: 'all',
          serviceType: null,
          priority: null,
          state: null,
          technicianId: null,
          sort: 'number',
          direction: 'desc',
          offset: 0,
          limit: input.limit,
          now: context.now.toISOString(),
        }).rows;
  const found = devicesFor(context.db, input.query, input.limit);
  const owners = new Map(
    customersInOrder(
      context.db,
      found.map((device) => device.customerId),
    ).map((owner) => [owner.id, owner]),
  );
  const devices = found.flatMap((device) => {
    const owner = owners.get(device.customerId);
    return owner ? [{ device: toDevice(device, timeZone), customer: toCustomer(owner, actor) }] : [];
  });
  return ok({
    sequence: input.sequence,
    hint,
    customers: isTicketNumberEntry(input.query)
      ? []
      : searchCustomers(context.db, query, input.limit).map((record) => toCustomer(record, actor)),
    devices,
    tickets: toTicketSummaries(context.db, tickets, actor),
  });
}

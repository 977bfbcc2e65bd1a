import {
  fail,
  ok,
  type Device,
  type Message,
  type Outcome,
  type ParsedInputOf,
  type TicketDetail,
  type TicketPage,
  type TicketSummary,
} from '../../../shared/contract';
import { localDate } from '../../../shared/domain/calendar';
import { computeFees } from '../../../shared/domain/fees';
import { shownPhone } from '../../../shared/domain/phone';
import { formatTicketNumber, parseTicketNumber } from '../../../shared/domain/ticket-number';
import { coversCost } from '../../../shared/domain/warranty';
import { findCustomer } from '../db/queries/customers';
import { findDevice, type DeviceRecord } from '../db/queries/devices';
import { ticketEvents } from '../db/queries/ticket-events';
import {
  devicePassword,
  findTicket,
  findTicketByNumber,
  listTickets as queryTickets,
  signature,
  ticketLines,
  type TicketRecord,
} from '../db/queries/tickets';
import { writeTransaction } from '../db/sql';
import type { ReadableDB } from '../db/types';
import { requireActor, type Actor, type HandlerContext } from '../context';
import { audit } from './audit';
import { toCustomer } from './customers';
import { searchTicketIds } from './reception-search';
import { shopTimeZone } from './service-settings';

/** A device as the screens see it; the last repair's date is the shop-local day it was handed back. */
export function toDevice(record: DeviceRecord, timeZone: string): Device {
  return {
    id: record.id,
    customerId: record.customerId,
    productCategory: record.productCategory,
    brand: record.brand,
    model: record.model,
    serial: record.serial,
    purchaseDate: record.purchaseDate,
    purchaseChannel: record.purchaseChannel,
    makerWarrantyMonths: record.makerWarrantyMonths,
    lastRepair: record.lastRepair && {
      ticketNumber: record.lastRepair.ticketNumber,
      completedOn: localDate(new Date(record.lastRepair.closedAt), timeZone),
    },
  };
}

/** A ticket in a list, as `actor` may see it. */
export function toTicketSummary(record: TicketRecord, actor: Actor): TicketSummary {
  return {
    id: record.id,
    number: record.number,
    serviceType: record.serviceType,
    state: record.state,
    priority: record.priority,
    customerId: record.customerId,
    customerName: record.customerName,
    customerPhone: shownPhone(actor.role, record.customerPhone),
    productCategory: record.productCategory,
    deviceLabel: `${record.deviceBrand} ${record.deviceModel}`.trim(),
    faultCategory: record.faultCategory,
    faultDescription: record.faultDescription,
    warrantyStatus: record.warrantyStatus,
    totalFen: record.totalFen,
    promisedAt: record.promisedAt,
    createdAt: record.createdAt,
    receptionistName: record.receptionistName,
  };
}

function toTicketDetail(db: ReadableDB, record: TicketRecord, actor: Actor, timeZone: string): TicketDetail {
  const customer = findCustomer(db, record.customerId);
  if (!customer) throw new Error(`Ticket ${record.number} refers to a missing customer`);
  const device = record.deviceId === null ? undefined : findDevice(db, record.deviceId);
  const lines = ticketLines(db, record.id);
  const png = signature(db, record.id);
  return {
    ...toTicketSummary(record, actor),
    customer: toCustomer(customer, actor),
    device: device ? toDevice(device, timeZone) : null,
    relatedTicket:
      record.relatedTicketId !== null && record.relatedTicketNumber !== null
        ? { id: record.relatedTicketId, number: record.relatedTicketNumber }
        : null,
    accessories: record.accessories,
    accessoriesNote: record.accessoriesNote,
    conditions: record.conditions,
    conditionNote: record.conditionNote,
    hasDevicePassword: record.hasDevicePassword,
    warranty: {
      status: record.warrantyStatus,
      coveredUntil: record.warrantyUntil,
      reason: record.warrantyReason as Message,
    },
    solution: record.solution,
    resolution: record.resolution,
    lines,
    fees: computeFees({
      lines,
      warrantyCovers: coversCost(record.warrantyStatus),
      discountFen: record.discountFen,
      depositFen: record.depositFen,
    }),
    costLimitFen: record.costLimitFen,
    promisedComputedAt: record.promisedComputedAt,
    promisedChangeReason: record.promisedChangeReason,
    consentMethod: record.consentMethod,
    consentAt: record.consentAt,
    signaturePng: png ? `data:image/png;base64,${Buffer.from(png).toString('base64')}` : null,
    closedAt: record.closedAt,
    events: ticketEvents(db, record.id).map((event) => ({
      id: event.id,
      at: event.at,
      actorName: event.actorName,
      kind: event.kind,
      fromState: event.fromState,
      toState: event.toState,
      note: event.note,
    })),
  };
}

/**
 * Everything recorded about a ticket, as `actor` may see it (phones masked for some roles).
 * A caller that has the shop's time zone already passes it instead of reading it again.
 */
export function ticketDetail(
  db: ReadableDB,
  id: number,
  actor: Actor,
  timeZone: string = shopTimeZone(db),
): TicketDetail | undefined {
  const record = findTicket(db, id);
  return record && toTicketDetail(db, record, actor, timeZone);
}

export function getTicket(context: HandlerContext, input: ParsedInputOf<'tickets-get'>): Outcome<TicketDetail> {
  const detail = ticketDetail(context.db, input.id, requireActor(context));
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
  return ok(toTicketSummary(record, requireActor(context)));
}

export function listTickets(context: HandlerContext, input: ParsedInputOf<'tickets-list'>): Outcome<TicketPage> {
  const actor = requireActor(context);
  const ids = input.query.trim() === '' ? null : searchTicketIds(context.db, input.query, actor, 500);
  const page = queryTickets(context.db, { ...input, ids, now: context.now.toISOString() });
  return ok({ total: page.total, rows: page.rows.map((row) => toTicketSummary(row, actor)) });
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

import {
  readEventFacts,
  type Device,
  type Message,
  type TicketDetail,
  type TicketEvent,
  type TicketLedger,
  type TicketPickup,
  type TicketSummary,
} from '../../../shared/contract';
import { balanceOf, summarizeLedger } from '../../../shared/domain/ledger';
import { localDate } from '../../../shared/domain/calendar';
import { isShelfState } from '../../../shared/domain/ticket-states';
import { shownPhone } from '../../../shared/domain/phone';
import { can } from '../../../shared/domain/roles';
import { allowedActions } from '../../../shared/domain/ticket-workflow';
import { findCustomer } from '../db/queries/customers';
import { findDevice, type DeviceRecord } from '../db/queries/devices';
import { ticketPayments } from '../db/queries/payments';
import { enteredFrom, ticketEvents } from '../db/queries/ticket-events';
import {
  billLines,
  chargedLinesOfTickets,
  comebacksOf,
  findTicket,
  pickupSignature,
  signature,
  ticketLines,
  type TicketRecord,
  type TicketSummaryRecord,
} from '../db/queries/tickets';
import type { ReadableDB } from '../db/types';
import type { Actor } from '../context';
import { toCustomer } from '../services/customers';
import { ticketMoney } from './move-ticket';

/**
 * Tickets as the screens see them: the lists' summaries and the whole ticket. Beside the ticket's
 * writer, not inside a service, so every service can show tickets without importing another.
 */

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
      ticketId: record.lastRepair.ticketId,
      ticketNumber: record.lastRepair.ticketNumber,
      completedOn: localDate(new Date(record.lastRepair.closedAt), timeZone),
      until: record.lastRepair.warrantyUntil,
    },
  };
}

function toSummary(record: TicketSummaryRecord, actor: Actor, totalFen: number): TicketSummary {
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
    totalFen,
    promisedAt: record.promisedAt,
    dueAt: record.dueAt,
    dueFor: record.dueFor,
    createdAt: record.createdAt,
    receptionistName: record.receptionistName,
    technicianName: record.technicianName,
  };
}

/** Tickets in a list, as `actor` may see them, each with what its customer is to pay (at most two reads for the page). */
export function toTicketSummaries(
  db: ReadableDB,
  records: readonly TicketSummaryRecord[],
  actor: Actor,
): TicketSummary[] {
  const charged = chargedLinesOfTickets(db, records);
  return records.map((record) => {
    const lines = charged.get(record.id) ?? [];
    return toSummary(record, actor, ticketMoney(record, lines, lines).charged.totalFen);
  });
}

const dataUrl = (png: Uint8Array | undefined) =>
  png ? `data:image/png;base64,${Buffer.from(png).toString('base64')}` : null;

/** A ticket's ledger, and what is owed on what it charges. */
export function ticketLedger(db: ReadableDB, ticketId: number, chargedFen: number): TicketLedger {
  const entries = ticketPayments(db, ticketId).map(({ ticketId: _ticket, staffId: _staff, ...entry }) => entry);
  const summary = summarizeLedger(entries);
  return { entries, summary, balanceFen: balanceOf(chargedFen, summary.paidFen) };
}

/** What the hand-over settled, from its event, once the device has gone back (only when and by whom, for one from before the counter recorded pickups). */
function pickupOf(db: ReadableDB, record: TicketRecord, events: readonly TicketEvent[]): TicketPickup | null {
  if (record.state !== 'picked-up') return null;
  const handOver = events.findLast((event) => event.toState === 'picked-up');
  if (!handOver) return null;
  // A hand-over from before pickups were recorded at the counter carries none of their facts.
  const facts = handOver.kind === 'hand-over' && handOver.facts.identity !== undefined ? handOver.facts : null;
  let unrepaired: TicketPickup['unrepaired'] = null;
  let cancelled: TicketPickup['cancelled'] = null;
  if (handOver.fromState === 'cancelled') {
    const cancel = events.findLast((event) => event.kind === 'cancel');
    cancelled = { reason: cancel?.kind === 'cancel' ? cancel.facts.reason : '' };
  }
  if (handOver.fromState === 'returned-unrepaired') {
    const returned = events.findLast((event) => event.toState === 'returned-unrepaired');
    if (returned?.kind === 'return-unrepaired')
      unrepaired = { reason: returned.facts.reason, note: returned.facts.note };
    else if (returned?.kind === 'record-approval') unrepaired = { reason: 'declined', note: returned.facts.note };
  }
  if (!facts)
    return {
      at: handOver.at,
      handedOverBy: handOver.actorName,
      identity: null,
      idNote: '',
      accessoriesMissing: [],
      acceptance: null,
      acceptanceSignaturePng: null,
      repairWarrantyUntil: record.repairWarrantyUntil,
      owedFen: 0,
      paymentIds: [],
      unrepaired,
      cancelled,
    };
  return {
    at: handOver.at,
    handedOverBy: handOver.actorName,
    identity: facts.identity,
    idNote: facts.idNote,
    accessoriesMissing: facts.accessoriesMissing,
    acceptance: facts.acceptance,
    acceptanceSignaturePng: facts.acceptance === 'signature' ? dataUrl(pickupSignature(db, record.id)) : null,
    repairWarrantyUntil: facts.repairWarrantyUntil,
    owedFen: facts.owedFen,
    paymentIds: facts.payments,
    unrepaired,
    cancelled,
  };
}

function toTicketDetail(db: ReadableDB, record: TicketRecord, actor: Actor, timeZone: string): TicketDetail {
  const customer = findCustomer(db, record.customerId);
  if (!customer) throw new Error(`Ticket ${record.number} refers to a missing customer`);
  const device = record.deviceId === null ? undefined : findDevice(db, record.deviceId);
  const lines = ticketLines(db, record.id);
  const bill = billLines(db, record.id);
  const money = ticketMoney(record, lines, bill);
  const diagnosed = record.cause !== '';
  const events: TicketEvent[] = ticketEvents(db, record.id).map((event) => ({
    id: event.id,
    at: event.at,
    actorName: event.actorName,
    fromState: event.fromState,
    toState: event.toState,
    note: event.note,
    ...readEventFacts(event.kind, event.payload),
  }));
  const ledger = ticketLedger(db, record.id, money.charged.totalFen);
  // What is still owed is the ledger's, whatever the hand-over left: a payment taken since counts.
  const pickup = pickupOf(db, record, events);
  return {
    ...toSummary(record, actor, money.charged.totalFen),
    customer: toCustomer(customer, actor),
    device: device ? toDevice(device, timeZone) : null,
    relatedTicket:
      record.relatedTicketId !== null && record.relatedTicketNumber !== null
        ? { id: record.relatedTicketId, number: record.relatedTicketNumber }
        : null,
    comebackOf:
      record.comebackOf !== null && record.comebackOfNumber !== null
        ? { id: record.comebackOf, number: record.comebackOfNumber }
        : null,
    comebacks: comebacksOf(db, record.id),
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
    fees: money.estimate,
    costLimitFen: record.costLimitFen,
    promisedComputedAt: record.promisedComputedAt,
    promisedChangeReason: record.promisedChangeReason,
    consentMethod: record.consentMethod,
    intakeChannel: record.intakeChannel,
    consentAt: record.consentAt,
    signaturePng: dataUrl(signature(db, record.id)),
    closedAt: record.closedAt,
    events,
    version: record.version,
    technician:
      record.technicianId !== null && record.technicianName !== null
        ? { id: record.technicianId, name: record.technicianName }
        : null,
    diagnosis: diagnosed
      ? { cause: record.cause, findings: record.findings, faultCategory: record.diagnosedFaultCategory }
      : null,
    bill: record.billed ? { lines: bill, fees: money.bill } : null,
    approvedFen: money.approvedFen,
    workDone: record.workDone,
    storageLocation: record.storageLocation,
    shelvedAt: record.shelvedAt,
    ledger,
    pickup: pickup && { ...pickup, owedFen: Math.max(ledger.balanceFen, 0) },
    allowedActions: allowedActions(
      {
        serviceType: record.serviceType,
        state: record.state,
        technicianId: record.technicianId,
        enteredFrom: enteredFrom(db, record.id, record.state),
        approvedFen: money.approvedFen,
        onShelf: record.shelvedAt !== null && isShelfState(record.state),
      },
      { id: actor.id, can: (permission) => can(actor.role, permission) },
    ),
  };
}

/** Everything recorded about a ticket, as `actor` may see it (phones masked for some roles). */
export function ticketDetail(db: ReadableDB, id: number, actor: Actor, timeZone: string): TicketDetail | undefined {
  const record = findTicket(db, id);
  return record && toTicketDetail(db, record, actor, timeZone);
}

import {
  ticketQueues,
  type TicketQueue,
  type TicketSortColumn,
  type TicketView,
} from '../../../../shared/contract/tickets';
import type { IsoDate } from '../../../../shared/domain/calendar';
import type { EstimateLineKind } from '../../../../shared/domain/fees';
import type { IntakeChannel } from '../../../../shared/domain/intake-channels';
import type { ServiceType } from '../../../../shared/domain/service-types';
import type { Priority } from '../../../../shared/domain/sla';
import type { DueFor } from '../../../../shared/domain/ticket-clock';
import { isFinished, ticketStates, type TicketState } from '../../../../shared/domain/ticket-states';
import type { WarrantyStatus } from '../../../../shared/domain/warranty';
import { all, get, ident, inIdOrder, inIds, run, sql, type SqlQuery } from '../sql';
import { readSetting, writeSetting } from './settings';
import type { ReadableDB, WritableDB } from '../types';

/** A ticket as stored, with the names the lists show beside it. */
export interface TicketRecord {
  id: number;
  number: string;
  intakeDay: string;
  serviceType: ServiceType;
  state: TicketState;
  priority: Priority;
  customerId: number;
  customerName: string;
  customerPhone: string;
  deviceId: number | null;
  deviceBrand: string;
  deviceModel: string;
  relatedTicketId: number | null;
  relatedTicketNumber: string | null;
  /** The earlier repair this device came back from under our repair warranty. */
  comebackOf: number | null;
  comebackOfNumber: string | null;
  productCategory: string;
  faultCategory: string;
  faultDescription: string;
  accessories: string[];
  accessoriesNote: string;
  conditions: string[];
  conditionNote: string;
  warrantyStatus: WarrantyStatus;
  warrantyReason: { key: string; params?: Record<string, string | number> };
  warrantyUntil: string | null;
  solution: string;
  resolution: string;
  discountFen: number;
  costLimitFen: number | null;
  promisedAt: string | null;
  /** When it is due next (`ticketClock`), kept by its writer; null when held to nothing. */
  dueAt: string | null;
  /** What it is due for then: a state's own limit, or the promise. */
  dueFor: DueFor | null;
  promisedComputedAt: string | null;
  promisedChangeReason: string;
  consentMethod: 'signature' | 'tick';
  consentAt: string;
  receptionistId: number;
  receptionistName: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** How the customer reached the service. */
  intakeChannel: IntakeChannel;
  /** When reception began recording the intake (its draft's start); null if not known. */
  intakeStartedAt: string | null;
  hasDevicePassword: boolean;
  /** Raised by every change: a change made against an older version is refused. */
  version: number;
  technicianId: number | null;
  technicianName: string | null;
  /** What the customer has agreed to pay since intake; null: what they agreed at intake. */
  approvedFen: number | null;
  diagnosedFaultCategory: string;
  cause: string;
  findings: string;
  workDone: string;
  storageLocation: string;
  /** The ticket has a bill (even an empty one): what it costs is the bill's, not the intake's estimate. */
  billed: boolean;
  /** When the device went on the shelf for its customer; null unless it waits there now. */
  shelvedAt: string | null;
  /** Our repair warranty's last day, set when the device is picked up. */
  repairWarrantyUntil: IsoDate | null;
}

/**
 * A ticket as the lists and queues show it: a row of a page, with what its customer is to pay
 * worked out from its lines. Read with fewer columns and joins than the whole ticket, because a
 * page of a hundred tickets spread over years of records reads a hundred scattered rows.
 */
export type TicketSummaryRecord = Pick<
  TicketRecord,
  | 'id'
  | 'number'
  | 'serviceType'
  | 'state'
  | 'priority'
  | 'customerId'
  | 'customerName'
  | 'customerPhone'
  | 'deviceBrand'
  | 'deviceModel'
  | 'productCategory'
  | 'faultCategory'
  | 'faultDescription'
  | 'warrantyStatus'
  | 'discountFen'
  | 'costLimitFen'
  | 'approvedFen'
  | 'billed'
  | 'shelvedAt'
  | 'promisedAt'
  | 'dueAt'
  | 'dueFor'
  | 'createdAt'
  | 'receptionistName'
  | 'technicianName'
>;

/** The parts of a ticket that its moves change (`moveTicket` is their only writer). */
export type TicketWork = Pick<
  TicketRecord,
  | 'state'
  | 'version'
  | 'technicianId'
  | 'approvedFen'
  | 'diagnosedFaultCategory'
  | 'cause'
  | 'findings'
  | 'workDone'
  | 'storageLocation'
  | 'resolution'
  | 'discountFen'
  | 'billed'
  | 'shelvedAt'
  | 'repairWarrantyUntil'
  | 'updatedAt'
  | 'closedAt'
>;

interface TicketRow {
  id: number;
  number: string;
  intake_day: string;
  service_type: ServiceType;
  state: TicketState;
  priority: Priority;
  customer_id: number;
  customer_name: string;
  customer_phone: string;
  device_id: number | null;
  device_brand: string | null;
  device_model: string | null;
  related_ticket_id: number | null;
  related_ticket_number: string | null;
  comeback_of: number | null;
  comeback_of_number: string | null;
  product_category: string;
  fault_category: string;
  fault_description: string;
  accessories: string;
  accessories_note: string;
  condition: string;
  condition_note: string;
  warranty_status: WarrantyStatus;
  warranty_reason: string;
  warranty_until: string | null;
  solution: string;
  resolution: string;
  discount_fen: number;
  cost_limit_fen: number | null;
  promised_at: string | null;
  due_at: string | null;
  due_for: DueFor | null;
  promised_computed_at: string | null;
  promised_change_reason: string;
  consent_method: 'signature' | 'tick';
  consent_at: string;
  receptionist_id: number;
  receptionist_name: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  intake_channel: IntakeChannel;
  intake_started_at: string | null;
  has_device_password: number;
  version: number;
  technician_id: number | null;
  technician_name: string | null;
  approved_fen: number | null;
  diagnosed_fault_category: string;
  cause: string;
  findings: string;
  work_done: string;
  storage_location: string;
  billed: number;
  shelved_at: string | null;
  repair_warranty_until: string | null;
}

const selectTicket = sql`
  SELECT t.*, c.name AS customer_name, c.phone AS customer_phone, d.brand AS device_brand, d.model AS device_model,
         r.number AS related_ticket_number, b.number AS comeback_of_number, s.name AS receptionist_name,
         w.name AS technician_name,
         EXISTS (SELECT 1 FROM ticket_secrets x WHERE x.ticket_id = t.id) AS has_device_password
  FROM tickets t
  JOIN customers c ON c.id = t.customer_id
  JOIN staff s ON s.id = t.receptionist_id
  LEFT JOIN staff w ON w.id = t.technician_id
  LEFT JOIN devices d ON d.id = t.device_id
  LEFT JOIN tickets r ON r.id = t.related_ticket_id
  LEFT JOIN tickets b ON b.id = t.comeback_of`;

/**
 * The columns of a summary only: the ticket's later columns (the workshop's notes, added last)
 * lie in overflow pages of a long row, and the password and related ticket need lookups of their
 * own, none of which a list shows.
 */
const selectSummary = sql`
  SELECT t.id, t.number, t.service_type, t.state, t.priority, t.customer_id, t.product_category, t.fault_category,
         t.fault_description, t.warranty_status, t.discount_fen, t.cost_limit_fen, t.approved_fen,
         t.billed, t.shelved_at, t.promised_at, t.due_at, t.due_for, t.created_at, c.name AS customer_name, c.phone AS customer_phone,
         d.brand AS device_brand, d.model AS device_model, s.name AS receptionist_name, w.name AS technician_name
  FROM tickets t
  JOIN customers c ON c.id = t.customer_id
  JOIN staff s ON s.id = t.receptionist_id
  LEFT JOIN staff w ON w.id = t.technician_id
  LEFT JOIN devices d ON d.id = t.device_id`;

type SummaryRow = Pick<
  TicketRow,
  | 'id'
  | 'number'
  | 'service_type'
  | 'state'
  | 'priority'
  | 'customer_id'
  | 'customer_name'
  | 'customer_phone'
  | 'device_brand'
  | 'device_model'
  | 'product_category'
  | 'fault_category'
  | 'fault_description'
  | 'warranty_status'
  | 'discount_fen'
  | 'cost_limit_fen'
  | 'approved_fen'
  | 'billed'
  | 'shelved_at'
  | 'promised_at'
  | 'due_at'
  | 'due_for'
  | 'created_at'
  | 'receptionist_name'
  | 'technician_name'
>;

function rowToSummary(row: SummaryRow): TicketSummaryRecord {
  return {
    id: row.id,
    number: row.number,
    serviceType: row.service_type,
    state: row.state,
    priority: row.priority,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    deviceBrand: row.device_brand ?? '',
    deviceModel: row.device_model ?? '',
    productCategory: row.product_category,
    faultCategory: row.fault_category,
    faultDescription: row.fault_description,
    warrantyStatus: row.warranty_status,
    discountFen: row.discount_fen,
    costLimitFen: row.cost_limit_fen,
    approvedFen: row.approved_fen,
    billed: row.billed === 1,
    shelvedAt: row.shelved_at,
    promisedAt: row.promised_at,
    dueAt: row.due_at,
    dueFor: row.due_for,
    createdAt: row.created_at,
    receptionistName: row.receptionist_name,
    technicianName: row.technician_name,
  };
}

function rowToTicket(row: TicketRow): TicketRecord {
  return {
    ...rowToSummary(row),
    intakeDay: row.intake_day,
    deviceId: row.device_id,
    relatedTicketId: row.related_ticket_id,
    relatedTicketNumber: row.related_ticket_number,
    comebackOf: row.comeback_of,
    comebackOfNumber: row.comeback_of_number,
    accessories: JSON.parse(row.accessories) as string[],
    accessoriesNote: row.accessories_note,
    conditions: JSON.parse(row.condition) as string[],
    conditionNote: row.condition_note,
    warrantyReason: JSON.parse(row.warranty_reason) as TicketRecord['warrantyReason'],
    warrantyUntil: row.warranty_until,
    solution: row.solution,
    resolution: row.resolution,
    promisedComputedAt: row.promised_computed_at,
    promisedChangeReason: row.promised_change_reason,
    consentMethod: row.consent_method,
    consentAt: row.consent_at,
    receptionistId: row.receptionist_id,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    intakeChannel: row.intake_channel,
    intakeStartedAt: row.intake_started_at,
    hasDevicePassword: row.has_device_password === 1,
    version: row.version,
    technicianId: row.technician_id,
    diagnosedFaultCategory: row.diagnosed_fault_category,
    cause: row.cause,
    findings: row.findings,
    workDone: row.work_done,
    storageLocation: row.storage_location,
    repairWarrantyUntil: row.repair_warranty_until as IsoDate | null,
  };
}

/** Summaries of these tickets, in the order of the ids given. */
export function ticketSummaries(db: ReadableDB, ids: readonly number[]): TicketSummaryRecord[] {
  if (ids.length === 0) return [];
  return inIdOrder(ids, all<SummaryRow>(db, sql`${selectSummary} WHERE t.id ${inIds(ids)}`)).map(rowToSummary);
}

export function findTicket(db: ReadableDB, id: number): TicketRecord | undefined {
  const row = get<TicketRow>(db, sql`${selectTicket} WHERE t.id = ${id}`);
  return row && rowToTicket(row);
}

export function findTicketByNumber(db: ReadableDB, number: string): TicketRecord | undefined {
  const row = get<TicketRow>(db, sql`${selectTicket} WHERE t.number = ${number}`);
  return row && rowToTicket(row);
}

/** Numbers handed out that the database no longer holds (a lost tail, a restore): never given out again. */
export const TICKET_NUMBER_FLOOR = 'tickets.number-floor';

/**
 * The next number of the day. Call inside the saving transaction, so a failed save gives it back.
 * Past the floor, when the day's last numbers were handed out and then lost.
 */
export function nextDaySequence(db: WritableDB, day: string): number {
  const row = get<{ last: number | null }>(
    db,
    sql`SELECT max(day_sequence) AS last FROM tickets WHERE intake_day = ${day}`,
  );
  const floor = readSetting<{ day: string; sequence: number } | null>(db, TICKET_NUMBER_FLOOR, null);
  return Math.max(row?.last ?? 0, floor?.day === day ? floor.sequence : 0) + 1;
}

/** Raises the floor to a number handed out that this database does not hold; true when it did. */
export function raiseTicketNumberFloor(db: WritableDB, last: { day: string; sequence: number }, at: string): boolean {
  const held = get<{ last: number | null }>(
    db,
    sql`SELECT max(day_sequence) AS last FROM tickets WHERE intake_day = ${last.day}`,
  );
  const floor = readSetting<{ day: string; sequence: number } | null>(db, TICKET_NUMBER_FLOOR, null);
  if ((held?.last ?? 0) >= last.sequence) return false;
  if (floor && (floor.day > last.day || (floor.day === last.day && floor.sequence >= last.sequence))) return false;
  writeSetting(db, TICKET_NUMBER_FLOOR, last, at);
  return true;
}

/** A new ticket as intake records it: the record less what the database and the workflow fill in. */
export type TicketWrite = Omit<
  TicketRecord,
  | 'id'
  | 'customerName'
  | 'customerPhone'
  | 'deviceBrand'
  | 'deviceModel'
  | 'relatedTicketNumber'
  | 'comebackOfNumber'
  | 'receptionistName'
  | 'updatedAt'
  | 'hasDevicePassword'
  | 'version'
  | 'technicianId'
  | 'technicianName'
  | 'approvedFen'
  | 'diagnosedFaultCategory'
  | 'cause'
  | 'findings'
  | 'workDone'
  | 'storageLocation'
  | 'dueAt'
  | 'dueFor'
  | 'billed'
  | 'shelvedAt'
  | 'repairWarrantyUntil'
> & { daySequence: number };

export function insertTicket(db: WritableDB, ticket: TicketWrite): number {
  const result = run(
    db,
    sql`INSERT INTO tickets (
          number, intake_day, day_sequence, service_type, state, priority, customer_id, device_id, related_ticket_id,
          comeback_of,
          product_category, fault_category, fault_description, accessories, accessories_note, condition, condition_note,
          warranty_status, warranty_reason, warranty_until, solution, resolution,
          discount_fen, cost_limit_fen, promised_at, promised_computed_at, promised_change_reason,
          consent_method, consent_at, receptionist_id, created_at, updated_at, closed_at, intake_channel,
          intake_started_at)
        VALUES (
          ${ticket.number}, ${ticket.intakeDay}, ${ticket.daySequence}, ${ticket.serviceType}, ${ticket.state},
          ${ticket.priority}, ${ticket.customerId}, ${ticket.deviceId}, ${ticket.relatedTicketId}, ${ticket.comebackOf},
          ${ticket.productCategory}, ${ticket.faultCategory}, ${ticket.faultDescription},
          ${JSON.stringify(ticket.accessories)}, ${ticket.accessoriesNote}, ${JSON.stringify(ticket.conditions)},
          ${ticket.conditionNote}, ${ticket.warrantyStatus}, ${JSON.stringify(ticket.warrantyReason)},
          ${ticket.warrantyUntil}, ${ticket.solution}, ${ticket.resolution},
          ${ticket.discountFen},
          ${ticket.costLimitFen}, ${ticket.promisedAt}, ${ticket.promisedComputedAt}, ${ticket.promisedChangeReason},
          ${ticket.consentMethod}, ${ticket.consentAt}, ${ticket.receptionistId}, ${ticket.createdAt},
          ${ticket.createdAt}, ${ticket.closedAt}, ${ticket.intakeChannel}, ${ticket.intakeStartedAt})`,
  );
  return Number(result.lastInsertRowid);
}

/**
 * Writes a move's changes, if the ticket is still at the version the move was planned on.
 * False: someone else changed it meanwhile, and nothing was written.
 */
export function saveTicketWork(db: WritableDB, id: number, seenVersion: number, work: TicketWork): boolean {
  const result = run(
    db,
    sql`UPDATE tickets SET state = ${work.state}, version = ${work.version}, technician_id = ${work.technicianId},
          approved_fen = ${work.approvedFen}, diagnosed_fault_category = ${work.diagnosedFaultCategory},
          cause = ${work.cause}, findings = ${work.findings}, work_done = ${work.workDone},
          storage_location = ${work.storageLocation}, resolution = ${work.resolution},
          discount_fen = ${work.discountFen}, billed = ${work.billed}, shelved_at = ${work.shelvedAt},
          repair_warranty_until = ${work.repairWarrantyUntil}, updated_at = ${work.updatedAt}, closed_at = ${work.closedAt}
        WHERE id = ${id} AND version = ${seenVersion}`,
  );
  return result.changes === 1;
}

/** When the ticket is due next and what for (`ticketClock`): kept by the ticket's writer, read by the queues. */
export interface TicketDue {
  dueAt: string | null;
  dueFor: DueFor | null;
}

export function saveTicketDue(db: WritableDB, id: number, due: TicketDue): void {
  run(db, sql`UPDATE tickets SET due_at = ${due.dueAt}, due_for = ${due.dueFor} WHERE id = ${id}`);
}

/**
 * Tickets in hand whose clock is to be worked out again: all of them, or those without a due time
 * (or without what it is for) yet.
 */
export function openTicketsForClock(
  db: ReadableDB,
  options: { missingOnly: boolean },
): ({ id: number; priority: Priority; promisedAt: string | null } & TicketDue)[] {
  const missing = options.missingOnly ? sql`AND (due_at IS NULL OR due_for IS NULL)` : sql``;
  return all<{
    id: number;
    priority: Priority;
    promised_at: string | null;
    due_at: string | null;
    due_for: DueFor | null;
  }>(
    db,
    sql`SELECT id, priority, promised_at, due_at, due_for FROM tickets WHERE state IN ${openStatesSql} ${missing}`,
  ).map((row) => ({
    id: row.id,
    priority: row.priority,
    promisedAt: row.promised_at,
    dueAt: row.due_at,
    dueFor: row.due_for,
  }));
}

export interface TicketLineRecord {
  kind: EstimateLineKind;
  description: string;
  quantity: number;
  unitPriceFen: number;
  warrantyCovered: boolean;
}

export function insertTicketLines(db: WritableDB, ticketId: number, lines: readonly TicketLineRecord[]): void {
  lines.forEach((line, index) => {
    run(
      db,
      sql`INSERT INTO ticket_lines (ticket_id, position, kind, description, quantity, unit_price_fen, warranty_covered)
          VALUES (${ticketId}, ${index + 1}, ${line.kind}, ${line.description}, ${line.quantity}, ${line.unitPriceFen},
                  ${line.warrantyCovered})`,
    );
  });
}

export function ticketLines(db: ReadableDB, ticketId: number): TicketLineRecord[] {
  return all<Omit<LineRow, 'ticket_id'>>(
    db,
    sql`SELECT kind, description, quantity, unit_price_fen, warranty_covered FROM ticket_lines
        WHERE ticket_id = ${ticketId} ORDER BY position`,
  ).map(rowToLine);
}

/** A line of the bill: an estimate line with the part's spec and why it is replaced. */
export interface BillLineRecord extends TicketLineRecord {
  spec: string;
  reason: string;
}

/** Sets the ticket's bill to these lines (a diagnosis, a changed bill). */
export function replaceBillLines(db: WritableDB, ticketId: number, lines: readonly BillLineRecord[]): void {
  run(db, sql`DELETE FROM ticket_bill_lines WHERE ticket_id = ${ticketId}`);
  lines.forEach((line, index) => {
    run(
      db,
      sql`INSERT INTO ticket_bill_lines (ticket_id, position, kind, description, spec, reason, quantity, unit_price_fen,
            warranty_covered)
          VALUES (${ticketId}, ${index + 1}, ${line.kind}, ${line.description}, ${line.spec}, ${line.reason},
                  ${line.quantity}, ${line.unitPriceFen}, ${line.warrantyCovered})`,
    );
  });
}

interface LineRow {
  ticket_id: number;
  kind: EstimateLineKind;
  description: string;
  quantity: number;
  unit_price_fen: number;
  warranty_covered: number;
}

interface BillLineRow extends LineRow {
  spec: string;
  reason: string;
}

function rowToLine(row: Omit<LineRow, 'ticket_id'>): TicketLineRecord {
  return {
    kind: row.kind,
    description: row.description,
    quantity: row.quantity,
    unitPriceFen: row.unit_price_fen,
    warrantyCovered: row.warranty_covered === 1,
  };
}

const rowToBillLine = (row: BillLineRow): BillLineRecord => ({ ...rowToLine(row), spec: row.spec, reason: row.reason });

export function billLines(db: ReadableDB, ticketId: number): BillLineRecord[] {
  return all<BillLineRow>(db, sql`SELECT * FROM ticket_bill_lines WHERE ticket_id = ${ticketId} ORDER BY position`).map(
    rowToBillLine,
  );
}

/**
 * The lines each of these tickets charges for: its bill's once it is billed, else the intake's
 * estimate. Two reads for the page at most, each from the lines' (ticket, position) index.
 */
export function chargedLinesOfTickets(
  db: ReadableDB,
  tickets: readonly Pick<TicketRecord, 'id' | 'billed'>[],
): Map<number, TicketLineRecord[]> {
  const byTicket = new Map(tickets.map((ticket) => [ticket.id, [] as TicketLineRecord[]]));
  const billed = tickets.filter((ticket) => ticket.billed).map((ticket) => ticket.id);
  const unbilled = tickets.filter((ticket) => !ticket.billed).map((ticket) => ticket.id);
  const read = (table: 'ticket_bill_lines' | 'ticket_lines', ids: number[]) => {
    if (ids.length === 0) return;
    const rows = all<LineRow>(
      db,
      sql`SELECT ticket_id, kind, description, quantity, unit_price_fen, warranty_covered
          FROM ${ident(table)} WHERE ticket_id ${inIds(ids)} ORDER BY ticket_id, position`,
    );
    for (const row of rows) byTicket.get(row.ticket_id)?.push(rowToLine(row));
  };
  read('ticket_bill_lines', billed);
  read('ticket_lines', unbilled);
  return byTicket;
}

export function insertDevicePassword(db: WritableDB, ticketId: number, password: string): void {
  run(db, sql`INSERT INTO ticket_secrets (ticket_id, device_password) VALUES (${ticketId}, ${password})`);
}

export function devicePassword(db: ReadableDB, ticketId: number): string | undefined {
  return get<{ device_password: string }>(
    db,
    sql`SELECT device_password FROM ticket_secrets WHERE ticket_id = ${ticketId}`,
  )?.device_password;
}

export function insertSignature(db: WritableDB, ticketId: number, png: Uint8Array): void {
  run(db, sql`INSERT INTO ticket_signatures (ticket_id, png) VALUES (${ticketId}, ${png})`);
}

export function signature(db: ReadableDB, ticketId: number): Uint8Array | undefined {
  return get<{ png: Uint8Array }>(db, sql`SELECT png FROM ticket_signatures WHERE ticket_id = ${ticketId}`)?.png;
}

/** The later tickets that came back under this repair's warranty, oldest first (from a partial index). */
export function comebacksOf(db: ReadableDB, ticketId: number): { id: number; number: string }[] {
  return all<{ id: number; number: string }>(
    db,
    sql`SELECT id, number FROM tickets WHERE comeback_of = ${ticketId} ORDER BY id LIMIT 50`,
  );
}

/** The customer's signature of acceptance at pickup (验收), apart from the intake's consent. */
export function insertPickupSignature(db: WritableDB, ticketId: number, png: Uint8Array): void {
  run(db, sql`INSERT INTO pickup_signatures (ticket_id, png) VALUES (${ticketId}, ${png})`);
}

export function pickupSignature(db: ReadableDB, ticketId: number): Uint8Array | undefined {
  return get<{ png: Uint8Array }>(db, sql`SELECT png FROM pickup_signatures WHERE ticket_id = ${ticketId}`)?.png;
}

/** Tickets of a customer: open ones, or the most recent of any state. */
export function ticketsOfCustomer(
  db: ReadableDB,
  customerId: number,
  options: { openOnly: boolean; limit: number; offset?: number },
): TicketSummaryRecord[] {
  const open = options.openOnly ? sql`AND t.state IN ${openStatesSql}` : sql``;
  return all<SummaryRow>(
    db,
    sql`${selectSummary} WHERE t.customer_id = ${customerId} ${open}
        ORDER BY t.created_at DESC, t.id DESC LIMIT ${options.limit} OFFSET ${options.offset ?? 0}`,
  ).map(rowToSummary);
}

/** How many tickets a customer has had, from the (customer, created_at) index alone. */
export function countTicketsOfCustomer(db: ReadableDB, customerId: number): number {
  return get<{ n: number }>(db, sql`SELECT count(*) AS n FROM tickets WHERE customer_id = ${customerId}`)?.n ?? 0;
}

const inList = (states: readonly TicketState[]) =>
  sql`(${sql.join(
    states.map((state) => sql`${state}`),
    ', ',
  )})`;
const finishedStatesSql = inList(ticketStates.filter(isFinished));
/** Named rather than "NOT finished", so the (state, promised_at) index answers open and overdue lists. */
const openStatesSql = inList(ticketStates.filter((state) => !isFinished(state)));

const sortColumns: Record<TicketSortColumn, string> = {
  number: 'number',
  promisedAt: 'promised_at',
  createdAt: 'created_at',
  priority: 'priority',
};

export interface TicketListOptions {
  /** Already narrowed by the service: ticket ids from a search, or null for no search. */
  ids: readonly number[] | null;
  view: TicketView;
  serviceType: ServiceType | null;
  priority: Priority | null;
  /** One open state (open and overdue views only: the contract refuses it elsewhere). */
  state: TicketState | null;
  technicianId: number | null;
  sort: TicketSortColumn;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
  now: string;
}

function listCondition(options: TicketListOptions): SqlQuery {
  const parts: SqlQuery[] = [];
  // A search's few ids are the way in; a unary plus keeps SQLite from reading every open (or
  // every finished) ticket through the state index instead and checking each against them.
  const state = options.ids ? sql`+state` : sql`state`;
  if (options.ids) parts.push(sql`id ${inIds(options.ids)}`);
  // One state chosen narrows an open view to it, read from the same (state, …) indexes.
  const open = options.state ? sql`${state} = ${options.state}` : sql`${state} IN ${openStatesSql}`;
  if (options.view === 'open') parts.push(open);
  if (options.view === 'finished') parts.push(sql`${state} IN ${finishedStatesSql}`);
  if (options.view === 'overdue') parts.push(sql`${open} AND due_at IS NOT NULL AND due_at < ${options.now}`);
  if (options.technicianId !== null) parts.push(sql`technician_id = ${options.technicianId}`);
  if (options.serviceType) parts.push(sql`service_type = ${options.serviceType}`);
  if (options.priority) parts.push(sql`priority = ${options.priority}`);
  return parts.length === 0 ? sql`1` : sql.join(parts, ' AND ');
}

/** Priority sorts by urgency, not by the alphabet. */
function sortExpression(sort: TicketSortColumn): SqlQuery {
  if (sort === 'priority') return sql`CASE priority WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END`;
  return sql`${ident(sortColumns[sort])}`;
}

export function listTickets(
  db: ReadableDB,
  options: TicketListOptions,
): { total: number; rows: TicketSummaryRecord[] } {
  const condition = listCondition(options);
  // A search's ids, found in the indexes of tickets that are never deleted, count themselves when
  // nothing else narrows them; counting them in the table would read every matching row.
  const total =
    options.ids && options.view === 'all' && !options.serviceType && !options.priority && options.technicianId === null
      ? options.ids.length
      : (get<{ count: number }>(db, sql`SELECT count(*) AS count FROM tickets WHERE ${condition}`)?.count ?? 0);
  const direction = options.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const order = sql`ORDER BY ${sortExpression(options.sort)} ${direction}, id ${direction}`;
  const ids = all<{ id: number }>(
    db,
    sql`SELECT id FROM tickets WHERE ${condition} ${order} LIMIT ${options.limit} OFFSET ${options.offset}`,
  ).map((row) => row.id);
  return { total, rows: ticketSummaries(db, ids) };
}

/** Ticket ids for a search entry: by number, by customer, or by device. */
export function ticketIdsOfCustomers(db: ReadableDB, customerIds: readonly number[], limit: number): number[] {
  if (customerIds.length === 0) return [];
  return all<{ id: number }>(
    db,
    sql`SELECT id FROM tickets WHERE customer_id ${inIds(customerIds)}
        ORDER BY created_at DESC LIMIT ${limit}`,
  ).map((row) => row.id);
}

export function ticketIdsOfDevices(db: ReadableDB, deviceIds: readonly number[], limit: number): number[] {
  if (deviceIds.length === 0) return [];
  return all<{ id: number }>(
    db,
    sql`SELECT id FROM tickets WHERE device_id ${inIds(deviceIds)}
        ORDER BY created_at DESC LIMIT ${limit}`,
  ).map((row) => row.id);
}

/** Tickets whose number starts with the digits typed (a day, or a day and part of its sequence). */
export function ticketIdsByNumberPrefix(db: ReadableDB, prefix: string, limit: number): number[] {
  return all<{ id: number }>(
    db,
    sql`SELECT id FROM tickets WHERE number >= ${prefix} AND number < ${`${prefix}\u{10FFFF}`} ORDER BY number DESC LIMIT ${limit}`,
  ).map((row) => row.id);
}

/** States where a ticket is someone's work in hand (not yet on the shelf). */
const workStates: readonly TicketState[] = [
  'received',
  'diagnosing',
  'awaiting-approval',
  'awaiting-parts',
  'on-hold',
  'repairing',
  'qa',
];

function queueCondition(queue: TicketQueue, actorId: number): SqlQuery {
  switch (queue) {
    case 'mine':
      return sql`technician_id = ${actorId} AND state IN ${inList(workStates)}`;
    case 'unassigned':
      // Workshop tickets nobody has taken yet (a consultation or complaint is not the workshop's).
      return sql`technician_id IS NULL AND state IN ${inList(workStates)}
                 AND service_type IN ('repair', 'installation', 'return', 'exchange')`;
    case 'waiting':
      return sql`state IN ${inList(['awaiting-approval', 'awaiting-parts', 'on-hold'])}`;
    case 'qc':
      return sql`state = 'qa'`;
    case 'ready':
      return sql`state = 'ready'`;
    case 'approval':
      return sql`state = 'awaiting-approval'`;
  }
}

export interface QueueOptions {
  queue: TicketQueue;
  actorId: number;
  priority: Priority | null;
  productCategory: string | null;
  limit: number;
}

/**
 * A queue's tickets, the most pressing first: by when each is due (none last), then oldest.
 * Every queue is a handful of open states, read from the state or technician index.
 */
export function listQueue(db: ReadableDB, options: QueueOptions): TicketSummaryRecord[] {
  const filters = [queueCondition(options.queue, options.actorId)];
  if (options.priority) filters.push(sql`priority = ${options.priority}`);
  if (options.productCategory) filters.push(sql`product_category = ${options.productCategory}`);
  const ids = all<{ id: number }>(
    db,
    sql`SELECT id FROM tickets WHERE ${sql.join(filters, ' AND ')}
        ORDER BY due_at IS NULL, due_at, id LIMIT ${options.limit}`,
  ).map((row) => row.id);
  return ticketSummaries(db, ids);
}

/** How many tickets each queue holds, for the tabs. */
export function countQueues(db: ReadableDB, actorId: number): Record<TicketQueue, number> {
  const count = (queue: TicketQueue) =>
    get<{ n: number }>(db, sql`SELECT count(*) AS n FROM tickets WHERE ${queueCondition(queue, actorId)}`)?.n ?? 0;
  return Object.fromEntries(ticketQueues.map((queue) => [queue, count(queue)])) as Record<TicketQueue, number>;
}

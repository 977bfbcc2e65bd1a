import type { IntakeChannel } from '../../../../shared/domain/intake-channels';
import type { PaymentKind, PaymentMethod } from '../../../../shared/domain/ledger';
import type { ServiceType } from '../../../../shared/domain/service-types';
import type { Priority } from '../../../../shared/domain/sla';
import type { TicketState } from '../../../../shared/domain/ticket-states';
import type { TicketEventKind } from '../../../../shared/domain/ticket-workflow';
import type { WarrantyStatus } from '../../../../shared/domain/warranty';
import { all, inIds, sql } from '../sql';
import type { ReadableDB } from '../types';

/*
 * What the reports read, a period at a time. A period is [from, to) as ISO moments. Each read
 * walks an index of time (tickets by when they came in, events and payments by when they
 * happened), so a day reads a day's rows whatever the size of the shop; the tickets found are
 * then read by id.
 */

export interface ReportPeriodQuery {
  from: string;
  to: string;
}

/** The tickets that came in during the period, oldest first (the `tickets_created_at` index). */
export function ticketIdsReceivedIn(db: ReadableDB, period: ReportPeriodQuery): number[] {
  return all<{ id: number }>(
    db,
    sql`SELECT id FROM tickets INDEXED BY tickets_created_at
        WHERE created_at >= ${period.from} AND created_at < ${period.to} ORDER BY created_at, id`,
  ).map((row) => row.id);
}

/** The tickets something happened to during the period (the `ticket_events_at` index). */
export function ticketIdsActiveIn(db: ReadableDB, period: ReportPeriodQuery): number[] {
  return all<{ ticket_id: number }>(
    db,
    sql`SELECT DISTINCT ticket_id FROM ticket_events INDEXED BY ticket_events_at
        WHERE at >= ${period.from} AND at < ${period.to}`,
  ).map((row) => row.ticket_id);
}

/**
 * The tickets that may have been in hand at `at`: taken in before it, and not finished or finished
 * only since (the `tickets_closed_created` index: one reopened since is unfinished, or finished
 * later). A superset: the state each was in then is read from its events. For yesterday, the
 * tickets in hand now and those finished since; for a day years back, a scan of the index's
 * entries since then, with nothing read from the table.
 */
export function ticketIdsHeldAt(db: ReadableDB, at: string): number[] {
  return all<{ id: number }>(
    db,
    sql`SELECT id FROM tickets INDEXED BY tickets_closed_created WHERE closed_at >= ${at} AND created_at < ${at}
        UNION ALL
        SELECT id FROM tickets INDEXED BY tickets_closed_created WHERE closed_at IS NULL AND created_at < ${at}`,
  ).map((row) => row.id);
}

/** A move that changed how many tickets are in hand (an intake, a finish, a reopening): the backlog's running count. */
export interface BacklogMoveRecord {
  at: string;
  fromState: TicketState | null;
  toState: TicketState;
}

/** The moves of the period that may change the number in hand, oldest first (the `ticket_events_backlog` index). */
export function backlogMovesIn(db: ReadableDB, period: ReportPeriodQuery): BacklogMoveRecord[] {
  return all<{ at: string; from_state: TicketState | null; to_state: TicketState }>(
    db,
    sql`SELECT at, from_state, to_state FROM ticket_events INDEXED BY ticket_events_backlog
        WHERE at >= ${period.from} AND at < ${period.to}
          AND (from_state IS NULL
           OR (from_state IN ('picked-up', 'returned-unrepaired', 'cancelled', 'closed'))
              <> (to_state IN ('picked-up', 'returned-unrepaired', 'cancelled', 'closed')))
        ORDER BY at`,
  ).map((row) => ({ at: row.at, fromState: row.from_state, toState: row.to_state }));
}

/** A ticket as its figures' facts are worked out from: what it is and charges, and its version. */
export interface FactsTicketRecord {
  id: number;
  version: number;
  serviceType: ServiceType;
  priority: Priority;
  channel: IntakeChannel;
  promisedAt: string | null;
  createdAt: string;
  intakeStartedAt: string | null;
  productCategory: string;
  faultCategory: string;
  diagnosedFaultCategory: string;
  warrantyStatus: WarrantyStatus;
  discountFen: number;
  billed: boolean;
  comebackOf: number | null;
  cameBack: boolean;
}

/** These tickets as their facts are worked out from, by id (the primary key; no other table read but the comebacks' index). */
export function factsTickets(db: ReadableDB, ids: readonly number[]): FactsTicketRecord[] {
  if (ids.length === 0) return [];
  return all<{
    id: number;
    version: number;
    service_type: ServiceType;
    priority: Priority;
    intake_channel: IntakeChannel;
    promised_at: string | null;
    created_at: string;
    intake_started_at: string | null;
    product_category: string;
    fault_category: string;
    diagnosed_fault_category: string;
    warranty_status: WarrantyStatus;
    discount_fen: number;
    billed: number;
    comeback_of: number | null;
    came_back: number;
  }>(
    db,
    sql`SELECT t.id, t.version, t.service_type, t.priority, t.intake_channel, t.promised_at, t.created_at,
               t.intake_started_at, t.product_category, t.fault_category, t.diagnosed_fault_category,
               t.warranty_status, t.discount_fen, t.billed, t.comeback_of,
               EXISTS (SELECT 1 FROM tickets b INDEXED BY tickets_comeback_of WHERE b.comeback_of = t.id) AS came_back
        FROM tickets t WHERE t.id ${inIds([...ids].sort((a, b) => a - b))} ORDER BY t.id`,
  ).map((row) => ({
    id: row.id,
    version: row.version,
    serviceType: row.service_type,
    priority: row.priority,
    channel: row.intake_channel,
    promisedAt: row.promised_at,
    createdAt: row.created_at,
    intakeStartedAt: row.intake_started_at,
    productCategory: row.product_category,
    faultCategory: row.fault_category,
    diagnosedFaultCategory: row.diagnosed_fault_category,
    warrantyStatus: row.warranty_status,
    discountFen: row.discount_fen,
    billed: row.billed === 1,
    comebackOf: row.comeback_of,
    cameBack: row.came_back === 1,
  }));
}

/** A move as the figures read it: when, what, from and to which state, by whom. */
export interface MoveRecord {
  at: string;
  kind: TicketEventKind;
  fromState: TicketState | null;
  toState: TicketState;
  actorId: number;
}

/**
 * The moves of these tickets (calls to the customer left out), each ticket's oldest first (the
 * `ticket_events_ticket` index): only the columns the figures and clocks read, for many tickets at once.
 */
export function movesOfTickets(db: ReadableDB, ids: readonly number[]): Map<number, MoveRecord[]> {
  const moves = new Map<number, MoveRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return moves;
  const rows = all<{
    ticket_id: number;
    at: string;
    kind: TicketEventKind;
    from_state: TicketState | null;
    to_state: TicketState;
    actor_id: number;
  }>(
    db,
    sql`SELECT ticket_id, at, kind, from_state, to_state, actor_id FROM ticket_events INDEXED BY ticket_events_ticket
        WHERE ticket_id ${inIds([...ids].sort((a, b) => a - b))} AND kind <> 'contact' ORDER BY ticket_id, id`,
  );
  for (const row of rows)
    moves.get(row.ticket_id)?.push({
      at: row.at,
      kind: row.kind,
      fromState: row.from_state,
      toState: row.to_state,
      actorId: row.actor_id,
    });
  return moves;
}

/** A ticket as a line of the log names it: its number and its customer. */
export interface TicketLabel {
  id: number;
  number: string;
  customerName: string;
}

/** The number and customer of these tickets, by id. */
export function ticketLabels(db: ReadableDB, ids: readonly number[]): Map<number, TicketLabel> {
  if (ids.length === 0) return new Map();
  const rows = all<{ id: number; number: string; customer_name: string }>(
    db,
    sql`SELECT t.id, t.number, c.name AS customer_name FROM tickets t JOIN customers c ON c.id = t.customer_id
        WHERE t.id ${inIds([...ids].sort((a, b) => a - b))}`,
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, number: row.number, customerName: row.customer_name }]));
}

/** A ticket as the reports read it: what came in, how, and who took it. */
export interface ReportTicketRecord {
  id: number;
  number: string;
  serviceType: ServiceType;
  state: TicketState;
  priority: Priority;
  channel: IntakeChannel;
  customerId: number;
  customerName: string;
  customerPhone: string;
  productCategory: string;
  deviceBrand: string;
  deviceModel: string;
  faultCategory: string;
  diagnosedFaultCategory: string;
  faultDescription: string;
  warrantyStatus: WarrantyStatus;
  resolution: string;
  discountFen: number;
  billed: boolean;
  promisedAt: string | null;
  createdAt: string;
  intakeStartedAt: string | null;
  receptionistId: number;
  receptionistName: string;
  comebackOf: number | null;
  /** A later ticket came back under the warranty of this one's repair. */
  cameBack: boolean;
}

interface ReportTicketRow {
  id: number;
  number: string;
  service_type: ServiceType;
  state: TicketState;
  priority: Priority;
  intake_channel: IntakeChannel;
  customer_id: number;
  customer_name: string;
  customer_phone: string;
  product_category: string;
  device_brand: string | null;
  device_model: string | null;
  fault_category: string;
  diagnosed_fault_category: string;
  fault_description: string;
  warranty_status: WarrantyStatus;
  resolution: string;
  discount_fen: number;
  billed: number;
  promised_at: string | null;
  created_at: string;
  intake_started_at: string | null;
  receptionist_id: number;
  receptionist_name: string;
  comeback_of: number | null;
  came_back: number;
}

/** These tickets, in the order of their ids (by rowid, each with its customer, device and receptionist). */
export function reportTickets(db: ReadableDB, ids: readonly number[]): ReportTicketRecord[] {
  if (ids.length === 0) return [];
  const rows = all<ReportTicketRow>(
    db,
    sql`SELECT t.id, t.number, t.service_type, t.state, t.priority, t.intake_channel, t.customer_id,
               c.name AS customer_name, c.phone AS customer_phone, t.product_category, d.brand AS device_brand,
               d.model AS device_model, t.fault_category, t.diagnosed_fault_category, t.fault_description,
               t.warranty_status, t.resolution, t.discount_fen, t.billed, t.promised_at, t.created_at,
               t.intake_started_at, t.receptionist_id, s.name AS receptionist_name, t.comeback_of,
               EXISTS (SELECT 1 FROM tickets b INDEXED BY tickets_comeback_of WHERE b.comeback_of = t.id) AS came_back
        FROM tickets t
        JOIN customers c ON c.id = t.customer_id
        JOIN staff s ON s.id = t.receptionist_id
        LEFT JOIN devices d ON d.id = t.device_id
        WHERE t.id ${inIds([...ids].sort((a, b) => a - b))} ORDER BY t.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    serviceType: row.service_type,
    state: row.state,
    priority: row.priority,
    channel: row.intake_channel,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    productCategory: row.product_category,
    deviceBrand: row.device_brand ?? '',
    deviceModel: row.device_model ?? '',
    faultCategory: row.fault_category,
    diagnosedFaultCategory: row.diagnosed_fault_category,
    faultDescription: row.fault_description,
    warrantyStatus: row.warranty_status,
    resolution: row.resolution,
    discountFen: row.discount_fen,
    billed: row.billed === 1,
    promisedAt: row.promised_at,
    createdAt: row.created_at,
    intakeStartedAt: row.intake_started_at,
    receptionistId: row.receptionist_id,
    receptionistName: row.receptionist_name,
    comebackOf: row.comeback_of,
    cameBack: row.came_back === 1,
  }));
}

/** An event as the reports read it. */
export interface ReportEventRecord {
  id: number;
  ticketId: number;
  at: string;
  kind: TicketEventKind;
  fromState: TicketState | null;
  toState: TicketState;
  actorId: number;
  note: string;
  payload: unknown;
}

interface ReportEventRow {
  id: number;
  ticket_id: number;
  at: string;
  kind: TicketEventKind;
  from_state: TicketState | null;
  to_state: TicketState;
  actor_id: number;
  note: string;
  payload: string;
}

const toEvent = (row: ReportEventRow): ReportEventRecord => ({
  id: row.id,
  ticketId: row.ticket_id,
  at: row.at,
  kind: row.kind,
  fromState: row.from_state,
  toState: row.to_state,
  actorId: row.actor_id,
  note: row.note,
  payload: JSON.parse(row.payload) as unknown,
});

/** The events of the period, as they happened (the day log's state changes, pickups and closes). */
export function eventsIn(db: ReadableDB, period: ReportPeriodQuery): ReportEventRecord[] {
  return all<ReportEventRow>(
    db,
    sql`SELECT id, ticket_id, at, kind, from_state, to_state, actor_id, note, payload
        FROM ticket_events INDEXED BY ticket_events_at
        WHERE at >= ${period.from} AND at < ${period.to} AND kind <> 'contact' ORDER BY at, id`,
  ).map(toEvent);
}

/** A ledger entry as the reports read it. */
export interface ReportPaymentRecord {
  id: number;
  ticketId: number;
  kind: PaymentKind;
  method: PaymentMethod;
  amountFen: number;
  reference: string;
  reversesId: number | null;
  reason: string;
  staffId: number;
  at: string;
}

/** The ledger entries taken during the period, in order (the `payments_at` index). */
export function paymentsIn(db: ReadableDB, period: ReportPeriodQuery): ReportPaymentRecord[] {
  return all<{
    id: number;
    ticket_id: number;
    kind: PaymentKind;
    method: PaymentMethod;
    amount_fen: number;
    reference: string;
    reverses_id: number | null;
    reason: string;
    staff_id: number;
    at: string;
  }>(
    db,
    sql`SELECT id, ticket_id, kind, method, amount_fen, reference, reverses_id, reason, staff_id, at
        FROM payments INDEXED BY payments_at WHERE at >= ${period.from} AND at < ${period.to} ORDER BY at, id`,
  ).map((row) => ({
    id: row.id,
    ticketId: row.ticket_id,
    kind: row.kind,
    method: row.method,
    amountFen: row.amount_fen,
    reference: row.reference,
    reversesId: row.reverses_id,
    reason: row.reason,
    staffId: row.staff_id,
    at: row.at,
  }));
}

/** Every member of staff by id, with their name (for the figures' rows; a few dozen). */
export function staffNames(db: ReadableDB): Map<number, string> {
  return new Map(
    all<{ id: number; name: string }>(db, sql`SELECT id, name FROM staff`).map((row) => [row.id, row.name]),
  );
}

import { clockRules, type KpiEvent, type KpiRules, type KpiTicket } from './kpi-facts';
import { backlogAt, type Backlog, type KpiPeriod } from './kpis';
import { takingsByMethod, type MethodTakings } from './cash-close';
import { paidEffect, type PaymentKind, type PaymentMethod } from './ledger';
import { ticketClock, type DueFor } from './ticket-clock';
import { isFinished, type TicketState } from './ticket-states';

/*
 * The daily log (日报 / 台账) of a day or a range: what came in, what moved, what went back across
 * the counter, the money, and what was left in hand at the end. Worked out from the tickets'
 * events and the ledger alone, like the figures, so a log can be written again and come out the same.
 */

/** A ledger entry as the log reads it. */
export interface DayLogPayment {
  id: number;
  ticketId: number;
  kind: PaymentKind;
  method: PaymentMethod;
  amountFen: number;
  reversesId: number | null;
  staffId: number;
  at: string;
}

/** What a hand-over recorded beside its payments: a discount given, and what was left owed. */
export interface HandOverFacts {
  discountFen: number;
  owedFen: number;
}

/** A ticket's event with what it recorded (a hand-over's facts are read from it). */
export interface DayLogEvent extends KpiEvent {
  id: number;
  ticketId: number;
  payload: unknown;
}

/** A ticket received in the period: what it was, and the state its intake put it in. */
export interface ReceivedTicket {
  id: number;
  serviceType: KpiTicket['serviceType'];
  createdAt: string;
  intakeState: TicketState;
}

/** A ticket that may have been in hand at the end of the period, with its whole history (its clock is worked out from it). */
export type HeldTicket = Pick<KpiTicket, 'id' | 'priority' | 'promisedAt' | 'createdAt' | 'events'>;

/** What a period's log is worked out from. */
export interface DayLogInputs {
  /** The tickets received in the period. */
  received: readonly ReceivedTicket[];
  /** Every event of the period (calls to the customer left out). */
  events: readonly DayLogEvent[];
  /** Every ticket that may have been in hand at its end: any other was not. */
  held: readonly HeldTicket[];
  /** The ledger entries of the period. */
  payments: readonly DayLogPayment[];
}

/** A move from one state to another during the period. */
export interface LoggedMove {
  at: string;
  ticketId: number;
  kind: DayLogEvent['kind'];
  fromState: TicketState | null;
  toState: TicketState;
  actorId: number;
}

/** A device given back across the counter. */
export interface LoggedHandOver {
  at: string;
  ticketId: number;
  /** Repaired (from the ready shelf), or going back unrepaired or called off. */
  repaired: boolean;
  actorId: number;
  discountFen: number;
  owedFen: number;
}

export interface DayLogMoney {
  byMethod: Record<PaymentMethod, MethodTakings>;
  /** Each kind net of its reversals. */
  depositsFen: number;
  paymentsFen: number;
  refundsFen: number;
  /** Entries reversed during the period (the reversal is counted when it was made). */
  reversals: number;
  /** Money in less money out. */
  netFen: number;
  /** Discounts given at the hand-overs of the period. */
  discountsFen: number;
  /** What the hand-overs of the period let go with still owed. */
  owedAtReleaseFen: number;
}

/** A ticket past what it was held to at the end of the period. */
export interface LoggedOverdue {
  ticketId: number;
  state: TicketState;
  dueAt: string;
  dueFor: DueFor;
}

export interface DayLog {
  /** Tickets received in the period, in the order they came in. */
  received: number[];
  /** Of those, the consultations answered and closed at the counter. */
  closedAtCounter: number[];
  /** Of those, the complaints. */
  complaints: number[];
  moves: LoggedMove[];
  handOvers: LoggedHandOver[];
  money: DayLogMoney;
  /** In hand at the end of the period. */
  backlog: Backlog;
  /** Past their state's limit or their promise at the end of the period, the longest overdue first. */
  overdue: LoggedOverdue[];
}

const within = (at: string, period: KpiPeriod) => {
  const time = Date.parse(at);
  return period.from.getTime() <= time && time < period.to.getTime();
};

function handOverFacts(payload: unknown): HandOverFacts {
  const facts = (typeof payload === 'object' && payload !== null ? payload : {}) as Partial<HandOverFacts>;
  const fen = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0);
  return { discountFen: fen(facts.discountFen), owedFen: fen(facts.owedFen) };
}

function moneyOf(payments: readonly DayLogPayment[], handOvers: readonly LoggedHandOver[]): DayLogMoney {
  const byMethod = takingsByMethod(payments);
  const net: Record<PaymentKind, number> = { deposit: 0, payment: 0, refund: 0 };
  let reversals = 0;
  for (const payment of payments) {
    if (payment.reversesId !== null) reversals += 1;
    net[payment.kind] += payment.reversesId === null ? payment.amountFen : -payment.amountFen;
  }
  return {
    byMethod,
    depositsFen: net.deposit,
    paymentsFen: net.payment,
    refundsFen: net.refund,
    reversals,
    netFen: payments.reduce((sum, payment) => sum + paidEffect(payment), 0),
    discountsFen: handOvers.reduce((sum, handOver) => sum + handOver.discountFen, 0),
    owedAtReleaseFen: handOvers.reduce((sum, handOver) => sum + handOver.owedFen, 0),
  };
}

/** The tickets in hand at the end of the period that were past what they were held to then. */
function overdueAt(tickets: readonly HeldTicket[], rules: KpiRules, at: Date): LoggedOverdue[] {
  const overdue: LoggedOverdue[] = [];
  for (const ticket of tickets) {
    const before = ticket.events.filter((event) => Date.parse(event.at) < at.getTime());
    const state = before.at(-1)?.toState;
    if (state === undefined || isFinished(state)) continue;
    const clock = ticketClock(before, clockRules(ticket, rules), rules.hours, at);
    if (clock.dueAt !== null && clock.dueFor !== null && clock.dueAt.getTime() < at.getTime())
      overdue.push({ ticketId: ticket.id, state, dueAt: clock.dueAt.toISOString(), dueFor: clock.dueFor });
  }
  return overdue.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.ticketId - b.ticketId);
}

/** The log of a period from what was received, what happened and what may have been left in hand. */
export function dayLog(inputs: DayLogInputs, period: KpiPeriod, rules: KpiRules): DayLog {
  const received = inputs.received
    .filter((ticket) => within(ticket.createdAt, period))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const events = inputs.events
    .filter((event) => within(event.at, period))
    .sort((a, b) => a.at.localeCompare(b.at) || a.ticketId - b.ticketId || a.id - b.id);
  const moves = events
    .filter((event) => event.fromState !== null && event.fromState !== event.toState)
    .map((event) => ({
      at: event.at,
      ticketId: event.ticketId,
      kind: event.kind,
      fromState: event.fromState,
      toState: event.toState,
      actorId: event.actorId,
    }));
  const handOvers = events
    .filter((event) => event.kind === 'hand-over')
    .map((event) => ({
      at: event.at,
      ticketId: event.ticketId,
      repaired: event.fromState === 'ready',
      actorId: event.actorId,
      ...handOverFacts(event.payload),
    }));
  const payments = inputs.payments.filter((payment) => within(payment.at, period));
  return {
    received: received.map((ticket) => ticket.id),
    closedAtCounter: received
      .filter((ticket) => ticket.serviceType === 'consultation' && ticket.intakeState === 'closed')
      .map((ticket) => ticket.id),
    complaints: received.filter((ticket) => ticket.serviceType === 'complaint').map((ticket) => ticket.id),
    moves,
    handOvers,
    money: moneyOf(payments, handOvers),
    backlog: backlogAt(inputs.held, period.to),
    overdue: overdueAt(inputs.held, rules, period.to),
  };
}

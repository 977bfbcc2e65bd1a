import { intakeChannels, type IntakeChannel } from './intake-channels';
import { paidEffect, type LedgerEntry } from './ledger';
import type { ServiceType } from './service-types';
import { businessMinutesBetween, type BusinessHours, type Priority } from './sla';
import { ticketClock, type ClockEvent, type ClockRules } from './ticket-clock';
import { isFinished, type TicketState } from './ticket-states';
import { workshopTypes, type TicketEventKind } from './ticket-workflow';

/*
 * The service's figures (KPIs), worked out from the event log, the shop's calendar and the
 * ledger alone: nothing is counted as it happens, so any figure can be recomputed from what was
 * recorded, and checked against the tickets behind it. A period is [from, to): the start of its
 * first day in the shop's zone up to the start of the day after its last.
 */

export interface KpiPeriod {
  from: Date;
  to: Date;
}

/** A ticket's event as the figures read it (oldest first; the first is the intake). */
export interface KpiEvent extends ClockEvent {
  kind: TicketEventKind;
  fromState: TicketState | null;
  actorId: number;
}

/** A ticket with its history, as the figures read it. */
export interface KpiTicket {
  id: number;
  serviceType: ServiceType;
  /** How the customer reached the service. */
  channel: IntakeChannel;
  priority: Priority;
  /** The promise recorded at intake, if one was (else intake plus the priority's target). */
  promisedAt: string | null;
  createdAt: string;
  /** What the ticket charges (its bill, or its estimate before there is one), in fen. */
  chargedFen: number;
  /** A later ticket came back under the repair warranty this one's repair gave. */
  cameBack: boolean;
  /** This ticket is such a comeback, of that earlier ticket. */
  comebackOf: number | null;
  productCategory: string;
  /** The fault as diagnosed, else as described at intake. */
  faultCategory: string;
  /** When reception began the intake (its draft), if known: how long recording took. */
  intakeStartedAt: string | null;
  events: readonly KpiEvent[];
}

/** What the figures depend on in the shop's settings. */
export interface KpiRules {
  hours: BusinessHours;
  /** Business hours from intake to the promise, per priority. */
  targetHours: Record<Priority, number>;
  pausing: ClockRules['pausing'];
  stateLimits: ClockRules['stateLimits'];
}

/** So many of so many; the rate is null when there is nothing to count (shown as "no data", never as 0 %). */
export interface Rate {
  count: number;
  of: number;
  rate: number | null;
}

/** Business minutes, as a median and a 90th percentile (nearest rank); nulls when there are none. */
export interface Spread {
  count: number;
  median: number | null;
  p90: number | null;
}

export function rate(count: number, of: number): Rate {
  return { count, of, rate: of === 0 ? null : count / of };
}

/** The smallest value with at least `share` of the values at or below it (nearest rank); null for none. */
export function percentile(values: readonly number[], share: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] ?? null;
}

export function spread(values: readonly number[]): Spread {
  return { count: values.length, median: percentile(values, 0.5), p90: percentile(values, 0.9) };
}

const within = (at: string | Date, period: KpiPeriod) => {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return period.from.getTime() <= time && time < period.to.getTime();
};

const isWorkshop = (type: ServiceType) => (workshopTypes as readonly ServiceType[]).includes(type);

/** A ticket's clock rules: the target of its priority, the pausing states and state limits, and the promise recorded at intake. */
export function clockRules(ticket: KpiTicket, rules: KpiRules): ClockRules {
  return {
    targetHours: rules.targetHours[ticket.priority],
    pausing: rules.pausing,
    stateLimits: rules.stateLimits,
    promised: ticket.promisedAt === null ? null : new Date(ticket.promisedAt),
  };
}

/** When the first response was due: the received state's limit, counted from intake; null without one. */
function firstResponseDue(ticket: KpiTicket, rules: KpiRules): Date | null {
  const intake = new Date(ticket.createdAt);
  return ticketClock([{ at: ticket.createdAt, toState: 'received' }], clockRules(ticket, rules), rules.hours, intake)
    .stateDueAt;
}

export interface FirstResponse extends Spread {
  /** Diagnosis started within the received state's limit, of those started and those still waiting past it. */
  withinTarget: Rate;
}

/**
 * The first response (首次响应): business minutes from intake to the start of diagnosis, for the
 * workshop's tickets received in the period. One still waiting at `now` is not in the spread, but
 * counts against the target once past it; one called off before anyone looked at it counts in neither.
 */
export function firstResponse(
  tickets: readonly KpiTicket[],
  period: KpiPeriod,
  rules: KpiRules,
  now: Date,
): FirstResponse {
  const minutes: number[] = [];
  let inTime = 0;
  let judged = 0;
  for (const ticket of tickets) {
    if (!isWorkshop(ticket.serviceType) || !within(ticket.createdAt, period)) continue;
    const started = ticket.events.find((event) => event.toState === 'diagnosing');
    const due = firstResponseDue(ticket, rules);
    if (started) {
      minutes.push(businessMinutesBetween(new Date(ticket.createdAt), new Date(started.at), rules.hours));
      judged += 1;
      if (due === null || Date.parse(started.at) <= due.getTime()) inTime += 1;
    } else if (due !== null && due < now && !ticket.events.some((event) => event.toState === 'cancelled')) {
      judged += 1;
    }
  }
  return { ...spread(minutes), withinTarget: rate(inTime, judged) };
}

/**
 * The first time the ticket ever went into one of `states`, with its events up to then, if that was
 * within the period: so a ticket counts in one period only, however often it comes back to them.
 */
function firstEntry(ticket: KpiTicket, states: readonly TicketState[], period: KpiPeriod) {
  const index = ticket.events.findIndex((event, position) => position > 0 && states.includes(event.toState));
  const event = ticket.events[index];
  return event && within(event.at, period) ? { event, history: ticket.events.slice(0, index + 1) } : undefined;
}

export interface Turnaround {
  /** Business minutes from intake to ready, less the time paused (waiting for the customer or for parts, as set). */
  toReady: Spread;
  /** Ready by the promise (the intake's, moved later by every pause). */
  slaMet: Rate;
}

/** For the tickets first ready in the period (a rework's second time ready is not counted again): how long they took, and whether the promise was kept. */
export function turnaround(tickets: readonly KpiTicket[], period: KpiPeriod, rules: KpiRules): Turnaround {
  const minutes: number[] = [];
  let kept = 0;
  for (const ticket of tickets) {
    const ready = firstEntry(ticket, ['ready'], period);
    if (!ready) continue;
    const at = new Date(ready.event.at);
    const clock = ticketClock(ready.history, clockRules(ticket, rules), rules.hours, at);
    minutes.push(
      Math.max(0, businessMinutesBetween(new Date(ticket.createdAt), at, rules.hours) - clock.pausedMinutes),
    );
    if (at.getTime() <= clock.promisedAt.getTime()) kept += 1;
  }
  return { toReady: spread(minutes), slaMet: rate(kept, minutes.length) };
}

export interface Outcomes {
  /** Of the workshop's tickets that came to an end of the work in the period: repaired, back unrepaired, called off. */
  repaired: Rate;
  returnedUnrepaired: Rate;
  cancelled: Rate;
}

/** How the work first ended, for each workshop ticket whose work first ended in the period (a ticket counts once, ever). */
export function outcomes(tickets: readonly KpiTicket[], period: KpiPeriod): Outcomes {
  const ended = { ready: 0, 'returned-unrepaired': 0, cancelled: 0 };
  for (const ticket of tickets) {
    if (!isWorkshop(ticket.serviceType)) continue;
    const end = firstEntry(ticket, ['ready', 'returned-unrepaired', 'cancelled'], period);
    if (end) ended[end.event.toState as keyof typeof ended] += 1;
  }
  const all = ended.ready + ended['returned-unrepaired'] + ended.cancelled;
  return {
    repaired: rate(ended.ready, all),
    returnedUnrepaired: rate(ended['returned-unrepaired'], all),
    cancelled: rate(ended.cancelled, all),
  };
}

/** A repair handed back in the period: collected from the ready shelf (not back unrepaired, not called off). */
const repairHandedBack = (ticket: KpiTicket, period: KpiPeriod) =>
  ticket.events.some(
    (event) => event.toState === 'picked-up' && event.fromState === 'ready' && within(event.at, period),
  );

/**
 * First-time fix (一次修复率): of the repairs handed back in the period, those the customer
 * neither objected to at pickup (sent back for rework) nor brought back under our warranty.
 */
export function firstTimeFix(tickets: readonly KpiTicket[], period: KpiPeriod): Rate {
  let fixed = 0;
  let handed = 0;
  for (const ticket of tickets) {
    if (!repairHandedBack(ticket, period)) continue;
    handed += 1;
    if (!ticket.cameBack && !ticket.events.some((event) => event.kind === 'rework')) fixed += 1;
  }
  return rate(fixed, handed);
}

/** QC failures (质检不合格): checks failed, of the checks made in the period. */
export function qcFailures(tickets: readonly KpiTicket[], period: KpiPeriod): Rate {
  let failed = 0;
  let checked = 0;
  for (const ticket of tickets)
    for (const event of ticket.events) {
      if ((event.kind !== 'pass-qc' && event.kind !== 'fail-qc') || !within(event.at, period)) continue;
      checked += 1;
      if (event.kind === 'fail-qc') failed += 1;
    }
  return rate(failed, checked);
}

export interface Intakes {
  total: number;
  byServiceType: Record<ServiceType, number>;
  byChannel: Record<IntakeChannel, number>;
  /** Complaints taken in, per 100 tickets taken in; null with none taken in. */
  complaintsPer100: number | null;
}

export function intakes(tickets: readonly KpiTicket[], period: KpiPeriod): Intakes {
  const byServiceType: Record<ServiceType, number> = {
    repair: 0,
    installation: 0,
    return: 0,
    exchange: 0,
    consultation: 0,
    complaint: 0,
  };
  const byChannel = Object.fromEntries(intakeChannels.map((channel) => [channel, 0])) as Record<IntakeChannel, number>;
  let total = 0;
  for (const ticket of tickets) {
    if (!within(ticket.createdAt, period)) continue;
    total += 1;
    byServiceType[ticket.serviceType] += 1;
    byChannel[ticket.channel] += 1;
  }
  return {
    total,
    byServiceType,
    byChannel,
    complaintsPer100: total === 0 ? null : (byServiceType.complaint * 100) / total,
  };
}

/** A ledger entry with when it was made. */
export interface KpiPayment extends Pick<LedgerEntry, 'kind' | 'amountFen' | 'reversesId'> {
  at: string;
}

export interface Takings {
  /** Money taken less money given back in the period (a reversal counts when it was made), in fen. */
  revenueFen: number;
  /** The mean of what the repairs handed back in the period charged (those charging nothing left out), in whole fen; null with none. */
  averageBillFen: number | null;
}

export function takings(tickets: readonly KpiTicket[], payments: readonly KpiPayment[], period: KpiPeriod): Takings {
  let revenueFen = 0;
  for (const payment of payments) if (within(payment.at, period)) revenueFen += paidEffect(payment);
  const bills = tickets.filter((ticket) => ticket.chargedFen > 0 && repairHandedBack(ticket, period));
  const averageBillFen =
    bills.length === 0 ? null : Math.round(bills.reduce((sum, ticket) => sum + ticket.chargedFen, 0) / bills.length);
  return { revenueFen, averageBillFen };
}

/** How long tickets in hand have been with us, in whole days since intake: up to 1, 2–3, 4–7, 8–14, 15–30, over 30. */
export const backlogAges = ['1', '3', '7', '14', '30', 'older'] as const;
export type BacklogAge = (typeof backlogAges)[number];

function ageBand(days: number): BacklogAge {
  if (days <= 1) return '1';
  if (days <= 3) return '3';
  if (days <= 7) return '7';
  if (days <= 14) return '14';
  if (days <= 30) return '30';
  return 'older';
}

export interface Backlog {
  total: number;
  /** Tickets in hand at the moment, by the state each was in then. */
  byState: Partial<Record<TicketState, number>>;
  byAge: Record<BacklogAge, number>;
}

const DAY_MS = 86_400_000;

/**
 * The tickets in hand at a moment (the end of a day): each taken in by then and not yet finished,
 * in the state its last event by then put it in; each counts in exactly one state and one age.
 */
export function backlogAt(tickets: readonly KpiTicket[], at: Date): Backlog {
  const byState: Partial<Record<TicketState, number>> = {};
  const byAge = Object.fromEntries(backlogAges.map((age) => [age, 0])) as Record<BacklogAge, number>;
  let total = 0;
  const time = at.getTime();
  for (const ticket of tickets) {
    if (Date.parse(ticket.createdAt) >= time) continue;
    let state: TicketState | undefined;
    for (const event of ticket.events) {
      if (Date.parse(event.at) >= time) break;
      state = event.toState;
    }
    if (state === undefined || isFinished(state)) continue;
    total += 1;
    byState[state] = (byState[state] ?? 0) + 1;
    byAge[ageBand(Math.floor((time - Date.parse(ticket.createdAt)) / DAY_MS))] += 1;
  }
  return { total, byState, byAge };
}

export interface ReceptionFigures {
  staffId: number;
  intakes: number;
  pickups: number;
  /** Minutes from starting an intake to recording it (where its start is known). */
  intakeMinutes: Spread;
}

export interface TechnicianFigures {
  staffId: number;
  /** Repairs they finished that were first ready in the period. */
  finished: number;
  /** Business minutes from intake to ready of those, less pauses. */
  turnaround: Spread;
  /** Of their repairs handed back in the period, fixed the first time. */
  firstTimeFix: Rate;
  /** Of those, brought back under our warranty. */
  comebacks: number;
  /** Checks their work failed in the period. */
  qcFailures: number;
}

/** Who finished the repair that went into `index`'s state: the last `finish-repair` before it. */
function repairedBy(events: readonly KpiEvent[], index: number): number | null {
  for (let position = index - 1; position >= 0; position -= 1)
    if (events[position]?.kind === 'finish-repair') return events[position]?.actorId ?? null;
  return null;
}

function tally<T extends { staffId: number }>(rows: Map<number, T>, staffId: number, empty: (id: number) => T): T {
  let row = rows.get(staffId);
  if (!row) rows.set(staffId, (row = empty(staffId)));
  return row;
}

/**
 * Each member of staff's figures for the period: reception's intakes and hand-overs (by who
 * recorded them), technicians' repairs (by who finished the work), first-time fixes, comebacks and
 * the QC checks their work failed. Sorted by staff id.
 */
export function staffFigures(
  tickets: readonly KpiTicket[],
  period: KpiPeriod,
  rules: KpiRules,
): { reception: ReceptionFigures[]; technicians: TechnicianFigures[] } {
  const reception = new Map<number, ReceptionFigures & { minutes: number[] }>();
  const technicians = new Map<number, TechnicianFigures & { minutes: number[]; fixed: number; handed: number }>();
  const desk = (id: number) =>
    tally(reception, id, (staffId) => ({ staffId, intakes: 0, pickups: 0, intakeMinutes: spread([]), minutes: [] }));
  const bench = (id: number) =>
    tally(technicians, id, (staffId) => ({
      staffId,
      finished: 0,
      turnaround: spread([]),
      firstTimeFix: rate(0, 0),
      comebacks: 0,
      qcFailures: 0,
      minutes: [],
      fixed: 0,
      handed: 0,
    }));
  for (const ticket of tickets) {
    const { events } = ticket;
    const [intake] = events;
    if (intake && within(intake.at, period)) {
      const row = desk(intake.actorId);
      row.intakes += 1;
      if (ticket.intakeStartedAt !== null)
        row.minutes.push(
          Math.max(0, Math.round((Date.parse(intake.at) - Date.parse(ticket.intakeStartedAt)) / 60_000)),
        );
    }
    const firstReady = events.findIndex((event, position) => position > 0 && event.toState === 'ready');
    events.forEach((event, index) => {
      if (!within(event.at, period)) return;
      if (event.kind === 'hand-over') desk(event.actorId).pickups += 1;
      const handedBack = event.toState === 'picked-up' && event.fromState === 'ready';
      const technician =
        index === firstReady || event.kind === 'fail-qc' || handedBack ? repairedBy(events, index) : null;
      if (technician === null) return;
      const row = bench(technician);
      if (event.kind === 'fail-qc') row.qcFailures += 1;
      else if (index === firstReady) {
        const at = new Date(event.at);
        const clock = ticketClock(events.slice(0, index + 1), clockRules(ticket, rules), rules.hours, at);
        row.finished += 1;
        row.minutes.push(
          Math.max(0, businessMinutesBetween(new Date(ticket.createdAt), at, rules.hours) - clock.pausedMinutes),
        );
      } else if (handedBack) {
        row.handed += 1;
        if (ticket.cameBack) row.comebacks += 1;
        if (!ticket.cameBack && !events.some((other) => other.kind === 'rework')) row.fixed += 1;
      }
    });
  }
  return {
    reception: [...reception.values()]
      .sort((a, b) => a.staffId - b.staffId)
      .map(({ minutes, ...row }) => ({ ...row, intakeMinutes: spread(minutes) })),
    technicians: [...technicians.values()]
      .sort((a, b) => a.staffId - b.staffId)
      .map(({ minutes, fixed, handed, ...row }) => ({
        ...row,
        turnaround: spread(minutes),
        firstTimeFix: rate(fixed, handed),
      })),
  };
}

export interface CategoryFigures {
  productCategory: string;
  faultCategory: string;
  /** Tickets taken in for it in the period. */
  tickets: number;
  /** Of those, comebacks of an earlier repair. */
  comebacks: number;
}

/** Tickets taken in per product and fault, with the comebacks among them: for feedback to the maker. Most tickets first. */
export function categoryFigures(tickets: readonly KpiTicket[], period: KpiPeriod): CategoryFigures[] {
  const rows = new Map<string, CategoryFigures>();
  for (const ticket of tickets) {
    if (!within(ticket.createdAt, period)) continue;
    const key = `${ticket.productCategory}\u0000${ticket.faultCategory}`;
    let row = rows.get(key);
    if (!row)
      rows.set(
        key,
        (row = {
          productCategory: ticket.productCategory,
          faultCategory: ticket.faultCategory,
          tickets: 0,
          comebacks: 0,
        }),
      );
    row.tickets += 1;
    if (ticket.comebackOf !== null) row.comebacks += 1;
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.tickets - a.tickets ||
      a.productCategory.localeCompare(b.productCategory) ||
      a.faultCategory.localeCompare(b.faultCategory),
  );
}

/** The service's figures for a period, all of them: the reports' tiles. */
export interface KpiSummary {
  intakes: Intakes;
  firstResponse: FirstResponse;
  turnaround: Turnaround;
  outcomes: Outcomes;
  firstTimeFix: Rate;
  qcFailures: Rate;
  takings: Takings;
  /** Follow-up calls (回访) do not record satisfaction yet: always null until they do. */
  satisfaction: Rate | null;
}

export function kpiSummary(
  tickets: readonly KpiTicket[],
  payments: readonly KpiPayment[],
  period: KpiPeriod,
  rules: KpiRules,
  now: Date,
): KpiSummary {
  return {
    intakes: intakes(tickets, period),
    firstResponse: firstResponse(tickets, period, rules, now),
    turnaround: turnaround(tickets, period, rules),
    outcomes: outcomes(tickets, period),
    firstTimeFix: firstTimeFix(tickets, period),
    qcFailures: qcFailures(tickets, period),
    takings: takings(tickets, payments, period),
    satisfaction: null,
  };
}

/** A figure against the same figure of the period before: the difference, and as a share of before (null from nothing). */
export interface Change {
  delta: number;
  relative: number | null;
}

/** null when either side has no figure (a rate of nothing, a median of no tickets). */
export function change(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return { delta: current - previous, relative: previous === 0 ? null : (current - previous) / previous };
}

import type { CheckFact, HandBackFact, IntakeFact, KpiFacts, ReadyFact, ResponseFact, WorkEndFact } from './kpi-facts';
import { intakeChannels, type IntakeChannel } from './intake-channels';
import { paidEffect, type LedgerEntry } from './ledger';
import type { ServiceType } from './service-types';
import type { ClockEvent } from './ticket-clock';
import { isFinished, type TicketState } from './ticket-states';

/*
 * The service's figures (KPIs) for a period, worked out from the facts of the tickets' event logs
 * (`kpi-facts.ts`), the shop's calendar and the ledger alone: nothing is counted as it happens, so
 * any figure can be recomputed from what was recorded, and checked against the tickets behind it.
 * A period is [from, to): the start of its first day in the shop's zone up to the start of the day
 * after its last. Each fact counts in the period its moment falls in.
 */

export interface KpiPeriod {
  from: Date;
  to: Date;
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

export const inPeriod = <Fact extends { at: string }>(facts: readonly Fact[], period: KpiPeriod) =>
  facts.filter((fact) => within(fact.at, period));

export interface FirstResponse extends Spread {
  /** Diagnosis started within the received state's limit, of those started and those still waiting past it. */
  withinTarget: Rate;
}

/**
 * The first response (首次响应): business minutes from intake to the start of diagnosis, for the
 * workshop's tickets received in the period. One still waiting at `now` is not in the spread, but
 * counts against the target once past it; one called off before anyone looked at it counts in neither.
 */
export function firstResponse(intakes: readonly IntakeFact[], period: KpiPeriod, now: Date): FirstResponse {
  const minutes: number[] = [];
  let inTime = 0;
  let judged = 0;
  for (const { response } of inPeriod(intakes, period)) {
    if (!response) continue;
    if (response.startedAt !== null && response.minutes !== null) minutes.push(response.minutes);
    const verdict = responseVerdict(response, now);
    if (verdict !== null) judged += 1;
    if (verdict === 'in-time') inTime += 1;
  }
  return { ...spread(minutes), withinTarget: rate(inTime, judged) };
}

/**
 * How a first response counts against its target at `now`: in time (started by the limit, or
 * with no limit), late (started after it), still waiting past it, or not judged (waiting within
 * it, or called off before anyone looked).
 */
export function responseVerdict(response: ResponseFact, now: Date): 'in-time' | 'late' | 'waiting-past-due' | null {
  const due = response.dueAt === null ? null : Date.parse(response.dueAt);
  if (response.startedAt !== null && response.minutes !== null)
    return due === null || Date.parse(response.startedAt) <= due ? 'in-time' : 'late';
  return due !== null && due < now.getTime() && !response.calledOff ? 'waiting-past-due' : null;
}

export interface Turnaround {
  /** Business minutes from intake to ready, less the time paused (waiting for the customer or for parts, as set). */
  toReady: Spread;
  /** Ready by the promise (the intake's, moved later by every pause). */
  slaMet: Rate;
}

/** For the tickets first ready in the period (a rework's second time ready is not counted again): how long they took, and whether the promise was kept. */
export function turnaround(readies: readonly ReadyFact[], period: KpiPeriod): Turnaround {
  const counted = inPeriod(readies, period);
  return {
    toReady: spread(counted.map((ready) => ready.minutes)),
    slaMet: rate(counted.filter((ready) => ready.kept).length, counted.length),
  };
}

export interface Outcomes {
  /** Of the workshop's tickets that came to an end of the work in the period: repaired, back unrepaired, called off. */
  repaired: Rate;
  returnedUnrepaired: Rate;
  cancelled: Rate;
}

/** How the work first ended, for each workshop ticket whose work first ended in the period (a ticket counts once, ever). */
export function outcomes(ends: readonly WorkEndFact[], period: KpiPeriod): Outcomes {
  const ended = { ready: 0, 'returned-unrepaired': 0, cancelled: 0 };
  for (const end of inPeriod(ends, period)) ended[end.outcome] += 1;
  const all = ended.ready + ended['returned-unrepaired'] + ended.cancelled;
  return {
    repaired: rate(ended.ready, all),
    returnedUnrepaired: rate(ended['returned-unrepaired'], all),
    cancelled: rate(ended.cancelled, all),
  };
}

/** Neither objected to at pickup (sent back for rework) nor brought back under our warranty. */
export const fixedFirstTime = (handBack: HandBackFact) => !handBack.cameBack && !handBack.reworked;

/** First-time fix (一次修复率): of the repairs handed back in the period, those fixed the first time. */
export function firstTimeFix(handBacks: readonly HandBackFact[], period: KpiPeriod): Rate {
  const counted = inPeriod(handBacks, period);
  return rate(counted.filter(fixedFirstTime).length, counted.length);
}

/** QC failures (质检不合格): checks failed, of the checks made in the period. */
export function qcFailures(checks: readonly CheckFact[], period: KpiPeriod): Rate {
  const counted = inPeriod(checks, period);
  return rate(counted.filter((check) => check.failed).length, counted.length);
}

export interface Intakes {
  total: number;
  byServiceType: Record<ServiceType, number>;
  byChannel: Record<IntakeChannel, number>;
  /** Complaints taken in, per 100 tickets taken in; null with none taken in. */
  complaintsPer100: number | null;
}

export function intakes(facts: readonly IntakeFact[], period: KpiPeriod): Intakes {
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
  for (const intake of inPeriod(facts, period)) {
    total += 1;
    byServiceType[intake.serviceType] += 1;
    byChannel[intake.channel] += 1;
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

export function takings(
  handBacks: readonly HandBackFact[],
  payments: readonly KpiPayment[],
  period: KpiPeriod,
): Takings {
  let revenueFen = 0;
  for (const payment of payments) if (within(payment.at, period)) revenueFen += paidEffect(payment);
  const bills = inPeriod(handBacks, period).filter((handBack) => handBack.chargedFen > 0);
  const averageBillFen =
    bills.length === 0
      ? null
      : Math.round(bills.reduce((sum, handBack) => sum + handBack.chargedFen, 0) / bills.length);
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

/** A ticket as the backlog reads it: when it came in, and its moves. */
export interface BacklogTicket {
  createdAt: string;
  events: readonly ClockEvent[];
}

/**
 * The tickets in hand at a moment (the end of a day): each taken in by then and not yet finished,
 * in the state its last event by then put it in; each counts in exactly one state and one age.
 */
export function backlogAt(tickets: readonly BacklogTicket[], at: Date): Backlog {
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

/** A move as the backlog's running count reads it. */
export interface BacklogMove {
  at: string;
  fromState: TicketState | null;
  toState: TicketState;
}

const inHand = (state: TicketState | null) => state !== null && !isFinished(state);

/** How a move changes the count in hand: one more for an intake into an open state or a reopening, one less for a finish. */
export function backlogChange(move: Pick<BacklogMove, 'fromState' | 'toState'>): -1 | 0 | 1 {
  return ((inHand(move.toState) ? 1 : 0) - (inHand(move.fromState) ? 1 : 0)) as -1 | 0 | 1;
}

/**
 * The number in hand at each of `moments` (in order, none before `start.at`), from the number in
 * hand at `start.at` and every move from then on: the backlog line of a chart, a point a day,
 * without working out each day's backlog again from every ticket.
 */
export function backlogTotals(
  start: { at: Date; total: number },
  moves: readonly BacklogMove[],
  moments: readonly Date[],
): number[] {
  const sorted = [...moves].sort((a, b) => a.at.localeCompare(b.at));
  let total = start.total;
  let next = 0;
  return moments.map((moment) => {
    while (next < sorted.length && Date.parse(sorted[next]?.at ?? '') < moment.getTime()) {
      const move = sorted[next];
      if (move && Date.parse(move.at) >= start.at.getTime()) total += backlogChange(move);
      next += 1;
    }
    return total;
  });
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
  facts: KpiFacts,
  period: KpiPeriod,
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
  for (const intake of inPeriod(facts.intakes, period)) {
    const row = desk(intake.staffId);
    row.intakes += 1;
    if (intake.recordingMinutes !== null) row.minutes.push(intake.recordingMinutes);
  }
  for (const handOver of inPeriod(facts.handOvers, period)) desk(handOver.staffId).pickups += 1;
  for (const ready of inPeriod(facts.readies, period)) {
    if (ready.technicianId === null) continue;
    const row = bench(ready.technicianId);
    row.finished += 1;
    row.minutes.push(ready.minutes);
  }
  for (const check of inPeriod(facts.checks, period))
    if (check.failed && check.technicianId !== null) bench(check.technicianId).qcFailures += 1;
  for (const handBack of inPeriod(facts.handBacks, period)) {
    if (handBack.technicianId === null) continue;
    const row = bench(handBack.technicianId);
    row.handed += 1;
    if (handBack.cameBack) row.comebacks += 1;
    if (fixedFirstTime(handBack)) row.fixed += 1;
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
export function categoryFigures(intakes: readonly IntakeFact[], period: KpiPeriod): CategoryFigures[] {
  const rows = new Map<string, CategoryFigures>();
  for (const ticket of inPeriod(intakes, period)) {
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

export function kpiSummary(facts: KpiFacts, payments: readonly KpiPayment[], period: KpiPeriod, now: Date): KpiSummary {
  return {
    intakes: intakes(facts.intakes, period),
    firstResponse: firstResponse(facts.intakes, period, now),
    turnaround: turnaround(facts.readies, period),
    outcomes: outcomes(facts.ends, period),
    firstTimeFix: firstTimeFix(facts.handBacks, period),
    qcFailures: qcFailures(facts.checks, period),
    takings: takings(facts.handBacks, payments, period),
    satisfaction: null,
  };
}

/**
 * Facts shared out among consecutive periods (the days of a range) by when each counts, in one
 * pass: a fact outside them all is left out. The periods must follow one another, oldest first.
 */
export function shareOut<T extends { at: string }>(facts: readonly T[], periods: readonly KpiPeriod[]): T[][] {
  const buckets = periods.map((): T[] => []);
  const starts = periods.map((period) => period.from.toISOString());
  const end = periods.at(-1)?.to.toISOString() ?? '';
  for (const fact of facts) {
    if (fact.at >= end) continue;
    // The last period starting at or before the fact (ISO text of one length orders as time).
    let low = 0;
    let high = starts.length - 1;
    if (high < 0 || fact.at < (starts[0] ?? '')) continue;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? '') <= fact.at) low = middle;
      else high = middle - 1;
    }
    buckets[low]?.push(fact);
  }
  return buckets;
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

import { addBusinessMinutes, businessMinutesBetween, closingOfBusinessDay, type BusinessHours } from './sla';
import { isFinished, type TicketState } from './ticket-states';

/**
 * A ticket's clock, worked out from its events and the shop's calendar alone, so that a changed
 * calendar (a holiday added, 调休) recomputes every figure: when it is promised, how long it has
 * been paused, and when its present state's own time limit runs out.
 */

/** A move as the clock needs it: when, and into which state. */
export interface ClockEvent {
  at: string;
  toState: TicketState;
}

/** How long a state may last: business hours, or until the shop closes on the day it began. */
export type StateLimit = { hours: number } | { sameDay: true };

export interface ClockRules {
  /** Business hours from intake to the promised time (the SLA target of the ticket's priority). */
  targetHours: number;
  /** States that stop the clock: the time spent in them moves the promise later. */
  pausing: readonly TicketState[];
  /** Each state's own limit, counted from when the ticket entered it. */
  stateLimits: Partial<Record<TicketState, StateLimit>>;
  /**
   * The promise made at intake, as recorded (the target's, or another agreed with the customer):
   * pauses move it later. Without it, the promise is intake plus the target.
   */
  promised?: Date | null;
}

/**
 * What a ticket is due for next: the limit of the state it is in (while received, the first
 * response), or the promise made to the customer.
 */
export type DueFor = TicketState | 'promise';

export interface TicketClock {
  /** Intake plus the target, plus every business minute spent paused (up to now, if paused now). */
  promisedAt: Date;
  /** Business minutes spent in pausing states. */
  pausedMinutes: number;
  /** The clock is running: the ticket is open and not in a pausing state. */
  running: boolean;
  /** When the present state's limit runs out; null without one (or once finished). */
  stateDueAt: Date | null;
  /** The first response: when diagnosis first started. */
  firstResponseAt: Date | null;
  /**
   * The next time the ticket is held to: its state's own limit, or the promise while the clock
   * runs, whichever comes first. In a pause only the state's limit counts (the promise stands
   * still); on the shelf the promise has been kept; a finished ticket is held to nothing.
   */
  dueAt: Date | null;
  /** What `dueAt` is the time of; null with it. */
  dueFor: DueFor | null;
}

/** Works out the clock of a ticket from its events (oldest first; the first is the intake) at `now`. */
export function ticketClock(
  events: readonly ClockEvent[],
  rules: ClockRules,
  hours: BusinessHours,
  now: Date,
): TicketClock {
  const [intake] = events;
  if (!intake) throw new RangeError('A ticket has at least its intake event');
  let pausedMinutes = 0;
  let firstResponseAt: Date | null = null;
  events.forEach((event, index) => {
    const from = new Date(event.at);
    const until = index + 1 < events.length ? new Date(events[index + 1]?.at ?? event.at) : now;
    if (rules.pausing.includes(event.toState) && !isFinished(event.toState))
      pausedMinutes += businessMinutesBetween(from, until < from ? from : until, hours);
    if (event.toState === 'diagnosing' && firstResponseAt === null) firstResponseAt = from;
  });
  const last = events[events.length - 1] ?? intake;
  const state = last.toState;
  // Moves within a state (an assignment, a claim, a changed bill) do not restart its limit.
  let entered = events.length - 1;
  while (entered > 0 && events[entered - 1]?.toState === state) entered -= 1;
  const enteredAt = new Date(events[entered]?.at ?? last.at);
  const limit = rules.stateLimits[state];
  const stateDueAt =
    isFinished(state) || !limit
      ? null
      : 'sameDay' in limit
        ? closingOfBusinessDay(enteredAt, hours)
        : addBusinessMinutes(enteredAt, limit.hours * 60, hours);
  const promised = rules.promised ?? null;
  const promisedAt =
    promised === null
      ? addBusinessMinutes(new Date(intake.at), rules.targetHours * 60 + pausedMinutes, hours)
      : pausedMinutes === 0
        ? promised
        : addBusinessMinutes(promised, pausedMinutes, hours);
  const running = !isFinished(state) && !rules.pausing.includes(state);
  const promiseCounts = running && state !== 'ready';
  const byState = stateDueAt !== null && (!promiseCounts || stateDueAt.getTime() <= promisedAt.getTime());
  const dueAt = byState ? stateDueAt : promiseCounts ? promisedAt : null;
  const dueFor: DueFor | null = byState ? state : promiseCounts ? 'promise' : null;
  return { promisedAt, pausedMinutes, running, stateDueAt, firstResponseAt, dueAt, dueFor };
}

/** Whole business minutes from `now` to `due`: positive while there is time left, negative once overdue. */
export function businessMinutesLeft(due: Date, now: Date, hours: BusinessHours): number {
  return due.getTime() >= now.getTime()
    ? businessMinutesBetween(now, due, hours)
    : -businessMinutesBetween(due, now, hours);
}

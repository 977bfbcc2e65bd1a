import type { IntakeChannel } from './intake-channels';
import type { ServiceType } from './service-types';
import { businessMinutesBetween, type BusinessHours, type Priority } from './sla';
import { ticketClock, type ClockEvent, type ClockRules } from './ticket-clock';
import type { TicketState } from './ticket-states';
import { workshopTypes, type TicketEventKind } from './ticket-workflow';

/*
 * What the figures count, as facts drawn from each ticket's history once: its intake (with the
 * first response), its first readiness, the first end of its work, its hand-back, its QC checks
 * and its hand-overs, each with the moment it is counted at. A period's figures are then sums and
 * spreads of the facts whose moment falls in it (`kpis.ts`), so the facts of a ticket can be kept
 * beside it as it moves and a month or a year is counted without reading its events again.
 */

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

/** The first response of a workshop ticket: when it was due, when diagnosis first started, and the business minutes between intake and that. */
export interface ResponseFact {
  /** The received state's limit counted from intake; null without one. */
  dueAt: string | null;
  startedAt: string | null;
  minutes: number | null;
  /** Cancelled at some point: one never looked at counts neither for nor against the target. */
  calledOff: boolean;
}

/** A ticket taken in, counted when it was recorded. */
export interface IntakeFact {
  ticketId: number;
  at: string;
  serviceType: ServiceType;
  channel: IntakeChannel;
  productCategory: string;
  /** The fault as diagnosed, else as described at intake. */
  faultCategory: string;
  comebackOf: number | null;
  /** Who recorded it. */
  staffId: number;
  /** Whole minutes from starting the intake's draft to recording it, where the start is known. */
  recordingMinutes: number | null;
  /** For the workshop's tickets only. */
  response: ResponseFact | null;
}

/** A ticket's first time ready (a rework's second time is not counted again). */
export interface ReadyFact {
  ticketId: number;
  at: string;
  /** Business minutes from intake, less the time paused. */
  minutes: number;
  /** Ready by the promise (moved later by every pause). */
  kept: boolean;
  /** Who finished the repair QC passed; null without a recorded finish. */
  technicianId: number | null;
}

/** How a workshop ticket's work first came to an end. */
export interface WorkEndFact {
  ticketId: number;
  at: string;
  outcome: 'ready' | 'returned-unrepaired' | 'cancelled';
}

/** A repair collected from the ready shelf. */
export interface HandBackFact {
  ticketId: number;
  at: string;
  /** Who finished the repair handed back. */
  technicianId: number | null;
  /** The customer objected at pickup and it went back for rework. */
  reworked: boolean;
  /** A later ticket came back under the warranty this repair gave. */
  cameBack: boolean;
  /** What the ticket charged, in fen. */
  chargedFen: number;
}

/** A QC check (passed or failed), with whose work it checked. */
export interface CheckFact {
  ticketId: number;
  at: string;
  failed: boolean;
  technicianId: number | null;
}

/** A device given back across the counter, by who recorded it. */
export interface HandOverFact {
  ticketId: number;
  at: string;
  staffId: number;
}

/** The facts a ticket gives once each (its checks and hand-overs apart, which may be many). */
export interface TicketFacts {
  intake: IntakeFact;
  ready: ReadyFact | null;
  end: WorkEndFact | null;
  handBack: HandBackFact | null;
}

/** Every fact of a set of tickets, as the period figures take them. */
export interface KpiFacts {
  intakes: readonly IntakeFact[];
  readies: readonly ReadyFact[];
  ends: readonly WorkEndFact[];
  handBacks: readonly HandBackFact[];
  checks: readonly CheckFact[];
  handOvers: readonly HandOverFact[];
}

const isWorkshop = (type: ServiceType) => (workshopTypes as readonly ServiceType[]).includes(type);

/** A ticket's clock rules: the target of its priority, the pausing states and state limits, and the promise recorded at intake. */
export function clockRules(ticket: Pick<KpiTicket, 'priority' | 'promisedAt'>, rules: KpiRules): ClockRules {
  return {
    targetHours: rules.targetHours[ticket.priority],
    pausing: rules.pausing,
    stateLimits: rules.stateLimits,
    promised: ticket.promisedAt === null ? null : new Date(ticket.promisedAt),
  };
}

/** Who finished the repair that went into `index`'s state: the last `finish-repair` before it. */
function repairedBy(events: readonly KpiEvent[], index: number): number | null {
  for (let position = index - 1; position >= 0; position -= 1)
    if (events[position]?.kind === 'finish-repair') return events[position]?.actorId ?? null;
  return null;
}

/** The index of the first event after the intake that went into one of `states`; -1 if none did. */
const firstInto = (events: readonly KpiEvent[], states: readonly TicketState[]) =>
  events.findIndex((event, position) => position > 0 && states.includes(event.toState));

function responseOf(ticket: KpiTicket, rules: KpiRules): ResponseFact {
  const intake = new Date(ticket.createdAt);
  const due = ticketClock(
    [{ at: ticket.createdAt, toState: 'received' }],
    clockRules(ticket, rules),
    rules.hours,
    intake,
  ).stateDueAt;
  const started = ticket.events.find((event) => event.toState === 'diagnosing');
  return {
    dueAt: due?.toISOString() ?? null,
    startedAt: started?.at ?? null,
    minutes: started ? businessMinutesBetween(intake, new Date(started.at), rules.hours) : null,
    calledOff: ticket.events.some((event) => event.toState === 'cancelled'),
  };
}

function readyOf(ticket: KpiTicket, rules: KpiRules): ReadyFact | null {
  const index = firstInto(ticket.events, ['ready']);
  const event = ticket.events[index];
  if (!event) return null;
  const at = new Date(event.at);
  const clock = ticketClock(ticket.events.slice(0, index + 1), clockRules(ticket, rules), rules.hours, at);
  return {
    ticketId: ticket.id,
    at: event.at,
    minutes: Math.max(0, businessMinutesBetween(new Date(ticket.createdAt), at, rules.hours) - clock.pausedMinutes),
    kept: at.getTime() <= clock.promisedAt.getTime(),
    technicianId: repairedBy(ticket.events, index),
  };
}

function endOf(ticket: KpiTicket): WorkEndFact | null {
  if (!isWorkshop(ticket.serviceType)) return null;
  const event = ticket.events[firstInto(ticket.events, ['ready', 'returned-unrepaired', 'cancelled'])];
  return event ? { ticketId: ticket.id, at: event.at, outcome: event.toState as WorkEndFact['outcome'] } : null;
}

function handBackOf(ticket: KpiTicket): HandBackFact | null {
  const index = ticket.events.findIndex((event) => event.toState === 'picked-up' && event.fromState === 'ready');
  const event = ticket.events[index];
  if (!event) return null;
  return {
    ticketId: ticket.id,
    at: event.at,
    technicianId: repairedBy(ticket.events, index),
    reworked: ticket.events.some((other) => other.kind === 'rework'),
    cameBack: ticket.cameBack,
    chargedFen: ticket.chargedFen,
  };
}

/** The once-each facts of a ticket from its history, the calendar and the clock rules. */
export function ticketFacts(ticket: KpiTicket, rules: KpiRules): TicketFacts {
  const [intake] = ticket.events;
  if (!intake) throw new RangeError('A ticket has at least its intake event');
  return {
    intake: {
      ticketId: ticket.id,
      at: intake.at,
      serviceType: ticket.serviceType,
      channel: ticket.channel,
      productCategory: ticket.productCategory,
      faultCategory: ticket.faultCategory,
      comebackOf: ticket.comebackOf,
      staffId: intake.actorId,
      recordingMinutes:
        ticket.intakeStartedAt === null
          ? null
          : Math.max(0, Math.round((Date.parse(intake.at) - Date.parse(ticket.intakeStartedAt)) / 60_000)),
      response: isWorkshop(ticket.serviceType) ? responseOf(ticket, rules) : null,
    },
    ready: readyOf(ticket, rules),
    end: endOf(ticket),
    handBack: handBackOf(ticket),
  };
}

/** A ticket's QC checks, each with whose repair it checked. */
export function checksOf(ticket: Pick<KpiTicket, 'id' | 'events'>): CheckFact[] {
  return ticket.events.flatMap((event, index) =>
    event.kind === 'pass-qc' || event.kind === 'fail-qc'
      ? [
          {
            ticketId: ticket.id,
            at: event.at,
            failed: event.kind === 'fail-qc',
            technicianId: repairedBy(ticket.events, index),
          },
        ]
      : [],
  );
}

/** A ticket's hand-overs across the counter (repaired or not), by who recorded them. */
export function handOversOf(ticket: Pick<KpiTicket, 'id' | 'events'>): HandOverFact[] {
  return ticket.events.flatMap((event) =>
    event.kind === 'hand-over' ? [{ ticketId: ticket.id, at: event.at, staffId: event.actorId }] : [],
  );
}

/** Every fact of these tickets. */
export function kpiFacts(tickets: readonly KpiTicket[], rules: KpiRules): KpiFacts {
  const facts = tickets.map((ticket) => ticketFacts(ticket, rules));
  return {
    intakes: facts.map((fact) => fact.intake),
    readies: facts.flatMap((fact) => fact.ready ?? []),
    ends: facts.flatMap((fact) => fact.end ?? []),
    handBacks: facts.flatMap((fact) => fact.handBack ?? []),
    checks: tickets.flatMap(checksOf),
    handOvers: tickets.flatMap(handOversOf),
  };
}

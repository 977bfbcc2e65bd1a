import { describe, expect, it } from 'vitest';
import { dayLog, type DayLogEvent, type DayLogInputs, type DayLogPayment, type HeldTicket } from './day-log';
import type { KpiRules } from './kpi-facts';
import type { ServiceType } from './service-types';
import type { TicketState } from './ticket-states';
import type { TicketEventKind } from './ticket-workflow';

/**
 * A day at the counter worked out by hand: Tuesday 1 December 2026, the shop open 09:00–18:00 in
 * Shanghai; a normal repair is promised in 9 open hours and must be looked at within 4.
 * 1: a repair from Monday, collected today with a ¥20 discount and ¥30 left owed (manager's approval).
 * 2: a repair taken in today at 09:00 and not looked at by the close: overdue for its first response.
 * 3: a consultation answered at the counter; 4: a complaint taken in at 17:00 (its 4 hours not up).
 * 5: a repair from Monday going back unrepaired today, its deposit refunded.
 * 6: collected on Monday: no part of today.
 */
const rules: KpiRules = {
  hours: {
    timeZone: 'Asia/Shanghai',
    weekly: [null, ...Array.from({ length: 6 }, () => ({ open: '09:00', close: '18:00' }))],
    holidays: [],
    extraWorkdays: [],
    makeUpHours: { open: '09:00', close: '18:00' },
  },
  targetHours: { normal: 9, urgent: 4, critical: 2 },
  pausing: ['awaiting-approval', 'awaiting-parts', 'on-hold'],
  stateLimits: { received: { hours: 4 } },
};

const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const today = { from: new Date(at('2026-12-01 00:00')), to: new Date(at('2026-12-02 00:00')) };
const RITA = 1;
const TOM = 2;
type Step = [when: string, kind: TicketEventKind, to: TicketState, payload?: unknown];

type LoggedTicket = HeldTicket & { serviceType: ServiceType; events: DayLogEvent[] };

function ticket(id: number, serviceType: ServiceType, steps: Step[]): LoggedTicket {
  const events: DayLogEvent[] = steps.map(([when, kind, toState, payload], index) => ({
    id: id * 100 + index,
    ticketId: id,
    at: at(when),
    kind,
    toState,
    fromState: index === 0 ? null : (steps[index - 1]?.[2] ?? null),
    actorId: index === 0 || kind === 'hand-over' ? RITA : TOM,
    payload: payload ?? {},
  }));
  return { id, serviceType, priority: 'normal', promisedAt: null, createdAt: events[0]?.at ?? '', events };
}

/** What the log is given: every ticket as received and as possibly in hand (a superset is allowed), and every event. */
const inputsOf = (tickets: readonly LoggedTicket[], payments: readonly DayLogPayment[]): DayLogInputs => ({
  received: tickets.map((ticket) => ({
    id: ticket.id,
    serviceType: ticket.serviceType,
    createdAt: ticket.createdAt,
    intakeState: ticket.events[0]?.toState ?? 'received',
  })),
  events: tickets.flatMap((ticket) => ticket.events),
  held: tickets,
  payments,
});

const tickets = [
  ticket(1, 'repair', [
    ['2026-11-30 10:00', 'intake', 'received'],
    ['2026-11-30 11:00', 'start-diagnosis', 'diagnosing'],
    ['2026-11-30 15:00', 'finish-repair', 'qa'],
    ['2026-11-30 16:00', 'pass-qc', 'ready'],
    ['2026-12-01 10:30', 'contact', 'ready'],
    ['2026-12-01 14:00', 'hand-over', 'picked-up', { discountFen: 2_000, owedFen: 3_000 }],
  ]),
  ticket(2, 'repair', [['2026-12-01 09:00', 'intake', 'received']]),
  ticket(3, 'consultation', [['2026-12-01 11:00', 'intake', 'closed']]),
  ticket(4, 'complaint', [['2026-12-01 17:00', 'intake', 'received']]),
  ticket(5, 'repair', [
    ['2026-11-30 09:30', 'intake', 'received'],
    ['2026-11-30 10:00', 'start-diagnosis', 'diagnosing'],
    ['2026-11-30 12:00', 'return-unrepaired', 'returned-unrepaired'],
    ['2026-12-01 16:00', 'hand-over', 'picked-up', { discountFen: 0, owedFen: 0 }],
  ]),
  ticket(6, 'repair', [
    ['2026-11-29 10:00', 'intake', 'received'],
    ['2026-11-29 11:00', 'start-diagnosis', 'diagnosing'],
    ['2026-11-29 12:00', 'finish-repair', 'qa'],
    ['2026-11-29 13:00', 'pass-qc', 'ready'],
    ['2026-11-30 10:00', 'hand-over', 'picked-up', { discountFen: 0, owedFen: 0 }],
  ]),
];

const entry = (
  id: number,
  ticketId: number,
  kind: DayLogPayment['kind'],
  method: DayLogPayment['method'],
  amountFen: number,
  when: string,
  reversesId: number | null = null,
): DayLogPayment => ({ id, ticketId, kind, method, amountFen, reversesId, staffId: RITA, at: at(when) });

const payments = [
  entry(1, 2, 'deposit', 'cash', 5_000, '2026-12-01 09:05'),
  entry(2, 1, 'payment', 'cash', 30_000, '2026-12-01 14:00'),
  entry(3, 1, 'payment', 'wechat', 15_000, '2026-12-01 14:00'),
  entry(4, 5, 'refund', 'cash', 10_000, '2026-12-01 16:00'),
  // Taken on the wrong method and put right: the card payment reversed, taken again by Alipay.
  entry(5, 1, 'payment', 'card', 1_000, '2026-12-01 14:01'),
  entry(6, 1, 'payment', 'card', 1_000, '2026-12-01 14:02', 5),
  entry(7, 1, 'payment', 'alipay', 1_000, '2026-12-01 14:02'),
  entry(8, 6, 'payment', 'cash', 9_900, '2026-11-30 10:00'),
];

describe('the daily log', () => {
  const log = dayLog(inputsOf(tickets, payments), today, rules);

  it('lists what came in, in order, with the consultations closed at the counter and the complaints', () => {
    expect(log.received).toEqual([2, 3, 4]);
    expect(log.closedAtCounter).toEqual([3]);
    expect(log.complaints).toEqual([4]);
  });

  it('lists each move of the day (calls are not moves), and the devices given back', () => {
    expect(log.moves.map((move) => [move.ticketId, move.fromState, move.toState])).toEqual([
      [1, 'ready', 'picked-up'],
      [5, 'returned-unrepaired', 'picked-up'],
    ]);
    expect(log.handOvers).toEqual([
      { at: at('2026-12-01 14:00'), ticketId: 1, repaired: true, actorId: RITA, discountFen: 2_000, owedFen: 3_000 },
      { at: at('2026-12-01 16:00'), ticketId: 5, repaired: false, actorId: RITA, discountFen: 0, owedFen: 0 },
    ]);
  });

  it('totals the money by method and kind, a reversal netted out, with discounts and what was let go owed', () => {
    expect(log.money).toEqual({
      byMethod: {
        cash: { inFen: 35_000, outFen: 10_000 },
        wechat: { inFen: 15_000, outFen: 0 },
        alipay: { inFen: 1_000, outFen: 0 },
        card: { inFen: 0, outFen: 0 },
        transfer: { inFen: 0, outFen: 0 },
        other: { inFen: 0, outFen: 0 },
      },
      depositsFen: 5_000,
      paymentsFen: 46_000,
      refundsFen: 10_000,
      reversals: 1,
      netFen: 41_000,
      discountsFen: 2_000,
      owedAtReleaseFen: 3_000,
    });
  });

  it('leaves in hand at the close the two taken in and not finished; the one not looked at in 4 hours is overdue', () => {
    expect(log.backlog).toMatchObject({ total: 2, byState: { received: 2 } });
    expect(log.overdue).toEqual([
      { ticketId: 2, state: 'received', dueAt: at('2026-12-01 13:00'), dueFor: 'received' },
    ]);
  });

  it('is empty for a day nothing happened', () => {
    const quiet = dayLog(
      inputsOf(tickets, payments),
      { from: new Date(at('2026-11-28 00:00')), to: new Date(at('2026-11-29 00:00')) },
      rules,
    );
    expect(quiet).toMatchObject({ received: [], moves: [], handOvers: [], overdue: [], money: { netFen: 0 } });
    expect(quiet.backlog.total).toBe(0);
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AskedAction, TicketMoveInput } from '../../../shared/contract';
import { isFinished, ticketStates } from '../../../shared/domain/ticket-states';
import { ticketActions } from '../../../shared/domain/ticket-workflow';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { repairIntake, settledPickup } from '../../../test/fixtures/sample-intakes';
import type { Session } from '../context';

let core: TestCore;
let clock = Date.parse('2026-11-25T02:00:00Z');
const sessions: Record<'reception' | 'technician' | 'manager', Session> = {
  reception: { staffId: null },
  technician: { staffId: null },
  manager: { staffId: null },
};
let customerId = 0;
beforeAll(async () => {
  core = await openTestCore({ now: () => new Date(clock) });
  const admin = await core.setUp();
  sessions.reception = await core.staffSession(admin, 'reception');
  sessions.technician = await core.staffSession(admin, 'technician');
  sessions.manager = await core.staffSession(admin, 'manager');
  customerId = (await core.expectOk('customers-create', { name: 'Wang Fang', phone: '13812345678' }, admin)).id;
});
afterAll(() => core.dispose());

/** A move with plausible facts: any action may be tried at any time, by anyone. */
function facts(action: AskedAction, billFen: number, approve: boolean): TicketMoveInput {
  const line = {
    kind: 'part',
    description: '屏幕',
    spec: '',
    reason: '',
    quantity: 1,
    unitPriceFen: billFen,
    warrantyCovered: false,
  } as const;
  switch (action) {
    case 'assign':
      return { action, technicianId: sessions.technician.staffId ?? 0 };
    case 'diagnose':
      return { action, cause: '屏幕碎裂', lines: [line] };
    case 'revise-bill':
      return { action, lines: [line], note: '加配件' };
    case 'record-approval':
      return approve
        ? { action, decision: 'approved', channel: 'phone', approvedFen: 100_000_000 }
        : { action, decision: 'declined', channel: 'phone', approvedFen: 0 };
    case 'wait-for-parts':
      return { action, part: '屏幕' };
    case 'hold':
      return { action, reason: 'customer' };
    case 'finish-repair':
      return { action, workDone: '已更换' };
    case 'pass-qc':
      return { action, checks: [{ item: '功能', passed: true }] };
    case 'fail-qc':
      return { action, checks: [{ item: '功能', passed: false }] };
    case 'return-unrepaired':
      return { action, reason: 'no-parts' };
    case 'cancel':
    case 'reopen':
      return { action, reason: '客户要求' };
    case 'close':
      return { action, resolution: '已答复' };
    case 'rework':
      return { action, complaint: '屏幕有坏点' };
    default:
      return { action } as TicketMoveInput;
  }
}

const count = (table: string, where = '1') =>
  (core.core.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;

let moves = 0;
let changes = 0;
let finished = 0;

it('random moves by anyone: the state stays legal, each change leaves one event and one audit entry, refusals leave nothing', async () => {
  const step = fc.record({
    action: fc.constantFrom(...ticketActions),
    // Mostly one of the moves offered, so sequences get deep into the workflow; now and then anything.
    follow: fc.integer({ min: 0, max: 3 }),
    pick: fc.nat(),
    by: fc.constantFrom('reception', 'technician', 'manager' as const),
    // From ¥10: a bill of a few fen would be refused beside its lines for leaving less than the
    // discount given at intake, a refusal of the facts rather than of the move.
    billFen: fc.integer({ min: 1_000, max: 200_000 }),
    approve: fc.boolean(),
    minutes: fc.integer({ min: 0, max: 600 }),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25, size: 'max' }), async (steps) => {
      let ticket = await core.expectOk('intake-save', repairIntake(customerId), sessions.reception);
      for (const { action: tried, follow, pick, by, billFen, approve, minutes } of steps) {
        clock += minutes * 60_000;
        const events = count('ticket_events', `ticket_id = ${ticket.id}`);
        const audits = count('audit_log', `action = 'ticket.move'`);
        const offered = (await core.expectOk('tickets-get', { id: ticket.id }, sessions[by])).allowedActions;
        const action = follow > 0 && offered.length > 0 ? (offered[pick % offered.length] ?? tried) : tried;
        moves += 1;
        // Handing over is the pickup's, with the money settled; every other move is asked for as it is.
        const result =
          action === 'hand-over'
            ? await core.call('pickup-complete', settledPickup(ticket), sessions[by])
            : await core.call(
                'tickets-move',
                { ticketId: ticket.id, version: ticket.version, move: facts(action, billFen, approve) },
                sessions[by],
              );
        if (result.ok) {
          expect(offered).toContain(action);
          expect(result.value.version).toBe(ticket.version + 1);
          expect(count('ticket_events', `ticket_id = ${ticket.id}`)).toBe(events + 1);
          expect(count('audit_log', `action = 'ticket.move'`)).toBe(audits + 1);
          ticket = result.value;
          changes += 1;
          finished += isFinished(ticket.state) ? 1 : 0;
        } else {
          // Refused only for what the workflow rules out (or, for an approval, an amount below the bill).
          if (action !== 'record-approval')
            expect(offered, JSON.stringify(result.ok ? null : result.error)).not.toContain(action);
          expect(count('ticket_events', `ticket_id = ${ticket.id}`)).toBe(events);
          expect(count('audit_log', `action = 'ticket.move'`)).toBe(audits);
        }
        expect(ticketStates).toContain(ticket.state);
        // A finished ticket has its end time; an open one has none (its clock still runs).
        expect(ticket.closedAt !== null).toBe(isFinished(ticket.state));
        const times = ticket.events.map((event) => event.at);
        expect([...times].sort()).toEqual(times);
      }
    }),
    { numRuns: 30 },
  );
  // The sequences did get somewhere: a good share of moves went through (a sequence that reaches the
  // customer's hands early then only meets refusals), and some reached an end.
  expect(changes).toBeGreaterThan(moves / 4);
  expect(finished).toBeGreaterThan(0);
}, 120_000);

import { describe, expect, it } from 'vitest';
import { can, roles, type Role } from './roles';
import { ticketStates, type TicketState } from './ticket-states';
import {
  allowedActions,
  planMove,
  ticketActions,
  type MoveFacts,
  type TicketAction,
  type WorkflowTicket,
} from './ticket-workflow';

const mover = (role: Role) => ({ id: 7, can: (permission: Parameters<typeof can>[1]) => can(role, permission) });

function facts(action: TicketAction): MoveFacts {
  if (action === 'diagnose' || action === 'revise-bill') return { action, billFen: 10_000 };
  if (action === 'record-approval') return { action, decision: 'approved', approvedFen: 20_000, billFen: 10_000 };
  return { action };
}

const ticket = (state: TicketState, extra: Partial<WorkflowTicket> = {}): WorkflowTicket => ({
  serviceType: 'repair',
  state,
  technicianId: null,
  enteredFrom: null,
  approvedFen: 50_000,
  onShelf: state === 'ready' || state === 'returned-unrepaired' || state === 'cancelled',
  ...extra,
});

const staff: Role[] = ['reception', 'technician', 'manager', 'admin'];
const workshop: Role[] = ['technician', 'manager', 'admin'];
const front: Role[] = ['reception', 'manager', 'admin'];
const managers: Role[] = ['manager', 'admin'];
const open = ['received', 'diagnosing', 'awaiting-approval', 'awaiting-parts', 'on-hold', 'repairing', 'qa', 'ready'];

/**
 * A repair ticket's whole workflow, written out: each legal (state, action), who may do it, and
 * where it goes (the bill of 100 yuan is within the 500 approved). Every other combination of
 * state × action × role must be refused.
 */
const repairMoves: [TicketState, TicketAction, Role[], TicketState][] = [
  ...open.map((state): [TicketState, TicketAction, Role[], TicketState] => [
    state as TicketState,
    'assign',
    front,
    state as TicketState,
  ]),
  ...open.map((state): [TicketState, TicketAction, Role[], TicketState] => [
    state as TicketState,
    'claim',
    workshop,
    state as TicketState,
  ]),
  ['received', 'start-diagnosis', workshop, 'diagnosing'],
  ['diagnosing', 'diagnose', workshop, 'repairing'],
  ['awaiting-approval', 'record-approval', staff, 'repairing'],
  ['repairing', 'wait-for-parts', workshop, 'awaiting-parts'],
  ['awaiting-parts', 'parts-arrived', workshop, 'repairing'],
  ['received', 'hold', staff, 'on-hold'],
  ['diagnosing', 'hold', staff, 'on-hold'],
  ['repairing', 'hold', staff, 'on-hold'],
  ['awaiting-parts', 'hold', staff, 'on-hold'],
  ['on-hold', 'resume', staff, 'received'],
  ['repairing', 'revise-bill', workshop, 'repairing'],
  ['repairing', 'finish-repair', workshop, 'qa'],
  ['qa', 'pass-qc', workshop, 'ready'],
  ['qa', 'fail-qc', workshop, 'repairing'],
  ...(['received', 'diagnosing', 'awaiting-approval', 'awaiting-parts', 'repairing', 'on-hold', 'qa'] as const).map(
    (state): [TicketState, TicketAction, Role[], TicketState] => [
      state,
      'return-unrepaired',
      staff,
      'returned-unrepaired',
    ],
  ),
  ['ready', 'hand-over', front, 'picked-up'],
  ['returned-unrepaired', 'hand-over', front, 'picked-up'],
  ['cancelled', 'hand-over', front, 'picked-up'],
  ['ready', 'rework', front, 'repairing'],
  ...(['received', 'diagnosing', 'awaiting-approval', 'on-hold'] as const).map(
    (state): [TicketState, TicketAction, Role[], TicketState] => [state, 'cancel', front, 'cancelled'],
  ),
  ...(['returned-unrepaired', 'cancelled', 'closed'] as const).map(
    (state): [TicketState, TicketAction, Role[], TicketState] => [state, 'reopen', managers, 'received'],
  ),
];

describe('ticket workflow', () => {
  it('a repair ticket: every state × action × role is allowed exactly as written out, and goes where it should', () => {
    const mismatches: string[] = [];
    for (const state of ticketStates)
      for (const action of ticketActions)
        for (const role of roles) {
          const expected = repairMoves.find(([from, move]) => from === state && move === action);
          const plan = planMove(ticket(state), facts(action), mover(role));
          const shouldGo = expected !== undefined && expected[2].includes(role);
          const went = plan.ok ? plan.to : null;
          if (shouldGo !== plan.ok || (plan.ok && went !== expected?.[3]))
            mismatches.push(
              `${state} ${action} as ${role}: expected ${shouldGo ? expected?.[3] : 'refused'}, got ${went ?? 'refused'}`,
            );
          if (plan.ok !== allowedActions(ticket(state), mover(role)).includes(action))
            mismatches.push(`${state} ${action} as ${role}: offered ≠ allowed`);
        }
    expect(mismatches).toEqual([]);
  });

  it('hands a device over once: back unrepaired and already collected (before pickups were recorded), it is refused', () => {
    const collected = ticket('returned-unrepaired', { onShelf: false });
    expect(planMove(collected, { action: 'hand-over' }, mover('reception'))).toEqual({
      ok: false,
      refusal: { key: 'workflow.refusals.alreadyCollected' },
    });
    expect(allowedActions(collected, mover('reception'))).not.toContain('hand-over');
  });

  it('says why a move is refused: finished, not from this state, not for this role', () => {
    expect(planMove(ticket('picked-up'), { action: 'start-diagnosis' }, mover('admin'))).toEqual({
      ok: false,
      refusal: { key: 'workflow.refusals.finished', params: { state: 'picked-up' } },
    });
    expect(planMove(ticket('received'), { action: 'pass-qc' }, mover('technician'))).toEqual({
      ok: false,
      refusal: { key: 'workflow.refusals.illegal', params: { action: 'pass-qc', state: 'received' } },
    });
    expect(planMove(ticket('received'), { action: 'start-diagnosis' }, mover('reception'))).toEqual({
      ok: false,
      refusal: { key: 'workflow.refusals.notYourRole', params: { action: 'start-diagnosis' } },
    });
  });

  it('a bill above what the customer agreed to waits for their approval; a decline sends the device back', () => {
    const diagnosing = ticket('diagnosing', { approvedFen: 30_000 });
    expect(planMove(diagnosing, { action: 'diagnose', billFen: 30_000 }, mover('technician'))).toEqual({
      ok: true,
      to: 'repairing',
    });
    expect(planMove(diagnosing, { action: 'diagnose', billFen: 30_001 }, mover('technician'))).toEqual({
      ok: true,
      to: 'awaiting-approval',
    });
    const repairing = ticket('repairing', { approvedFen: 30_000 });
    expect(planMove(repairing, { action: 'revise-bill', billFen: 45_000 }, mover('technician'))).toEqual({
      ok: true,
      to: 'awaiting-approval',
    });
    const waiting = ticket('awaiting-approval');
    const approval = { action: 'record-approval', billFen: 45_000 } as const;
    expect(planMove(waiting, { ...approval, decision: 'declined', approvedFen: 0 }, mover('reception'))).toEqual({
      ok: true,
      to: 'returned-unrepaired',
    });
    expect(planMove(waiting, { ...approval, decision: 'approved', approvedFen: 40_000 }, mover('reception'))).toEqual({
      ok: false,
      refusal: { key: 'workflow.refusals.approvedBelowBill' },
    });
  });

  it('resumes and reopens to where the ticket was; a claimed ticket cannot be claimed again', () => {
    const held = ticket('on-hold', { enteredFrom: 'awaiting-parts' });
    expect(planMove(held, { action: 'resume' }, mover('technician'))).toEqual({ ok: true, to: 'awaiting-parts' });
    // On hold from parts: past the point of cancelling.
    expect(planMove(held, { action: 'cancel' }, mover('manager'))).toMatchObject({
      ok: false,
      refusal: { key: 'workflow.refusals.cancelAfterRepair' },
    });
    expect(
      planMove(ticket('cancelled', { enteredFrom: 'diagnosing' }), { action: 'reopen' }, mover('manager')),
    ).toEqual({
      ok: true,
      to: 'diagnosing',
    });
    expect(planMove(ticket('repairing', { technicianId: 3 }), { action: 'claim' }, mover('technician'))).toMatchObject({
      ok: false,
      refusal: { key: 'workflow.refusals.alreadyAssigned' },
    });
  });

  it('other service types: an installation ends closed after QC; a consultation or complaint is closed, never repaired', () => {
    const installation = ticket('qa', { serviceType: 'installation' });
    expect(planMove(installation, { action: 'pass-qc' }, mover('technician'))).toEqual({ ok: true, to: 'closed' });
    const consultation = ticket('received', { serviceType: 'consultation' });
    expect(allowedActions(consultation, mover('reception'))).toEqual(['assign', 'hold', 'cancel', 'close']);
    expect(allowedActions(consultation, mover('technician'))).toEqual(['hold']);
    const complaint = ticket('received', { serviceType: 'complaint' });
    expect(allowedActions(complaint, mover('manager'))).toEqual([
      'assign',
      'start-diagnosis',
      'hold',
      'cancel',
      'close',
    ]);
    expect(allowedActions(complaint, mover('reception'))).toEqual(['assign', 'hold', 'cancel']);
  });
});

import type { Permission } from './roles';
import type { ServiceType } from './service-types';
import { isFinished, ticketStates, type TicketState } from './ticket-states';

/**
 * The ticket's life after intake, as data: which action moves a ticket of which service type
 * from which states, to which state, and who may do it. The core enforces it (the only code that
 * changes a ticket's state goes through `planMove`); the screens offer exactly the actions it
 * allows. Follows the norms' 故障诊断 → 维修方案 → 配件 → 维修实施 → 验收.
 */
export const ticketActions = [
  'assign',
  'claim',
  'start-diagnosis',
  'diagnose',
  'record-approval',
  'wait-for-parts',
  'parts-arrived',
  'hold',
  'resume',
  'revise-bill',
  'finish-repair',
  'pass-qc',
  'fail-qc',
  'return-unrepaired',
  'hand-over',
  'cancel',
  'close',
  'reopen',
  'rework',
] as const;
export type TicketAction = (typeof ticketActions)[number];

/**
 * What a ticket event records: the intake, then one event per action; `contact`, a call or
 * message to the customer (it changes no state). `state-change` is a move written by an early
 * sample-data seeder, which named no action.
 */
export const ticketEventKinds = ['intake', ...ticketActions, 'contact', 'state-change'] as const;
export type TicketEventKind = (typeof ticketEventKinds)[number];

/** Service types whose device goes through the workshop: diagnosis, a bill, repair and QC. */
export const workshopTypes = ['repair', 'installation', 'return', 'exchange'] as const satisfies readonly ServiceType[];
/**
 * Service types whose device the customer leaves with us until it is collected: an installation is
 * done on site, so a cancelled one puts nothing on the shelf.
 */
export function leavesDeviceWithUs(type: ServiceType): boolean {
  return type === 'repair' || type === 'return' || type === 'exchange';
}
const allTypes: readonly ServiceType[] = ['repair', 'installation', 'return', 'exchange', 'consultation', 'complaint'];

/** Why a device goes back unrepaired (返回不修). */
export const unrepairedReasons = ['declined', 'no-parts', 'not-economical', 'no-fault-found', 'other'] as const;
export type UnrepairedReason = (typeof unrepairedReasons)[number];

/** What an on-hold ticket waits for. */
export const holdReasons = ['customer', 'information'] as const;
export type HoldReason = (typeof holdReasons)[number];

/** How the customer's decision on a bill reached us. */
export const approvalChannels = ['counter', 'phone', 'message'] as const;
export type ApprovalChannel = (typeof approvalChannels)[number];

/** States from which the work can still be cancelled outright: nothing has been repaired yet. */
const beforeRepair: readonly TicketState[] = ['received', 'diagnosing', 'awaiting-approval'];

interface Rule {
  action: TicketAction;
  types: readonly ServiceType[];
  from: readonly TicketState[];
  permission: Permission;
}

const open = ticketStates.filter((state) => !isFinished(state));

/** Every legal move. A move not in this table is refused. */
export const workflowRules: readonly Rule[] = [
  { action: 'assign', types: allTypes, from: open, permission: 'tickets-assign' },
  { action: 'claim', types: workshopTypes, from: open, permission: 'tickets-work' },
  { action: 'start-diagnosis', types: workshopTypes, from: ['received'], permission: 'tickets-work' },
  { action: 'start-diagnosis', types: ['complaint'], from: ['received'], permission: 'complaints-handle' },
  { action: 'diagnose', types: workshopTypes, from: ['diagnosing'], permission: 'tickets-work' },
  { action: 'record-approval', types: workshopTypes, from: ['awaiting-approval'], permission: 'tickets-approval' },
  { action: 'wait-for-parts', types: workshopTypes, from: ['repairing'], permission: 'tickets-work' },
  { action: 'parts-arrived', types: workshopTypes, from: ['awaiting-parts'], permission: 'tickets-work' },
  {
    action: 'hold',
    types: allTypes,
    from: ['received', 'diagnosing', 'repairing', 'awaiting-parts'],
    permission: 'tickets-approval',
  },
  { action: 'resume', types: allTypes, from: ['on-hold'], permission: 'tickets-approval' },
  { action: 'revise-bill', types: workshopTypes, from: ['repairing'], permission: 'tickets-work' },
  { action: 'finish-repair', types: workshopTypes, from: ['repairing'], permission: 'tickets-work' },
  { action: 'pass-qc', types: workshopTypes, from: ['qa'], permission: 'tickets-work' },
  { action: 'fail-qc', types: workshopTypes, from: ['qa'], permission: 'tickets-work' },
  {
    action: 'return-unrepaired',
    types: workshopTypes,
    from: ['received', 'diagnosing', 'awaiting-approval', 'awaiting-parts', 'repairing', 'on-hold', 'qa'],
    permission: 'tickets-approval',
  },
  // The device handed back to its customer, repaired or not, with the bill settled (the pickup).
  {
    action: 'hand-over',
    types: workshopTypes,
    from: ['ready', 'returned-unrepaired', 'cancelled'],
    permission: 'intake',
  },
  // The customer found something wrong when they checked the device at pickup: back to the bench.
  { action: 'rework', types: workshopTypes, from: ['ready'], permission: 'intake' },
  { action: 'cancel', types: allTypes, from: [...beforeRepair, 'on-hold'], permission: 'tickets-cancel' },
  { action: 'close', types: ['consultation'], from: ['received', 'on-hold'], permission: 'intake' },
  {
    action: 'close',
    types: ['complaint'],
    from: ['received', 'diagnosing', 'on-hold'],
    permission: 'complaints-handle',
  },
  {
    action: 'reopen',
    types: allTypes,
    from: ['returned-unrepaired', 'cancelled', 'closed'],
    permission: 'tickets-reopen',
  },
];

/** A ticket as far as the workflow is concerned. */
export interface WorkflowTicket {
  serviceType: ServiceType;
  state: TicketState;
  technicianId: number | null;
  /** The state the ticket was in before it entered its present one (null: entered at intake). */
  enteredFrom: TicketState | null;
  /** What the customer has agreed to pay, in fen: the intake's cost limit, or a later approval. */
  approvedFen: number;
  /** The device waits on the shelf for its customer (ready, back unrepaired or called off, and not yet collected). */
  onShelf: boolean;
}

/** The facts of a move that decide where it goes. */
export type MoveFacts =
  | { action: 'diagnose' | 'revise-bill'; billFen: number }
  | { action: 'record-approval'; decision: 'approved' | 'declined'; approvedFen: number; billFen: number }
  | { action: Exclude<TicketAction, 'diagnose' | 'revise-bill' | 'record-approval'> };

export interface Mover {
  id: number;
  can(permission: Permission): boolean;
}

/** Why a move is refused: a message key with its params. */
export interface MoveRefusal {
  key: string;
  params?: Record<string, string | number>;
}

export type MovePlan = { ok: true; to: TicketState } | { ok: false; refusal: MoveRefusal };

const refuse = (key: string, params?: Record<string, string | number>): MovePlan => ({
  ok: false,
  refusal: params ? { key, params } : { key },
});

/** The rule that allows this action on this ticket, whoever asks. */
function ruleFor(ticket: WorkflowTicket, action: TicketAction): Rule | undefined {
  return workflowRules.find(
    (rule) => rule.action === action && rule.types.includes(ticket.serviceType) && rule.from.includes(ticket.state),
  );
}

/** Guards beyond the table: what the ticket's own facts rule out. */
function guard(ticket: WorkflowTicket, action: TicketAction): MoveRefusal | null {
  if (action === 'claim' && ticket.technicianId !== null) return { key: 'workflow.refusals.alreadyAssigned' };
  if (action === 'hand-over' && !ticket.onShelf) return { key: 'workflow.refusals.alreadyCollected' };
  // On hold from a later stage (parts, repair) is past the point where the work can just be called off.
  if (action === 'cancel' && ticket.state === 'on-hold' && !beforeRepair.includes(ticket.enteredFrom ?? 'received'))
    return { key: 'workflow.refusals.cancelAfterRepair' };
  return null;
}

/** Where an allowed move goes. */
function destination(ticket: WorkflowTicket, facts: MoveFacts): TicketState {
  switch (facts.action) {
    case 'assign':
    case 'claim':
      return ticket.state;
    case 'start-diagnosis':
      return 'diagnosing';
    case 'diagnose':
    case 'revise-bill':
      // Within what the customer agreed to: approved as it stands. Above it: ask them first.
      return facts.billFen <= ticket.approvedFen ? 'repairing' : 'awaiting-approval';
    case 'record-approval':
      return facts.decision === 'approved' ? 'repairing' : 'returned-unrepaired';
    case 'wait-for-parts':
      return 'awaiting-parts';
    case 'parts-arrived':
      return 'repairing';
    case 'hold':
      return 'on-hold';
    case 'resume':
      return ticket.enteredFrom ?? 'received';
    case 'finish-repair':
      return 'qa';
    case 'pass-qc':
      // An installation is done on site; everything else waits on the shelf for its customer.
      return ticket.serviceType === 'installation' ? 'closed' : 'ready';
    case 'fail-qc':
      return 'repairing';
    case 'return-unrepaired':
      return 'returned-unrepaired';
    case 'hand-over':
      return 'picked-up';
    case 'rework':
      return 'repairing';
    case 'cancel':
      return 'cancelled';
    case 'close':
      return 'closed';
    case 'reopen':
      // Back to where it was when it was finished; a consultation closed at the counter starts over.
      return ticket.enteredFrom !== null && !isFinished(ticket.enteredFrom) ? ticket.enteredFrom : 'received';
  }
}

/**
 * Plans a move: where it would take the ticket, or why it may not happen. Pure; the core runs it
 * inside the transaction that writes the move, on the ticket as it is then.
 */
export function planMove(ticket: WorkflowTicket, facts: MoveFacts, mover: Mover): MovePlan {
  const rule = ruleFor(ticket, facts.action);
  if (!rule) {
    if (isFinished(ticket.state) && facts.action !== 'reopen')
      return refuse('workflow.refusals.finished', { state: ticket.state });
    return refuse('workflow.refusals.illegal', { action: facts.action, state: ticket.state });
  }
  if (!mover.can(rule.permission)) return refuse('workflow.refusals.notYourRole', { action: facts.action });
  const guarded = guard(ticket, facts.action);
  if (guarded) return { ok: false, refusal: guarded };
  if (facts.action === 'record-approval' && facts.decision === 'approved' && facts.approvedFen < facts.billFen)
    return refuse('workflow.refusals.approvedBelowBill');
  return { ok: true, to: destination(ticket, facts) };
}

/** The actions this person may take on this ticket now: what the screens offer. */
export function allowedActions(ticket: WorkflowTicket, mover: Mover): TicketAction[] {
  return ticketActions.filter((action) => {
    const rule = ruleFor(ticket, action);
    return rule !== undefined && mover.can(rule.permission) && guard(ticket, action) === null;
  });
}

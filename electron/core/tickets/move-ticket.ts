import { keepFacts } from './facts';
import { keepDueAt } from './due';
import { fail, ok, type Message, type Outcome, type ServiceSettings } from '../../../shared/contract';
import { billLine, type BillLine, type MoveOutcome, type TicketMove } from '../../../shared/contract/ticket-moves';
import { localDateTime } from '../../../shared/domain/calendar';
import { computeFees, feeProblemField, feeProblems, type EstimateLine } from '../../../shared/domain/fees';
import { can } from '../../../shared/domain/roles';
import { isFinished, isShelfState } from '../../../shared/domain/ticket-states';
import {
  leavesDeviceWithUs,
  planMove,
  type MoveFacts,
  type WorkflowTicket,
} from '../../../shared/domain/ticket-workflow';
import { coversCost } from '../../../shared/domain/warranty';
import { findStaff } from '../db/queries/staff';
import { appendTicketEvent, enteredFrom, lastBilledLines, lastTicketEvent } from '../db/queries/ticket-events';
import {
  billLines,
  findTicket,
  insertPickupSignature,
  replaceBillLines,
  saveTicketWork,
  ticketLines,
  type BillLineRecord,
  type TicketRecord,
  type TicketWork,
} from '../db/queries/tickets';
import type { ReadableDB, WritableDB } from '../db/types';
import type { Actor, HandlerContext } from '../context';
import { audit } from '../services/audit';

export interface MoveRequest {
  ticketId: number;
  /** The version the mover saw. */
  version: number;
  move: TicketMove;
  /** The customer's acceptance signature, kept with the ticket when a hand-over is signed for. */
  signaturePng?: Uint8Array | null;
}

/**
 * What a ticket's money comes to: the estimate agreed at intake, the bill once there is one, and
 * which of the two the customer is charged.
 */
export function ticketMoney(
  record: Pick<TicketRecord, 'warrantyStatus' | 'discountFen' | 'approvedFen' | 'costLimitFen' | 'billed'>,
  estimate: readonly EstimateLine[],
  bill: readonly EstimateLine[],
) {
  const feeInput = (lines: readonly EstimateLine[]) => ({
    lines,
    warrantyCovers: coversCost(record.warrantyStatus),
    discountFen: record.discountFen,
  });
  const estimateFees = computeFees(feeInput(estimate));
  const billFees = computeFees(feeInput(bill));
  return {
    estimate: estimateFees,
    bill: billFees,
    /** What the customer is charged: the bill once the ticket is billed (even an empty bill), else the estimate. */
    charged: record.billed ? billFees : estimateFees,
    /** What the customer has agreed to pay: a later approval, else the intake's cost limit, else the estimate. */
    approvedFen: record.approvedFen ?? record.costLimitFen ?? estimateFees.totalFen,
  };
}

/** What the schema cannot see, beside the field it concerns (paths as the schema's: `move.…`). */
function fieldProblems(move: TicketMove, record: TicketRecord, settings: ServiceSettings, db: ReadableDB) {
  const problems: Record<string, Message> = {};
  if (move.action === 'assign') {
    const staff = findStaff(db, move.technicianId);
    if (!staff?.active || !can(staff.role, 'tickets-work'))
      problems['move.technicianId'] = { key: 'workflow.refusals.notTechnician' };
  }
  if (move.action === 'diagnose' && move.faultCategory !== '') {
    const category = settings.productCategories.find((candidate) => candidate.code === record.productCategory);
    const codes = category?.faults.flatMap((node) => [node.code, ...node.children.map((child) => child.code)]) ?? [];
    if (!codes.includes(move.faultCategory)) problems['move.faultCategory'] = { key: 'validation.unknownFault' };
  }
  if (move.action === 'diagnose' || move.action === 'revise-bill') {
    const found = feeProblems({
      lines: move.lines,
      warrantyCovers: coversCost(record.warrantyStatus),
      discountFen: record.discountFen,
    });
    for (const problem of found) {
      // A bill's lines are the move's; its discount is the intake's, so a problem with it (a bill
      // now smaller than the discount) is the lines' as a whole.
      const field = feeProblemField(problem);
      const path = field.startsWith('lines.') ? `move.${field}` : 'move.lines';
      problems[path] ??= { key: problem.key, ...(problem.params ? { params: problem.params } : {}) };
    }
  }
  if (move.action === 'return-unrepaired' && move.reason === 'other' && move.note === '')
    problems['move.note'] = { key: 'validation.required' };
  return problems;
}

/**
 * The bill after the move, if the move changes it. A device going back unrepaired is charged for
 * no repair: only, when the customer declined it, the diagnosis (if the shop charges for that).
 * Work called off is charged nothing.
 */
function newBill(move: TicketMove, settings: ServiceSettings, diagnosticFee: string): BillLineRecord[] | undefined {
  if (move.action === 'diagnose' || move.action === 'revise-bill') return move.lines;
  if (move.action === 'cancel') return [];
  const declinedApproval = move.action === 'record-approval' && move.decision === 'declined';
  if (!declinedApproval && move.action !== 'return-unrepaired') return undefined;
  const customerDeclined = declinedApproval || (move.action === 'return-unrepaired' && move.reason === 'declined');
  const fee = customerDeclined ? settings.workflow.diagnosticFeeFen : 0;
  const feeLine: BillLine = {
    kind: 'other',
    description: diagnosticFee,
    spec: '',
    reason: '',
    quantity: 1,
    unitPriceFen: fee,
    warrantyCovered: false,
  };
  return fee > 0 ? [feeLine] : [];
}

/** The ticket's fields after the move (the state is set by the caller). */
function changedWork(record: TicketRecord, move: TicketMove, actor: Actor): Partial<TicketWork> {
  switch (move.action) {
    case 'assign':
      return { technicianId: move.technicianId };
    case 'claim':
      return { technicianId: actor.id };
    case 'start-diagnosis':
      // Whoever starts the diagnosis of an unassigned ticket has taken it.
      return { technicianId: record.technicianId ?? actor.id };
    case 'diagnose':
      return {
        cause: move.cause,
        findings: move.findings,
        diagnosedFaultCategory: move.faultCategory,
      };
    case 'record-approval':
      return move.decision === 'approved' ? { approvedFen: move.approvedFen } : {};
    case 'finish-repair':
      return { workDone: move.workDone };
    case 'pass-qc':
      return { storageLocation: move.storageLocation };
    case 'close':
      return { resolution: move.resolution };
    case 'hand-over':
      return { discountFen: move.discountFen, repairWarrantyUntil: move.repairWarrantyUntil };
    default:
      return {};
  }
}

/** The short note shown on the ticket's timeline. */
function timelineNote(move: TicketMove): string {
  switch (move.action) {
    case 'diagnose':
      return move.cause;
    case 'wait-for-parts':
      return move.part;
    case 'finish-repair':
      return move.workDone;
    case 'cancel':
    case 'reopen':
      return move.reason;
    case 'close':
      return move.resolution;
    case 'revise-bill':
    case 'record-approval':
    case 'parts-arrived':
    case 'hold':
    case 'resume':
    case 'fail-qc':
    case 'return-unrepaired':
    case 'hand-over':
      return move.note;
    case 'rework':
      return move.complaint;
    default:
      return '';
  }
}

/** A change refused because the ticket changed since it was seen: says who changed it last, and when. */
export function staleRefusal(db: ReadableDB, record: TicketRecord, settings: ServiceSettings) {
  const last = lastTicketEvent(db, record.id);
  return fail('conflict', 'workflow.refusals.stale', {
    params: {
      name: last?.actorName ?? '—',
      time: last ? localDateTime(new Date(last.at), settings.businessHours.timeZone) : '—',
    },
    details: { version: record.version },
  });
}

export interface MoveContext extends Pick<HandlerContext, 'now'> {
  actor: Actor;
  settings: ServiceSettings;
  /** The diagnostic fee's line text in the shop's language. */
  diagnosticFeeText: string;
}

/**
 * Moves a ticket: the only code that changes a ticket's state, technician, bill or workflow facts.
 * Checks the move against the workflow (`planMove`) on the ticket as it is now, refuses a ticket
 * changed since the mover saw it (naming who changed it and when), then writes the change, its
 * typed event and the audit entry. Call inside a write transaction; a refusal writes nothing.
 */
export function moveTicket(db: WritableDB, context: MoveContext, request: MoveRequest): Outcome<TicketRecord> {
  const { actor, settings, now } = context;
  const record = findTicket(db, request.ticketId);
  if (!record) return fail('not-found', 'errors.ticketNotFound');
  if (record.version !== request.version) return staleRefusal(db, record, settings);
  const { move } = request;
  const problems = fieldProblems(move, record, settings, db);
  if (Object.keys(problems).length > 0) return fail('validation', 'errors.validation', { fields: problems });

  const money = ticketMoney(record, ticketLines(db, record.id), billLines(db, record.id));
  // Taken up again after going back unrepaired or being called off: the work's own bill comes back
  // (those moves left only a diagnostic fee, or nothing), or, if it never had one, the estimate.
  const reopened = move.action === 'reopen' && (record.state === 'returned-unrepaired' || record.state === 'cancelled');
  const restored = reopened ? billLine.array().safeParse(lastBilledLines(db, record.id)) : undefined;
  const bill = reopened ? (restored?.success ? restored.data : []) : newBill(move, settings, context.diagnosticFeeText);
  const billFen = bill ? ticketMoney(record, [], bill).bill.totalFen : money.bill.totalFen;
  const workflowTicket: WorkflowTicket = {
    serviceType: record.serviceType,
    state: record.state,
    technicianId: record.technicianId,
    enteredFrom: enteredFrom(db, record.id, record.state),
    approvedFen: money.approvedFen,
    onShelf: record.shelvedAt !== null && isShelfState(record.state),
  };
  const facts: MoveFacts =
    move.action === 'diagnose' || move.action === 'revise-bill'
      ? { action: move.action, billFen }
      : move.action === 'record-approval'
        ? { action: move.action, decision: move.decision, approvedFen: move.approvedFen, billFen: money.bill.totalFen }
        : { action: move.action };
  const plan = planMove(workflowTicket, facts, { id: actor.id, can: (permission) => can(actor.role, permission) });
  if (!plan.ok) {
    const code = plan.refusal.key === 'workflow.refusals.notYourRole' ? 'forbidden' : 'conflict';
    return fail(code, plan.refusal.key, plan.refusal.params ? { params: plan.refusal.params } : {});
  }

  const at = now.toISOString();
  const work: TicketWork = {
    state: plan.to,
    version: record.version + 1,
    technicianId: record.technicianId,
    approvedFen: record.approvedFen,
    diagnosedFaultCategory: record.diagnosedFaultCategory,
    cause: record.cause,
    findings: record.findings,
    workDone: record.workDone,
    storageLocation: record.storageLocation,
    resolution: record.resolution,
    discountFen: record.discountFen,
    billed: reopened ? restored?.success === true : record.billed || bill !== undefined,
    // A device left with us is on the shelf from the moment it is put there until it is collected
    // (or taken back to work); a consultation, a complaint or an installation left nothing.
    shelvedAt:
      isShelfState(plan.to) && leavesDeviceWithUs(record.serviceType)
        ? record.state === plan.to
          ? record.shelvedAt
          : at
        : null,
    repairWarrantyUntil: record.repairWarrantyUntil,
    updatedAt: at,
    closedAt: isFinished(plan.to) ? (isFinished(record.state) ? record.closedAt : at) : null,
    ...changedWork(record, move, actor),
  };
  if (!saveTicketWork(db, record.id, request.version, work))
    throw new Error('Ticket changed inside its own transaction');
  if (bill) replaceBillLines(db, record.id, bill);
  if (move.action === 'hand-over' && request.signaturePng) insertPickupSignature(db, record.id, request.signaturePng);

  const outcome: MoveOutcome = {};
  if (bill || move.action === 'record-approval') outcome.billFen = billFen;
  if ((move.action === 'diagnose' || move.action === 'revise-bill') && plan.to === 'repairing')
    outcome.autoApproved = true;
  if (move.action === 'assign') outcome.previousTechnicianId = record.technicianId;
  const { action, ...moveFacts } = move;
  appendTicketEvent(db, {
    ticketId: record.id,
    at,
    actorId: actor.id,
    kind: action,
    fromState: record.state,
    toState: plan.to,
    note: timelineNote(move),
    payload: { ...moveFacts, ...outcome },
  });
  keepDueAt(db, record, settings, now);
  keepFacts(db, record.id, settings);
  audit(db, { actor, now }, 'ticket.move', {
    entity: 'ticket',
    entityId: record.id,
    details: { number: record.number, action, from: record.state, to: plan.to, version: work.version },
  });
  const technicianName =
    work.technicianId === record.technicianId
      ? record.technicianName
      : work.technicianId === null
        ? null
        : (findStaff(db, work.technicianId)?.name ?? null);
  return ok({ ...record, ...work, technicianName });
}

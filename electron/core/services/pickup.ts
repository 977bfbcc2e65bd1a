import {
  fail,
  ok,
  type ManagerApproval,
  type Message,
  type Outcome,
  type ParsedInputOf,
  type ParsedPickup,
  type ServiceSettings,
  type TicketDetail,
} from '../../../shared/contract';
import { computeFees, feeProblems, fenToYuanText } from '../../../shared/domain/fees';
import { balanceOf, settlementProblems, summarizeLedger, type SettlementProblem } from '../../../shared/domain/ledger';
import { phoneDigits } from '../../../shared/domain/phone';
import {
  carriesRepairWarranty,
  discountNeedsApproval,
  identityMatches,
  repairWarrantyEnd,
} from '../../../shared/domain/pickup';
import { can, type Permission } from '../../../shared/domain/roles';
import { isShelfState } from '../../../shared/domain/ticket-states';
import { coversCost } from '../../../shared/domain/warranty';
import { findCustomer } from '../db/queries/customers';
import { findStaff } from '../db/queries/staff';
import { ticketPayments } from '../db/queries/payments';
import { billLines, findTicket, ticketLines } from '../db/queries/tickets';
import type { WritableDB } from '../db/types';
import { requireActor, type Actor, type HandlerContext } from '../context';
import { recordPayment } from '../payments/record-payment';
import { signatureBytes } from '../signature-png';
import { moveTicket, staleRefusal, type MoveContext } from '../tickets/move-ticket';
import { translatorFor } from '../translators';
import { readServiceSettings } from './service-settings';
import { audit } from './audit';
import { checkStaffPin } from './session';
import { changeTicket } from './ticket-change';

/**
 * The pickup (取机): the device handed back with its accessories, the final bill settled on the
 * ledger and the customer's acceptance, in one transaction. The ticket moves through its own
 * writer (`moveTicket`, the hand-over), the money through the ledger's (`recordPayment`).
 */

/** A pickup as the core writes it: any manager approvals already checked (their ids). */
export interface PickupRequest extends Omit<ParsedPickup, 'discountApproval' | 'unpaidApproval'> {
  discountApprovedBy: number | null;
  unpaidApprovedBy: number | null;
}

type FieldProblems = Record<string, Message>;

const message = (key: string, params?: Record<string, string | number>): Message =>
  params ? { key, params } : { key };

function settlementField(problem: SettlementProblem): string {
  if (!problem.on) return problem.key === 'ledger.problem.refundNotBalance' ? 'refunds' : 'payments';
  const field = problem.key.startsWith('ledger.problem.tendered') ? 'tenderedFen' : 'amountFen';
  return `${problem.on.list}.${problem.on.index}.${field}`;
}

/**
 * Hands a device back. Call inside a write transaction: any refusal writes nothing. Refused when
 * the device is not on the shelf, without a matching identity, with an accessory missing and no
 * note, with a discount above the limit and no manager, or when the money does not settle the
 * balance exactly (short only with a manager's approval; a deposit above the bill given back in
 * full).
 */
export function pickUp(db: WritableDB, context: MoveContext, request: PickupRequest): Outcome<{ id: number }> {
  const { settings, now } = context;
  const record = findTicket(db, request.ticketId);
  if (!record) return fail('not-found', 'errors.ticketNotFound');
  // Changed since the counter saw it (another counter handed it over): say who, and when.
  if (record.version !== request.version) return staleRefusal(db, record, settings);
  if (!isShelfState(record.state) || record.shelvedAt === null)
    return fail('conflict', 'pickup.errors.notOnShelf', { params: { number: record.number, state: record.state } });

  const problems: FieldProblems = {};
  const customer = findCustomer(db, record.customerId);
  if (!customer) throw new Error(`Ticket ${record.number} refers to a missing customer`);
  if (request.identity.method === 'checked') {
    const matches = identityMatches(
      { name: customer.name, phoneDigits: phoneDigits(customer.phone) },
      request.identity,
    );
    if (!matches.name) problems['identity.name'] = message('pickup.errors.nameMismatch');
    if (!matches.phone) problems['identity.phoneLast4'] = message('pickup.errors.phoneMismatch');
  }

  const returned = new Map(request.accessories.map((item) => [item.code, item]));
  const accessoriesMissing: { code: string; note: string }[] = [];
  record.accessories.forEach((code, index) => {
    const item = returned.get(code);
    if (item?.returned) return;
    if (!item || item.note === '') problems[`accessories.${index}.note`] = message('pickup.errors.accessoryNote');
    else accessoriesMissing.push({ code, note: item.note });
  });
  request.accessories.forEach((item, index) => {
    if (!record.accessories.includes(item.code)) problems[`accessories.${index}.code`] = message('validation.invalid');
  });

  const lines = record.billed ? billLines(db, record.id) : ticketLines(db, record.id);
  const feeInput = { lines, warrantyCovers: coversCost(record.warrantyStatus), discountFen: request.discountFen };
  const discountProblem = feeProblems(feeInput).find((problem) => problem.key.startsWith('fees.problem.discount'));
  if (discountProblem) problems.discountFen = message(discountProblem.key, discountProblem.params);
  else if (
    request.discountApprovedBy === null &&
    discountNeedsApproval(request.discountFen, {
      // The discount already given, as the bill charged applies it (never more than it leaves to pay).
      agreedFen: computeFees({ ...feeInput, discountFen: record.discountFen }).discountFen,
      limitFen: settings.pickup.discountLimitFen,
    })
  )
    problems.discountApproval = message('pickup.errors.discountNeedsManager', {
      limit: fenToYuanText(settings.pickup.discountLimitFen),
    });

  const totalFen = computeFees(feeInput).totalFen;
  const ledger = ticketPayments(db, record.id);
  const balanceFen = balanceOf(totalFen, summarizeLedger(ledger).paidFen);
  const settlement = {
    balanceFen,
    payments: request.payments,
    refunds: request.refunds,
    unpaidReleaseApproved: request.unpaidApprovedBy !== null,
  };
  for (const problem of settlementProblems(settlement)) {
    const key = problem.key === 'ledger.problem.underpaid' ? 'pickup.errors.underpaid' : problem.key;
    problems[settlementField(problem)] ??= message(key, problem.params);
  }
  const png = signatureBytes(request.acceptance);
  if (png === undefined) problems['acceptance.png'] = message('validation.signature');
  if (Object.keys(problems).length > 0) return fail('validation', 'errors.validation', { fields: problems });

  const paymentIds: number[] = [];
  const tenders = [
    ...request.payments.map((tender) => ({ ...tender, kind: 'payment' as const })),
    ...request.refunds.map((tender) => ({ ...tender, kind: 'refund' as const, tenderedFen: null })),
  ];
  for (const tender of tenders) {
    const entry = recordPayment(db, context, record.id, tender);
    if (!entry.ok) return entry;
    paymentIds.push(entry.value.id);
  }
  const paidNow = request.payments.reduce((sum, tender) => sum + tender.amountFen, 0);
  const refundedNow = request.refunds.reduce((sum, tender) => sum + tender.amountFen, 0);
  const owedFen = Math.max(balanceFen - paidNow + refundedNow, 0);

  const moved = moveTicket(db, context, {
    ticketId: record.id,
    version: request.version,
    move: {
      action: 'hand-over',
      identity: request.identity.method,
      idNote: request.identity.method === 'checked' ? request.identity.idNote : '',
      accessoriesMissing,
      discountFen: request.discountFen,
      discountApprovedBy: request.discountApprovedBy,
      owedFen,
      unpaidApprovedBy: owedFen > 0 ? request.unpaidApprovedBy : null,
      payments: paymentIds,
      acceptance: request.acceptance.method,
      repairWarrantyUntil: carriesRepairWarranty(record, settings.repairWarrantyDays)
        ? repairWarrantyEnd(now, settings.repairWarrantyDays, settings.businessHours.timeZone)
        : null,
      note: request.note,
    },
    signaturePng: png,
  });
  if (!moved.ok) return moved;
  // A manager's say-so is on the audit trail under their own name, not only the receptionist's move.
  const approvals = [
    { by: request.discountApprovedBy, what: 'discount', amountFen: request.discountFen },
    { by: owedFen > 0 ? request.unpaidApprovedBy : null, what: 'unpaid-release', amountFen: owedFen },
  ];
  for (const approval of approvals) {
    if (approval.by === null) continue;
    const approver = findStaff(db, approval.by);
    audit(
      db,
      { actor: approver ? { id: approver.id, name: approver.name, role: approver.role } : null, now },
      'pickup.approve',
      {
        entity: 'ticket',
        entityId: record.id,
        details: {
          number: record.number,
          approved: approval.what,
          amountFen: approval.amountFen,
          atCounterOf: context.actor.id,
        },
      },
    );
  }
  return ok({ id: record.id });
}

/** A manager's PIN checked for what they approve; wrong PINs count towards their lock. Problems under `field`. */
function checkApproval(
  context: HandlerContext,
  approval: ManagerApproval | null,
  permission: Permission,
  field: string,
): Outcome<Actor | null> {
  if (!approval) return ok(null);
  const checked = checkStaffPin(context, approval.staffId, approval.pin);
  if (!checked.ok) {
    const fields = Object.fromEntries(
      Object.entries(checked.error.fields ?? {}).map(([path, problem]) => [`${field}.${path}`, problem]),
    );
    return { ok: false, error: { ...checked.error, fields } };
  }
  if (!can(checked.value.role, permission))
    return fail('forbidden', 'pickup.errors.notManager', {
      fields: { [`${field}.staffId`]: { key: 'pickup.errors.notManager' } },
    });
  return ok(checked.value);
}

/** The `pickup-complete` handler: approvals checked first (a wrong PIN is counted whatever follows), then the pickup. */
export function completePickup(
  context: HandlerContext,
  input: ParsedInputOf<'pickup-complete'>,
): Outcome<TicketDetail> {
  const actor = requireActor(context);
  const settings: ServiceSettings = readServiceSettings(context.db);
  const discount = checkApproval(context, input.discountApproval, 'pickup-approve', 'discountApproval');
  if (!discount.ok) return discount;
  const unpaid = checkApproval(context, input.unpaidApproval, 'pickup-approve', 'unpaidApproval');
  if (!unpaid.ok) return unpaid;
  const { discountApproval: _discount, unpaidApproval: _unpaid, ...rest } = input;
  const request: PickupRequest = {
    ...rest,
    discountApprovedBy: discount.value?.id ?? null,
    unpaidApprovedBy: unpaid.value?.id ?? null,
  };
  const diagnosticFeeText = translatorFor(context.core.defaultLanguage)('workflow.refusals.diagnosticFee');
  return changeTicket(context, actor, settings.businessHours.timeZone, () =>
    pickUp(context.db, { actor, now: context.now, settings, diagnosticFeeText }, request),
  );
}

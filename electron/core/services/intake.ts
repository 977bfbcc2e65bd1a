import {
  fail,
  type Message,
  type Outcome,
  type ParsedInputOf,
  type ServiceSettings,
  type TicketDetail,
} from '../../../shared/contract';
import { localDate } from '../../../shared/domain/calendar';
import { computeFees, feeProblemField, feeProblems, type FeeProblem } from '../../../shared/domain/fees';
import { normalizePhone } from '../../../shared/domain/phone';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import { promisedTime } from '../../../shared/domain/sla';
import { initialState } from '../../../shared/domain/ticket-states';
import { coversCost, decideWarranty, type WarrantyDecision } from '../../../shared/domain/warranty';
import { findCustomer, findCustomerByPhone, insertCustomer, type CustomerRecord } from '../db/queries/customers';
import {
  findCustomerDeviceBySerial,
  findDevice,
  insertDevice,
  updateDevice,
  type DeviceRecord,
} from '../db/queries/devices';
import { deleteDraft, findDraft } from '../db/queries/drafts';
import { findTicket } from '../db/queries/tickets';
import { attemptWrite } from '../db/sql';
import type { ReadableDB } from '../db/types';
import { requireActor, type HandlerContext } from '../context';
import { recordPayment } from '../payments/record-payment';
import { signatureBytes } from '../signature-png';
import { createTicket } from '../tickets/create-ticket';
import { audit } from './audit';
import { readServiceSettings } from './service-settings';
import { getTicket } from './tickets';

type Intake = ParsedInputOf<'intake-save'>;
type FieldProblems = Record<string, Message>;

/** A changed promised time within a minute of the computed one is the same promise. */
const SAME_PROMISE_MS = 60_000;

function faultCodes(settings: ServiceSettings, productCategory: string): string[] {
  const category = settings.productCategories.find((candidate) => candidate.code === productCategory);
  return category?.faults.flatMap((node) => [node.code, ...node.children.map((child) => child.code)]) ?? [];
}

/** Everything about the intake that can be checked against the settings and the rules, before writing. */
function intakeProblems(intake: Intake, settings: ServiceSettings, now: Date): FieldProblems {
  const problems: FieldProblems = {};
  const needs = serviceTypeNeeds(intake.serviceType);
  if (!settings.serviceTypes[intake.serviceType].enabled) problems.serviceType = { key: 'validation.serviceTypeOff' };
  if (needs.device && !intake.device) problems['device.productCategory'] = { key: 'validation.required' };
  const category = intake.device?.productCategory ?? '';
  if (intake.device && !settings.productCategories.some((candidate) => candidate.code === category))
    problems['device.productCategory'] = { key: 'validation.unknownCategory' };
  if (intake.faultCategory !== '' && !faultCodes(settings, category).includes(intake.faultCategory))
    problems.faultCategory = { key: 'validation.unknownFault' };
  const accessoryCodes = settings.accessories.map((entry) => entry.code);
  if (intake.accessories.some((entry) => !accessoryCodes.includes(entry)))
    problems.accessories = { key: 'validation.invalid' };
  const conditionCodes = settings.conditions.map((entry) => entry.code);
  if (intake.conditions.some((entry) => !conditionCodes.includes(entry)))
    problems.conditions = { key: 'validation.invalid' };
  if (!needs.estimate && (intake.lines.length > 0 || intake.discountFen > 0))
    problems.lines = { key: 'validation.noEstimateForType' };
  if (intake.closeAtCounter && !needs.closableAtCounter) problems.closeAtCounter = { key: 'validation.notClosable' };
  if (intake.closeAtCounter && intake.resolution === '') problems.resolution = { key: 'validation.required' };
  if (intake.relatedTicketId !== null && !needs.relatedTicket) problems.relatedTicketId = { key: 'validation.invalid' };
  if (intake.promisedAt !== null && Date.parse(intake.promisedAt) <= now.getTime())
    problems.promisedAt = { key: 'validation.promisedInPast' };
  return problems;
}

function feeFieldProblems(problems: readonly FeeProblem[]): FieldProblems {
  const fields: FieldProblems = {};
  for (const problem of problems) {
    const path = feeProblemField(problem);
    fields[path] ??= { key: problem.key, ...(problem.params ? { params: problem.params } : {}) };
  }
  return fields;
}

function warrantyFor(
  intake: Intake,
  device: DeviceRecord | undefined,
  settings: ServiceSettings,
  now: Date,
): WarrantyDecision | { status: 'unknown'; coveredUntil: null; reason: Message } {
  if (!intake.device) return { status: 'unknown', coveredUntil: null, reason: { key: 'warranty.reason.noDevice' } };
  const { timeZone } = settings.businessHours;
  const category = settings.productCategories.find((candidate) => candidate.code === intake.device?.productCategory);
  return decideWarranty({
    today: localDate(now, timeZone),
    purchaseDate: intake.device.purchaseDate,
    makerWarrantyMonths: device?.makerWarrantyMonths ?? category?.makerWarrantyMonths ?? null,
    lastRepair: device?.lastRepair
      ? {
          ticketNumber: device.lastRepair.ticketNumber,
          completedOn: localDate(new Date(device.lastRepair.closedAt), timeZone),
          until: device.lastRepair.warrantyUntil,
        }
      : null,
    repairWarrantyDays: settings.repairWarrantyDays,
  });
}

type SaveRefusal =
  { problems: FieldProblems } | { existingCustomer: CustomerRecord } | { missing: 'customer' | 'device' | 'related' };

function checkReferences(db: ReadableDB, intake: Intake, customerId: number | null): SaveRefusal | undefined {
  if (intake.device && intake.device.id !== null) {
    const device = findDevice(db, intake.device.id);
    if (!device || device.customerId !== customerId) return { missing: 'device' };
  }
  if (intake.relatedTicketId !== null) {
    const related = findTicket(db, intake.relatedTicketId);
    if (!related || related.customerId !== customerId) return { missing: 'related' };
  }
  return undefined;
}

/**
 * Records an intake: customer, device, ticket, estimate lines, the device password, the
 * signature and the first event, in one transaction: all of it or none of it. The ticket
 * number is taken inside the transaction, so numbers stay gap-free per day.
 */
export function saveIntake(context: HandlerContext, intake: Intake): Outcome<TicketDetail> {
  const actor = requireActor(context);
  const now = context.now;
  const at = now.toISOString();
  const settings = readServiceSettings(context.db);
  const problems = intakeProblems(intake, settings, now);
  const newPhone = intake.customer.kind === 'new' ? normalizePhone(intake.customer.phone) : undefined;
  if (intake.customer.kind === 'new' && !newPhone) problems['customer.phone'] = { key: 'validation.phone' };
  const png = signatureBytes(intake.consent);
  if (png === undefined) problems['consent.png'] = { key: 'validation.signature' };
  const target = settings.slaTargetHours[intake.priority];
  const computedPromise = intake.closeAtCounter ? null : promisedTime(now, target, settings.businessHours);
  const promisedAt = intake.closeAtCounter ? null : (intake.promisedAt ?? computedPromise?.toISOString() ?? null);
  const promiseChanged =
    promisedAt !== null &&
    computedPromise !== null &&
    Math.abs(Date.parse(promisedAt) - computedPromise.getTime()) >= SAME_PROMISE_MS;
  if (promiseChanged && intake.promisedChangeReason === '')
    problems.promisedChangeReason = { key: 'validation.promiseReason' };
  if (Object.keys(problems).length > 0) return fail('validation', 'errors.validation', { fields: problems });

  const outcome = attemptWrite(context.db, (refuse: (refusal: SaveRefusal) => never): number => {
    let customerId: number;
    if (intake.customer.kind === 'existing') {
      if (!findCustomer(context.db, intake.customer.id)) refuse({ missing: 'customer' });
      customerId = intake.customer.id;
    } else {
      const phone = newPhone?.e164 ?? '';
      const existing = findCustomerByPhone(context.db, phone);
      if (existing) refuse({ existingCustomer: existing });
      const { name, company, address, notes } = intake.customer;
      customerId = insertCustomer(context.db, { name, phone, company, address, notes }, { at, createdBy: actor.id });
      audit(context.db, context, 'customer.create', { entity: 'customer', entityId: customerId, details: { name } });
    }
    const refused = checkReferences(context.db, intake, customerId);
    if (refused) refuse(refused);

    let device: DeviceRecord | undefined;
    let deviceId: number | null = null;
    if (intake.device) {
      const category = settings.productCategories.find(
        (candidate) => candidate.code === intake.device?.productCategory,
      );
      // A serial this customer brought before is the same device, even if it was not picked from the list.
      const existing =
        intake.device.id === null
          ? findCustomerDeviceBySerial(context.db, customerId, intake.device.serial)
          : findDevice(context.db, intake.device.id);
      const fields = {
        productCategory: intake.device.productCategory,
        brand: intake.device.brand,
        model: intake.device.model,
        serial: intake.device.serial,
        purchaseDate: intake.device.purchaseDate,
        purchaseChannel: intake.device.purchaseChannel,
        makerWarrantyMonths:
          existing && existing.productCategory === intake.device.productCategory
            ? existing.makerWarrantyMonths
            : (category?.makerWarrantyMonths ?? null),
      };
      if (existing) {
        updateDevice(context.db, existing.id, fields, at);
        deviceId = existing.id;
      } else {
        deviceId = insertDevice(context.db, customerId, fields, at);
      }
      device = findDevice(context.db, deviceId);
    }

    const warranty = warrantyFor(intake, device, settings, now);
    // Checked here, once the warranty is known: a discount may not exceed what is left after the cover.
    const feeInput = {
      lines: intake.lines,
      warrantyCovers: coversCost(warranty.status),
      discountFen: intake.discountFen,
    };
    const refusedFees = feeProblems(feeInput);
    if (refusedFees.length > 0) refuse({ problems: feeFieldProblems(refusedFees) });
    const fees = computeFees(feeInput);
    const state = initialState(intake.serviceType, { closedAtCounter: intake.closeAtCounter });
    // Recording began when its draft was first saved (the reports' time an intake takes at the counter).
    const draftStart = intake.draftId === null ? undefined : findDraft(context.db, intake.draftId)?.createdAt;
    const startedAt = draftStart !== undefined && draftStart <= at ? draftStart : null;
    const { id: ticketId } = createTicket(
      context.db,
      { ...context, settings },
      {
        ticket: {
          intakeDay: localDate(now, settings.businessHours.timeZone),
          serviceType: intake.serviceType,
          state,
          priority: intake.priority,
          customerId,
          deviceId,
          relatedTicketId: intake.relatedTicketId,
          // Taken in again under our repair warranty: a comeback of that repair.
          comebackOf: warranty.status === 'repair' ? (device?.lastRepair?.ticketId ?? null) : null,
          productCategory: intake.device?.productCategory ?? '',
          faultCategory: intake.faultCategory,
          faultDescription: intake.faultDescription,
          accessories: intake.accessories,
          accessoriesNote: intake.accessoriesNote,
          conditions: intake.conditions,
          conditionNote: intake.conditionNote,
          warrantyStatus: warranty.status,
          warrantyReason: warranty.reason,
          warrantyUntil: warranty.coveredUntil,
          solution: intake.solution,
          resolution: intake.resolution,
          discountFen: fees.discountFen,
          costLimitFen: intake.costLimitFen,
          promisedAt,
          promisedComputedAt: computedPromise?.toISOString() ?? null,
          promisedChangeReason: promiseChanged ? intake.promisedChangeReason : '',
          consentMethod: intake.consent.method,
          consentAt: at,
          receptionistId: actor.id,
          createdAt: at,
          closedAt: state === 'closed' ? at : null,
          intakeChannel: intake.channel,
          intakeStartedAt: startedAt,
        },
        lines: intake.lines,
        devicePassword: intake.devicePassword,
        signaturePng: png ?? null,
        note: state === 'closed' ? intake.resolution : '',
      },
    );
    if (intake.depositFen > 0) {
      const deposit = recordPayment(context.db, { actor, now }, ticketId, {
        kind: 'deposit',
        method: intake.depositMethod,
        amountFen: intake.depositFen,
        tenderedFen: null,
        reference: intake.depositReference,
      });
      if (!deposit.ok) refuse({ problems: { depositFen: { key: deposit.error.key } } });
    }
    if (intake.draftId !== null) deleteDraft(context.db, intake.draftId);
    return ticketId;
  });
  if (outcome.done) return getTicket(context, { id: outcome.value });
  const refusal = outcome.failure;

  if ('problems' in refusal) return fail('validation', 'errors.validation', { fields: refusal.problems });
  if ('existingCustomer' in refusal) {
    const existing = refusal.existingCustomer;
    const params = { name: existing.name };
    return fail('conflict', 'errors.duplicatePhone', {
      params,
      fields: { 'customer.phone': { key: 'errors.duplicatePhone', params } },
      details: { existingCustomerId: existing.id, existingCustomerName: existing.name },
    });
  }
  const key = {
    customer: 'errors.customerNotFound',
    device: 'errors.deviceNotFound',
    related: 'errors.ticketNotFound',
  }[refusal.missing];
  return fail('not-found', key);
}

import type { IntakeInput, Message } from '../../../shared/contract';
import type { PaymentMethod } from '../../../shared/domain/ledger';
import type { EstimateLineKind } from '../../../shared/domain/fees';
import { parseYuan } from '../../../shared/domain/fees';
import type { ServiceType } from '../../../shared/domain/service-types';
import { defaultIntakeChannel, type IntakeChannel } from '../../../shared/domain/intake-channels';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import type { Priority } from '../../../shared/domain/sla';

/** The six steps of the counter conversation, in order. */
export const intakeSteps = ['greet', 'listen', 'classify', 'propose', 'confirm', 'record'] as const;
export type IntakeStep = (typeof intakeSteps)[number];

export interface LineValues {
  kind: EstimateLineKind;
  description: string;
  quantity: string;
  /** Yuan as typed: `128`, `128.5`. */
  unitPrice: string;
  warrantyCovered: boolean;
}

/** The intake as the form holds it: text as typed, money in yuan, converted only when recorded. */
export interface IntakeValues {
  customerId: number | null;
  /** A customer taken in at the counter, when `customerId` is null. */
  newCustomer: { name: string; phone: string; company: string; address: string };
  /** One of the customer's devices, or null for a new one. */
  deviceId: number | null;
  productCategory: string;
  brand: string;
  model: string;
  serial: string;
  purchaseDate: string;
  purchaseChannel: string;
  faultDescription: string;
  accessories: string[];
  accessoriesNote: string;
  conditions: string[];
  conditionNote: string;
  /** Never kept in the draft: a resumed intake asks for it again. */
  devicePassword: string;
  serviceType: ServiceType;
  /** How the customer reached the service. */
  channel: IntakeChannel;
  faultCategory: string;
  priority: Priority;
  templateCode: string;
  solution: string;
  lines: LineValues[];
  discount: string;
  deposit: string;
  /** How the deposit is paid. */
  depositMethod: PaymentMethod;
  costLimit: string;
  /** ISO time when the receptionist moved the promise; null = as computed. */
  promisedAt: string | null;
  promisedChangeReason: string;
  closeAtCounter: boolean;
  resolution: string;
  relatedTicketId: string | null;
  consentMethod: 'tick' | 'signature';
  consentAccepted: boolean;
  signaturePng: string;
}

export function emptyIntake(): IntakeValues {
  return {
    customerId: null,
    newCustomer: { name: '', phone: '', company: '', address: '' },
    deviceId: null,
    productCategory: '',
    brand: '',
    model: '',
    serial: '',
    purchaseDate: '',
    purchaseChannel: '',
    faultDescription: '',
    accessories: [],
    accessoriesNote: '',
    conditions: [],
    conditionNote: '',
    devicePassword: '',
    serviceType: 'repair',
    channel: defaultIntakeChannel,
    faultCategory: '',
    priority: 'normal',
    templateCode: '',
    solution: '',
    lines: [],
    discount: '',
    deposit: '',
    depositMethod: 'cash',
    costLimit: '',
    promisedAt: null,
    promisedChangeReason: '',
    closeAtCounter: false,
    resolution: '',
    relatedTicketId: null,
    consentMethod: 'tick',
    consentAccepted: false,
    signaturePng: '',
  };
}

/** What the draft keeps: everything except the device password and the signature. */
export function draftData(values: IntakeValues, step: IntakeStep): Record<string, unknown> {
  const { devicePassword: _password, signaturePng: _signature, ...kept } = values;
  return { ...kept, consentAccepted: false, step };
}

/** A draft read back: known fields over an empty intake, so an old or partial draft still opens. */
export function valuesFromDraft(data: unknown): { values: IntakeValues; step: IntakeStep } {
  const base = emptyIntake();
  if (typeof data !== 'object' || data === null) return { values: base, step: 'greet' };
  const record = data as Record<string, unknown>;
  const values = { ...base };
  /** Fields that may be empty (null) hold a number or a text when set. */
  const nullable: Partial<Record<keyof IntakeValues, 'number' | 'string'>> = {
    customerId: 'number',
    deviceId: 'number',
    promisedAt: 'string',
    relatedTicketId: 'string',
  };
  for (const key of Object.keys(base) as (keyof IntakeValues)[]) {
    if (!(key in record)) continue;
    const stored = record[key];
    const expected = nullable[key];
    const fits = expected
      ? stored === null || typeof stored === expected
      : typeof stored === typeof base[key] && Array.isArray(stored) === Array.isArray(base[key]);
    if (fits) (values as Record<string, unknown>)[key] = stored;
  }
  const step = intakeSteps.find((candidate) => candidate === record.step) ?? 'greet';
  return { values, step: step === 'record' ? 'confirm' : step };
}

const money = (text: string): number | null => (text.trim() === '' ? 0 : parseYuan(text));

/**
 * The form as the core's `intake-save` input, or the fields whose text is not a number. The
 * core validates everything else with the same schema and answers per field.
 */
export function toIntakeInput(
  values: IntakeValues,
  draftId: number | null,
): { input: IntakeInput } | { problems: Record<string, Message> } {
  const problems: Record<string, Message> = {};
  const needs = serviceTypeNeeds(values.serviceType);
  const amount = (text: string, path: string) => {
    const fen = money(text);
    if (fen === null) problems[path] = { key: 'validation.money' };
    return fen ?? 0;
  };
  const lines = needs.estimate
    ? values.lines.map((line, index) => {
        const quantity = Number(line.quantity.normalize('NFKC').trim());
        if (!Number.isInteger(quantity) || quantity < 1)
          problems[`lines.${index}.quantity`] = { key: 'validation.quantity' };
        return {
          kind: line.kind,
          description: line.description,
          quantity: Number.isInteger(quantity) ? quantity : 1,
          unitPriceFen: amount(line.unitPrice, `lines.${index}.unitPriceFen`),
          warrantyCovered: line.warrantyCovered,
        };
      })
    : [];
  const discountFen = needs.estimate ? amount(values.discount, 'discountFen') : 0;
  const depositFen = amount(values.deposit, 'depositFen');
  const costLimitFen =
    needs.estimate && values.costLimit.trim() !== '' ? amount(values.costLimit, 'costLimitFen') : null;
  if (Object.keys(problems).length > 0) return { problems };
  const withDevice = needs.device || values.productCategory !== '';
  return {
    input: {
      draftId,
      customer:
        values.customerId !== null
          ? { kind: 'existing', id: values.customerId }
          : { kind: 'new', ...values.newCustomer },
      serviceType: values.serviceType,
      channel: values.channel,
      device: withDevice
        ? {
            id: values.deviceId,
            productCategory: values.productCategory,
            brand: values.brand,
            model: values.model,
            serial: values.serial,
            purchaseDate: values.purchaseDate === '' ? null : values.purchaseDate,
            purchaseChannel: values.purchaseChannel,
          }
        : null,
      faultCategory: withDevice ? values.faultCategory : '',
      priority: values.priority,
      faultDescription: values.faultDescription,
      accessories: needs.deviceLeftWithUs ? values.accessories : [],
      accessoriesNote: needs.deviceLeftWithUs ? values.accessoriesNote : '',
      conditions: needs.deviceLeftWithUs ? values.conditions : [],
      conditionNote: needs.deviceLeftWithUs ? values.conditionNote : '',
      devicePassword: needs.deviceLeftWithUs ? values.devicePassword : '',
      templateCode: values.templateCode,
      solution: values.solution,
      lines,
      discountFen,
      depositFen,
      depositMethod: values.depositMethod,
      costLimitFen,
      promisedAt: values.closeAtCounter ? null : values.promisedAt,
      promisedChangeReason: values.promisedChangeReason,
      closeAtCounter: needs.closableAtCounter && values.closeAtCounter,
      resolution: values.resolution,
      relatedTicketId: needs.relatedTicket && values.relatedTicketId ? Number(values.relatedTicketId) : null,
      consent:
        values.consentMethod === 'signature'
          ? { method: 'signature', png: values.signaturePng }
          : // The core refuses anything but `true`; an unticked box arrives as false and is refused with a message.
            ({ method: 'tick', accepted: values.consentAccepted } as { method: 'tick'; accepted: true }),
    },
  };
}

/** Which step a field belongs to, so a refused save opens the step with the problem. */
export function stepOfField(path: string): IntakeStep {
  const head = path.split('.')[0] ?? '';
  if (head === 'customer' || head === 'newCustomer') return 'greet';
  if (
    [
      'device',
      'faultDescription',
      'accessories',
      'accessoriesNote',
      'conditions',
      'conditionNote',
      'devicePassword',
    ].includes(head)
  )
    return 'listen';
  if (['serviceType', 'channel', 'faultCategory', 'priority'].includes(head)) return 'classify';
  if (head === 'consent') return 'confirm';
  return 'propose';
}

/** Core field paths → the form's own paths (the form keeps the device flat and money in yuan). */
export function formPath(path: string): string {
  return path
    .replace(/^device\./u, '')
    .replace(/^customer\./u, 'newCustomer.')
    .replace(/^lines\.(\d+)\.unitPriceFen$/u, 'lines.$1.unitPrice')
    .replace(/^discountFen$/u, 'discount')
    .replace(/^depositFen$/u, 'deposit')
    .replace(/^costLimitFen$/u, 'costLimit')
    .replace(/^consent\.accepted$/u, 'consentAccepted')
    .replace(/^consent\.png$/u, 'signaturePng')
    .replace(/^consent$/u, 'consentAccepted');
}

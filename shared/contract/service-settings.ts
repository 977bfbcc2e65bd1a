import { z } from 'zod';
import { estimateLineKinds } from '../domain/fees';
import { serviceTypes } from '../domain/service-types';
import { priorities } from '../domain/sla';
import * as field from './fields';

/**
 * What the reception flow is configured with: service types, product categories with their
 * fault trees and warranty terms, solution templates, checklists, business hours and SLA
 * targets. A manager edits these in Settings; defaults come in Chinese and English.
 */

/** A name in both languages; one may be left empty, the other is shown instead. */
export const localizedText = (max: number) =>
  z
    .object({ 'zh-CN': field.optionalText(max), en: field.optionalText(max) })
    .refine((text) => text['zh-CN'] !== '' || text.en !== '', { error: 'validation.required' });
export type LocalizedText = z.output<ReturnType<typeof localizedText>>;

export const code = z
  .string({ error: 'validation.invalid' })
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/u, { error: 'validation.code' });

const namedItem = z.object({ code, name: localizedText(60) });
export type NamedItem = z.output<typeof namedItem>;

const faultNode = z.object({ code, name: localizedText(60), children: z.array(namedItem).max(50).default([]) });
export type FaultNode = z.output<typeof faultNode>;

const productCategory = z.object({
  code,
  name: localizedText(60),
  makerWarrantyMonths: z.number({ error: 'validation.invalid' }).int().min(0).max(240),
  faults: z.array(faultNode).max(50),
});
export type ProductCategory = z.output<typeof productCategory>;

const fen = z.number({ error: 'validation.invalid' }).int({ error: 'validation.money' }).min(0).max(100_000_000);

const templateLine = z.object({
  kind: z.enum(estimateLineKinds),
  description: localizedText(100),
  quantity: z.number().int().min(1).max(999),
  unitPriceFen: fen,
  warrantyCovered: z.boolean(),
});

const solutionTemplate = z.object({
  code,
  productCategory: code,
  /** A fault code from that category's tree, or '' for any fault of the category. */
  faultCategory: z.union([code, z.literal('')]),
  name: localizedText(60),
  solution: localizedText(500),
  lines: z.array(templateLine).max(20),
  typicalMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 60),
});
export type SolutionTemplate = z.output<typeof solutionTemplate>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'validation.time' });
const openHours = z.object({ open: time, close: time });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'validation.date' });

export const businessHoursSchema = z.object({
  timeZone: z.string().min(1).max(60),
  weekly: z.array(openHours.nullable()).length(7),
  holidays: z.array(isoDate).max(400),
  extraWorkdays: z.array(isoDate).max(100),
  makeUpHours: openHours,
});

const serviceTypeSettings = z.object({
  enabled: z.boolean(),
  defaultPriority: z.enum(priorities),
  /** The key terms read back to the customer before consent. */
  terms: localizedText(2000),
});

/** How the workshop runs a ticket after intake. */
/** How long a state may last: business hours, or until the shop closes on the day it began. */
const stateLimit = z.union([
  z.object({ hours: z.number().int().min(1).max(2000) }),
  z.object({ sameDay: z.literal(true) }),
]);

/** States whose time the workshop controls, and so may have a limit of their own. */
export const limitedStates = ['received', 'diagnosing', 'awaiting-parts', 'repairing', 'qa'] as const;

export const workflowSettingsSchema = z.object({
  /** Charged when the customer declines the repair after diagnosis (检测费); 0 for none. */
  diagnosticFeeFen: fen,
  /** Waiting states that stop the SLA clock: time spent in them moves the promise later. */
  pausingStates: z
    .array(z.enum(['awaiting-approval', 'awaiting-parts', 'on-hold']))
    .max(3)
    .default(['awaiting-approval', 'awaiting-parts', 'on-hold']),
  /** Each state's own time limit (first response: received → diagnosing). */
  stateLimits: z.partialRecord(z.enum(limitedStates), stateLimit).default({
    received: { hours: 4 },
    'awaiting-parts': { hours: 45 },
    qa: { sameDay: true },
  }),
  /** What QC checks before a repaired device goes on the shelf, per product category (验收). */
  qcChecklists: z
    .array(z.object({ productCategory: code, items: z.array(localizedText(100)).max(30) }))
    .max(100)
    .default([]),
});
export type WorkflowSettings = z.output<typeof workflowSettingsSchema>;

/**
 * The occasions a message to the customer is sent on: the device is ready, it goes back
 * unrepaired (or the work was called off), a quote needs their answer, a reminder.
 */
export const messageOccasions = ['ready', 'returned', 'approval', 'reminder'] as const;
export type MessageOccasion = (typeof messageOccasions)[number];

/** The handing back of devices (取机): who may discount how much, when a device counts as unclaimed, what is said. */
export const pickupSettingsSchema = z.object({
  /** The largest discount the counter gives at pickup on its own; above it a manager approves with their PIN. */
  discountLimitFen: fen,
  /** Days on the shelf after the customer was told it is ready, after which the device counts as unclaimed (the terms name it). */
  abandonAfterDays: z.number().int().min(1).max(3650),
  /**
   * The text offered to copy into a message, per occasion, with `{{customer}}`, `{{number}}`,
   * `{{amount}}`, `{{shop}}` and `{{hours}}` filled in.
   */
  messages: z.object(
    Object.fromEntries(messageOccasions.map((occasion) => [occasion, localizedText(500)])) as Record<
      MessageOccasion,
      ReturnType<typeof localizedText>
    >,
  ),
});
export type PickupSettings = z.output<typeof pickupSettingsSchema>;

export const serviceSettingsSchema = z.object({
  serviceTypes: z.object(
    Object.fromEntries(serviceTypes.map((type) => [type, serviceTypeSettings])) as Record<
      (typeof serviceTypes)[number],
      typeof serviceTypeSettings
    >,
  ),
  productCategories: z.array(productCategory).min(1).max(100),
  solutionTemplates: z.array(solutionTemplate).max(500),
  accessories: z.array(namedItem).max(60),
  conditions: z.array(namedItem).max(60),
  /** Our own warranty on a repair, from the day the customer picks the product up. */
  repairWarrantyDays: z.number().int().min(0).max(3650),
  businessHours: businessHoursSchema,
  /** Business hours from intake to the promised time, per priority. */
  slaTargetHours: z.object(
    Object.fromEntries(priorities.map((priority) => [priority, z.number().int().min(0).max(2000)])) as Record<
      (typeof priorities)[number],
      z.ZodNumber
    >,
  ),
  workflow: workflowSettingsSchema,
  pickup: pickupSettingsSchema,
});
export type ServiceSettings = z.output<typeof serviceSettingsSchema>;
export const serviceSettingsSections = Object.keys(serviceSettingsSchema.shape) as (keyof ServiceSettings)[];

/** The text in the language asked for, else the other one. */
export function localize(text: LocalizedText, language: 'zh-CN' | 'en'): string {
  return text[language] || text[language === 'en' ? 'zh-CN' : 'en'];
}

import { refreshDueTimes } from '../tickets/due';
import {
  fail,
  ok,
  serviceSettingsSchema,
  serviceSettingsSections,
  type Message,
  type Outcome,
  type ParsedInputOf,
  type ServiceSettings,
} from '../../../shared/contract';
import { businessHoursProblems } from '../../../shared/domain/sla';
import { readSetting, writeSetting } from '../db/queries/settings';
import { writeTransaction } from '../db/sql';
import type { ReadableDB } from '../db/types';
import type { HandlerContext } from '../context';
import { defaultServiceSettings } from '../settings/service-defaults';
import { audit } from './audit';

const settingKey = (section: keyof ServiceSettings) => `service.${section}`;

/**
 * The reception flow's settings: each section as the manager saved it, or the default. A
 * stored section that no longer passes the schema (written by hand, or by a future version)
 * falls back to the default rather than breaking the counter.
 */
export function readServiceSettings(db: ReadableDB): ServiceSettings {
  const merged: Record<string, unknown> = {};
  for (const section of serviceSettingsSections) merged[section] = readServiceSection(db, section);
  return merged as ServiceSettings;
}

/** One section of the service settings, read and checked alone: for a caller that needs only it. */
export function readServiceSection<S extends keyof ServiceSettings>(db: ReadableDB, section: S): ServiceSettings[S] {
  const stored = readSetting<unknown>(db, settingKey(section), undefined);
  const parsed = stored === undefined ? undefined : serviceSettingsSchema.shape[section].safeParse(stored);
  return parsed?.success ? (parsed.data as ServiceSettings[S]) : defaultServiceSettings()[section];
}

/** The shop's time zone, which every date shown is given in. */
export function shopTimeZone(db: ReadableDB): string {
  return readServiceSection(db, 'businessHours').timeZone;
}

function duplicates(codes: readonly string[]): number[] {
  const seen = new Set<string>();
  return codes.flatMap((value, index) => {
    if (seen.has(value)) return [index];
    seen.add(value);
    return [];
  });
}

/** What the schema cannot see: unique codes, templates pointing at real categories and faults, usable hours. */
export function serviceSettingsProblems(settings: ServiceSettings): Record<string, Message> {
  const problems: Record<string, Message> = {};
  const duplicate: Message = { key: 'validation.duplicateCode' };
  for (const index of duplicates(settings.productCategories.map((category) => category.code)))
    problems[`productCategories.${index}.code`] = duplicate;
  settings.productCategories.forEach((category, categoryIndex) => {
    const codes = category.faults.flatMap((node) => [node.code, ...node.children.map((child) => child.code)]);
    if (duplicates(codes).length > 0) problems[`productCategories.${categoryIndex}.faults`] = duplicate;
  });
  for (const index of duplicates(settings.solutionTemplates.map((template) => template.code)))
    problems[`solutionTemplates.${index}.code`] = duplicate;
  for (const index of duplicates(settings.accessories.map((entry) => entry.code)))
    problems[`accessories.${index}.code`] = duplicate;
  for (const index of duplicates(settings.conditions.map((entry) => entry.code)))
    problems[`conditions.${index}.code`] = duplicate;
  settings.solutionTemplates.forEach((template, index) => {
    const category = settings.productCategories.find((candidate) => candidate.code === template.productCategory);
    if (!category) {
      problems[`solutionTemplates.${index}.productCategory`] = { key: 'validation.unknownCategory' };
      return;
    }
    const faults = category.faults.flatMap((node) => [node.code, ...node.children.map((child) => child.code)]);
    if (template.faultCategory !== '' && !faults.includes(template.faultCategory))
      problems[`solutionTemplates.${index}.faultCategory`] = { key: 'validation.unknownFault' };
  });
  const hours = businessHoursProblems(settings.businessHours);
  const [firstHoursProblem] = hours;
  if (firstHoursProblem)
    problems[`businessHours.${firstHoursProblem.field}`] = {
      key: firstHoursProblem.key,
      ...(firstHoursProblem.params ? { params: firstHoursProblem.params } : {}),
    };
  if (!Object.values(settings.serviceTypes).some((type) => type.enabled))
    problems.serviceTypes = { key: 'validation.noServiceType' };
  // The norms' outer bound: a customer hears back within 24 hours.
  const firstResponse = settings.workflow.stateLimits.received;
  if (firstResponse && 'hours' in firstResponse && firstResponse.hours > 24)
    problems['workflow.stateLimits.received.hours'] = { key: 'serviceSettings.firstResponseMax' };
  return problems;
}

export function getServiceSettings(context: HandlerContext): Outcome<ServiceSettings> {
  return ok(readServiceSettings(context.db));
}

/** The settings a ticket's clock depends on. */
const clockSections: readonly (keyof ServiceSettings)[] = ['businessHours', 'slaTargetHours', 'workflow'];

/** Replaces the sections given; the others stay as they are. All or nothing. */
export function updateServiceSettings(
  context: HandlerContext,
  input: ParsedInputOf<'settings-service-update'>,
): Outcome<ServiceSettings> {
  const at = context.now.toISOString();
  const outcome = writeTransaction(context.db, () => {
    const next = { ...readServiceSettings(context.db), ...input } as ServiceSettings;
    const problems = serviceSettingsProblems(next);
    if (Object.keys(problems).length > 0) return { problems };
    const sections = serviceSettingsSections.filter((section) => input[section] !== undefined);
    for (const section of sections) writeSetting(context.db, settingKey(section), next[section], at);
    // A changed calendar, target or workshop limit moves the due time of every ticket in hand.
    if (sections.some((section) => clockSections.includes(section)))
      refreshDueTimes(context.db, next, context.now, { missingOnly: false });
    audit(context.db, context, 'settings.service-update', {
      entity: 'settings',
      entityId: null,
      details: { sections },
    });
    return { settings: next };
  });
  if ('problems' in outcome) return fail('validation', 'errors.validation', { fields: outcome.problems });
  return ok(outcome.settings);
}

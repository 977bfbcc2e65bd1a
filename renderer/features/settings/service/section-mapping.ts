import type { z } from 'zod';
import { contract, type InputOf, type Message, type ServiceSettings } from '../../../../shared/contract';

/** What a section sends: some sections of the service settings, replaced whole. */
export type ServiceSettingsUpdate = InputOf<'settings-service-update'>;

/** Messages keyed by the path of the field they belong to (`solutionTemplates.2.lines.0.unitPrice`). */
export type FieldMessages = Record<string, Message>;

/**
 * How one editor's form maps to the settings. Form values keep the settings' shape under the
 * same section names wherever they can, so the core's field paths land on the form's fields
 * unchanged; `formPath` renames the few that differ (an amount in fen edited as yuan text).
 */
export interface SectionMapping<Values> {
  /** The settings sections this editor saves. */
  sections: readonly (keyof ServiceSettings)[];
  toValues(settings: ServiceSettings): Values;
  /** The update to send, and what could not be converted (an empty number, an amount that is not money). */
  toUpdate(values: Values): { update: ServiceSettingsUpdate; problems: FieldMessages };
  /** Checks the contract's schema cannot make, found before the core is asked (e.g. closing before opening). */
  extraProblems?(update: ServiceSettingsUpdate): FieldMessages;
  /** A path as the core names it, as the form names it. */
  formPath?(path: string): string;
}

/** A schema issue as a message a person can act on. Schema messages are catalog keys already. */
function issueMessage(issue: z.core.$ZodIssue): Message {
  if (issue.message.startsWith('validation.')) return { key: issue.message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return { key: 'serviceSettings.tooFew', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'string') return { key: 'validation.required' };
      return { key: 'serviceSettings.atLeast', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'array') return { key: 'serviceSettings.tooMany', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'string') return { key: 'validation.tooLong' };
      return { key: 'serviceSettings.atMost', params: { max: Number(issue.maximum) } };
    case 'invalid_type':
      return issue.expected === 'int' ? { key: 'serviceSettings.wholeNumber' } : { key: 'validation.invalid' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** The update checked with the same schema the core's router uses: the first message per field. */
export function schemaProblems(update: ServiceSettingsUpdate): FieldMessages {
  const parsed = contract['settings-service-update'].input.safeParse(update);
  if (parsed.success) return {};
  const problems: FieldMessages = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= issueMessage(issue);
  }
  return problems;
}

/**
 * Everything wrong with a form's values before saving, keyed by the form's paths: conversion
 * problems first (they explain a field better than the schema would), then the schema's, then
 * the section's own checks.
 */
export function sectionProblems<Values>(mapping: SectionMapping<Values>, values: Values): FieldMessages {
  const { update, problems } = mapping.toUpdate(values);
  const rename = mapping.formPath ?? ((path: string) => path);
  const found: FieldMessages = {};
  const add = (messages: FieldMessages) => {
    for (const [path, message] of Object.entries(messages)) found[rename(path)] ??= message;
  };
  Object.assign(found, problems);
  add(schemaProblems(update));
  add(mapping.extraProblems?.(update) ?? {});
  return found;
}

/** True when `path` belongs to one of the sections (`productCategories.2.name` to `productCategories`). */
export function isSectionPath(path: string, sections: readonly string[]): boolean {
  const [first = ''] = path.split('.');
  return sections.includes(first);
}

/** A form number field's value (`NumberInput` gives '' while empty) as a number, or the problem with it. */
export function wholeNumber(value: number | string): number | Message {
  if (value === '' || (typeof value === 'string' && value.trim() === '')) return { key: 'validation.required' };
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return { key: 'validation.invalid' };
  if (!Number.isInteger(number)) return { key: 'serviceSettings.wholeNumber' };
  return number;
}

/** Collects problems while converting a form, keyed by form path. */
export class Problems {
  readonly found: FieldMessages = {};

  /** The number, or 0 with the problem recorded at `path`. */
  number(path: string, value: number | string): number {
    const result = wholeNumber(value);
    if (typeof result === 'number') return result;
    this.found[path] ??= result;
    return 0;
  }

  add(path: string, message: Message): void {
    this.found[path] ??= message;
  }
}

/**
 * `to` with the editor keys (`key`) of `from` wherever both hold an item at the same place:
 * after a save the form is rebuilt from what the core kept, and the rows (and the item left
 * open) stay the same rows.
 */
export function carryKeys<T>(from: unknown, to: T): T {
  if (Array.isArray(from) && Array.isArray(to)) {
    return to.map((item: unknown, index) => carryKeys(from[index], item)) as T;
  }
  if (!isRecord(from) || !isRecord(to)) return to;
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(to)) {
    result[name] = name === 'key' && typeof from.key === 'string' ? from.key : carryKeys(from[name], value);
  }
  return result as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bilingual texts the settings hold: a "required" on one of them means "in at least one language". */
const bilingualFields = new Set(['name', 'solution', 'terms', 'description']);

/** A message as specific as its path allows: "Required" on a bilingual name says either language will do. */
export function clearerMessage(path: string, message: Message): Message {
  const last = path.split('.').at(-1) ?? '';
  if (message.key === 'validation.required' && bilingualFields.has(last)) return { key: 'serviceSettings.oneLanguage' };
  return message;
}

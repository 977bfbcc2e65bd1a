import type { LocalizedText } from '../../../../shared/contract';

/**
 * Codes name categories, faults, templates and checklist items on tickets, so a saved code
 * never changes. A new item gets one when its section is saved: from its English name where
 * there is one (`Smart watch` → `smart-watch`), else `c-` and the item's random key.
 */

/** The longest code the contract accepts. */
export const MAX_CODE_LENGTH = 40;

/** A short random key for an item being edited: a stable React key, and the code of last resort. */
export function newItemKey(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}

/** Lower-case letters, digits and single dashes from a name; '' when nothing usable is left. */
export function slugFromName(name: string, maxLength = MAX_CODE_LENGTH): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug.slice(0, maxLength).replace(/-+$/u, '');
}

/** `base`, else `base-2`, `base-3`… cut to fit, whichever is not taken yet. */
function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const tail = `-${suffix}`;
    const candidate = `${base.slice(0, MAX_CODE_LENGTH - tail.length).replace(/-+$/u, '')}${tail}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** An item as an editor holds it: its saved code, or '' until it is first saved. */
export interface CodedItem {
  key: string;
  code: string;
  name: LocalizedText;
}

/**
 * The code a new item gets: its English name as a slug after `prefix-` (a sub-fault under its
 * fault, a template under its category), else `c-` and its key; `-2`, `-3`… if already in
 * `taken`, to which it is added.
 */
export function newCode(item: CodedItem, options: { taken: Set<string>; prefix?: string }): string {
  const prefix = options.prefix ? `${options.prefix}-` : '';
  const slug = slugFromName(item.name.en, MAX_CODE_LENGTH - prefix.length);
  const base = slug === '' ? `c-${slugFromName(item.key, 30) || 'new'}` : `${prefix}${slug}`;
  const code = firstFree(base, options.taken);
  options.taken.add(code);
  return code;
}

/**
 * The codes a list will be saved with: saved codes as they are, new ones from `newCode`,
 * unique among `taken` and each other. Pure, so an editor can show the code a new item will
 * get before it is saved.
 */
export function assignCodes(
  items: readonly CodedItem[],
  options: { taken?: Iterable<string>; prefix?: string } = {},
): string[] {
  const taken = new Set(options.taken ?? []);
  for (const item of items) if (item.code !== '') taken.add(item.code);
  return items.map((item) => (item.code !== '' ? item.code : newCode(item, { taken, prefix: options.prefix })));
}

import { localize, type NamedItem, type ServiceSettings } from './service-settings';
import type { Language } from './types';

/** Settings codes as names in a language: for screens and for printed documents alike. */

/** A product category's name, or its code if the category is no longer configured. */
export function categoryName(settings: ServiceSettings | undefined, code: string, language: Language): string {
  const category = settings?.productCategories.find((candidate) => candidate.code === code);
  return category ? localize(category.name, language) : code;
}

/**
 * A fault code as its name in the category's fault tree, with its parent for a sub-fault
 * (`Screen › Cracked screen`); the code itself if the tree no longer has it.
 */
export function faultName(
  settings: ServiceSettings | undefined,
  productCategory: string,
  code: string,
  language: Language,
): string {
  const category = settings?.productCategories.find((candidate) => candidate.code === productCategory);
  for (const node of category?.faults ?? []) {
    if (node.code === code) return localize(node.name, language);
    const child = node.children.find((candidate) => candidate.code === code);
    if (child) return `${localize(node.name, language)} › ${localize(child.name, language)}`;
  }
  return code;
}

/** Checklist codes (accessories, conditions) as names, in the order recorded; unknown codes as they are. */
export function itemNames(
  items: readonly NamedItem[] | undefined,
  codes: readonly string[],
  language: Language,
): string[] {
  return codes.map((code) => {
    const item = items?.find((candidate) => candidate.code === code);
    return item ? localize(item.name, language) : code;
  });
}

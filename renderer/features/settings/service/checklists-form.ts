import type { LocalizedText, NamedItem } from '../../../../shared/contract';
import { assignCodes, newItemKey, type CodedItem } from './codes';
import type { SectionMapping } from './section-mapping';

/** The two checklists of the Listen step, as lists of bilingual names. */
export interface ChecklistsValues {
  accessories: CodedItem[];
  conditions: CodedItem[];
}

export const checklists = ['accessories', 'conditions'] as const;
export type Checklist = (typeof checklists)[number];

/** A saved item as the editor holds it. */
export function codedItem(item: NamedItem): CodedItem {
  return { key: newItemKey(), code: item.code, name: { ...item.name } };
}

/** A new item, without a code until it is saved. */
export function newCodedItem(name: LocalizedText = { 'zh-CN': '', en: '' }): CodedItem {
  return { key: newItemKey(), code: '', name };
}

/** Items with their codes, new ones generated (`assignCodes`). */
export function namedItems(items: readonly CodedItem[]): NamedItem[] {
  const codes = assignCodes(items);
  return items.map((item, index) => ({ code: codes[index] ?? item.code, name: item.name }));
}

export const checklistsMapping: SectionMapping<ChecklistsValues> = {
  sections: checklists,
  toValues: (settings) => ({
    accessories: settings.accessories.map(codedItem),
    conditions: settings.conditions.map(codedItem),
  }),
  toUpdate: (values) => ({
    update: { accessories: namedItems(values.accessories), conditions: namedItems(values.conditions) },
    problems: {},
  }),
};

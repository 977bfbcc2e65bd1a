import { localize, type Language, type ProductCategory } from '../../../../shared/contract';

/** Product categories as select options, by their names in the language. */
export function categoryOptions(categories: readonly ProductCategory[], language: Language) {
  return categories.map((category) => ({ value: category.code, label: localize(category.name, language) }));
}

/**
 * A category's faults as select options, sub-faults after their fault (`Screen › Cracked
 * screen`), after "any fault" ('').
 */
export function faultOptions(category: ProductCategory | undefined, language: Language, anyFault: string) {
  const options = [{ value: '', label: anyFault }];
  for (const fault of category?.faults ?? []) {
    const name = localize(fault.name, language);
    options.push({ value: fault.code, label: name });
    for (const child of fault.children)
      options.push({ value: child.code, label: `${name} › ${localize(child.name, language)}` });
  }
  return options;
}

/** The label of a template's fault, for its summary line. */
export function faultLabel(category: ProductCategory | undefined, code: string, language: Language): string | null {
  if (code === '') return null;
  return faultOptions(category, language, '').find((option) => option.value === code)?.label ?? code;
}

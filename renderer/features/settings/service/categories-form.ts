import type { FaultNode, ProductCategory } from '../../../../shared/contract';
import { assignCodes, newCode, newItemKey, type CodedItem } from './codes';
import { Problems, type SectionMapping } from './section-mapping';

export interface FaultValues extends CodedItem {
  children: CodedItem[];
}

export interface CategoryValues extends CodedItem {
  /** As `NumberInput` holds it: '' while empty. */
  makerWarrantyMonths: number | string;
  faults: FaultValues[];
}

export interface CategoriesValues {
  productCategories: CategoryValues[];
}

const emptyName = () => ({ 'zh-CN': '', en: '' });

export function newCategory(): CategoryValues {
  return { key: newItemKey(), code: '', name: emptyName(), makerWarrantyMonths: 12, faults: [] };
}

export function newFault(): FaultValues {
  return { key: newItemKey(), code: '', name: emptyName(), children: [] };
}

export function newSubFault(): CodedItem {
  return { key: newItemKey(), code: '', name: emptyName() };
}

/** The codes of a category's fault tree, new ones generated: a sub-fault's after its fault's (`screen-touch`). */
export function faultCodes(faults: readonly FaultValues[]): { codes: string[]; children: string[][] } {
  const taken = new Set(faults.flatMap((fault) => [fault.code, ...fault.children.map((child) => child.code)]));
  taken.delete('');
  const codes = assignCodes(faults, { taken });
  for (const code of codes) taken.add(code);
  const children = faults.map((fault, index) =>
    fault.children.map((child) =>
      child.code !== '' ? child.code : newCode(child, { taken, prefix: codes[index] ?? fault.code }),
    ),
  );
  return { codes, children };
}

function faultTree(faults: readonly FaultValues[]): FaultNode[] {
  const { codes, children } = faultCodes(faults);
  return faults.map((fault, index) => ({
    code: codes[index] ?? fault.code,
    name: fault.name,
    children: fault.children.map((child, childIndex) => ({
      code: children[index]?.[childIndex] ?? child.code,
      name: child.name,
    })),
  }));
}

export const categoriesMapping: SectionMapping<CategoriesValues> = {
  sections: ['productCategories'],
  toValues: (settings) => ({
    productCategories: settings.productCategories.map((category) => ({
      key: newItemKey(),
      code: category.code,
      name: { ...category.name },
      makerWarrantyMonths: category.makerWarrantyMonths,
      faults: category.faults.map((fault) => ({
        key: newItemKey(),
        code: fault.code,
        name: { ...fault.name },
        children: fault.children.map((child) => ({ key: newItemKey(), code: child.code, name: { ...child.name } })),
      })),
    })),
  }),
  toUpdate: ({ productCategories }) => {
    const problems = new Problems();
    const codes = assignCodes(productCategories);
    const categories: ProductCategory[] = productCategories.map((category, index) => ({
      code: codes[index] ?? category.code,
      name: category.name,
      makerWarrantyMonths: problems.number(
        `productCategories.${index}.makerWarrantyMonths`,
        category.makerWarrantyMonths,
      ),
      faults: faultTree(category.faults),
    }));
    return { update: { productCategories: categories }, problems: problems.found };
  },
};

import type { LocalizedText, ServiceSettings, SolutionTemplate } from '../../../../shared/contract';
import { fenToYuanText, MAX_AMOUNT_FEN, parseYuan, type EstimateLineKind } from '../../../../shared/domain/fees';
import { newCode, newItemKey, type CodedItem } from './codes';
import { Problems, type SectionMapping } from './section-mapping';

/** An estimate line as edited: the unit price in yuan as typed (`880`, `880.5`), stored in fen. */
export interface TemplateLineValues {
  key: string;
  kind: EstimateLineKind;
  description: LocalizedText;
  quantity: number | string;
  unitPrice: string;
  warrantyCovered: boolean;
}

export interface TemplateValues extends CodedItem {
  productCategory: string;
  /** A fault code of the category, or '' for any fault. */
  faultCategory: string;
  solution: LocalizedText;
  lines: TemplateLineValues[];
  typicalMinutes: number | string;
}

export interface TemplatesValues {
  solutionTemplates: TemplateValues[];
}

const emptyText = (): LocalizedText => ({ 'zh-CN': '', en: '' });

export function newTemplate(productCategory: string): TemplateValues {
  return {
    key: newItemKey(),
    code: '',
    productCategory,
    faultCategory: '',
    name: emptyText(),
    solution: emptyText(),
    lines: [],
    typicalMinutes: 60,
  };
}

export function newTemplateLine(): TemplateLineValues {
  return {
    key: newItemKey(),
    kind: 'part',
    description: emptyText(),
    quantity: 1,
    unitPrice: '',
    warrantyCovered: true,
  };
}

function templateValues(template: SolutionTemplate): TemplateValues {
  return {
    key: newItemKey(),
    code: template.code,
    productCategory: template.productCategory,
    faultCategory: template.faultCategory,
    name: { ...template.name },
    solution: { ...template.solution },
    typicalMinutes: template.typicalMinutes,
    lines: template.lines.map((line) => ({
      key: newItemKey(),
      kind: line.kind,
      description: { ...line.description },
      quantity: line.quantity,
      unitPrice: fenToYuanText(line.unitPriceFen),
      warrantyCovered: line.warrantyCovered,
    })),
  };
}

/** An amount typed in yuan as fen; empty is nothing to charge. Null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  return text.trim() === '' ? 0 : parseYuan(text);
}

/**
 * The codes templates will be saved with: saved ones as they are, new ones after their
 * category's code (`phone-replace-the-back-cover`).
 */
export function templateCodes(templates: readonly TemplateValues[]): string[] {
  const taken = new Set(templates.map((template) => template.code).filter((code) => code !== ''));
  return templates.map((template) =>
    template.code !== '' ? template.code : newCode(template, { taken, prefix: template.productCategory }),
  );
}

export const templatesMapping: SectionMapping<TemplatesValues> = {
  sections: ['solutionTemplates'],
  toValues: (settings: ServiceSettings) => ({ solutionTemplates: settings.solutionTemplates.map(templateValues) }),
  toUpdate: ({ solutionTemplates }) => {
    const problems = new Problems();
    const codes = templateCodes(solutionTemplates);
    const templates: SolutionTemplate[] = solutionTemplates.map((template, index) => {
      const at = `solutionTemplates.${index}`;
      return {
        code: codes[index] ?? template.code,
        productCategory: template.productCategory,
        faultCategory: template.faultCategory,
        name: template.name,
        solution: template.solution,
        typicalMinutes: problems.number(`${at}.typicalMinutes`, template.typicalMinutes),
        lines: template.lines.map((line, lineIndex) => {
          const fen = yuanToFen(line.unitPrice);
          const pricePath = `${at}.lines.${lineIndex}.unitPrice`;
          if (fen === null) problems.add(pricePath, { key: 'validation.money' });
          else if (fen > MAX_AMOUNT_FEN)
            problems.add(pricePath, {
              key: 'fees.problem.lineTooLarge',
              params: { max: fenToYuanText(MAX_AMOUNT_FEN) },
            });
          return {
            kind: line.kind,
            description: line.description,
            quantity: problems.number(`${at}.lines.${lineIndex}.quantity`, line.quantity),
            unitPriceFen: fen ?? 0,
            warrantyCovered: line.warrantyCovered,
          };
        }),
      };
    });
    return { update: { solutionTemplates: templates }, problems: problems.found };
  },
  formPath: (path) => path.replace(/\.unitPriceFen$/u, '.unitPrice'),
};

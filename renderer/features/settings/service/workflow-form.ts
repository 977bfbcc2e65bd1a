import { limitedStates, type ServiceSettings } from '../../../../shared/contract';
import { fenToYuanText } from '../../../../shared/domain/fees';
import { Problems, type SectionMapping } from './section-mapping';
import { yuanToFen } from './templates-form';

/** One category's QC checklist as edited: an item a line, in each language. */
export interface ChecklistValues {
  productCategory: string;
  zh: string;
  en: string;
}

/** A state's limit as edited: none, until closing the same day, or so many business hours. */
export interface LimitValues {
  kind: 'none' | 'sameDay' | 'hours';
  hours: number | string;
}

/** The workshop's settings: the diagnostic fee in yuan as typed, the clock, and the QC checklists. */
export interface WorkflowValues {
  diagnosticFee: string;
  pausingStates: ServiceSettings['workflow']['pausingStates'];
  stateLimits: Record<(typeof limitedStates)[number], LimitValues>;
  checklists: ChecklistValues[];
}

function toLimitValues(limit: StateLimit | undefined): LimitValues {
  if (!limit) return { kind: 'none', hours: '' };
  return 'sameDay' in limit ? { kind: 'sameDay', hours: '' } : { kind: 'hours', hours: limit.hours };
}

type StateLimit = NonNullable<ServiceSettings['workflow']['stateLimits'][(typeof limitedStates)[number]]>;

const itemLines = (text: string) =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The checklists are edited as plain lines, Chinese and English side by side: line 3 in one
 * language is line 3 in the other (a missing one is shown in the language that has it).
 */
export const workflowMapping: SectionMapping<WorkflowValues> = {
  sections: ['workflow'],
  toValues: (settings) => ({
    diagnosticFee: fenToYuanText(settings.workflow.diagnosticFeeFen),
    pausingStates: [...settings.workflow.pausingStates],
    stateLimits: Object.fromEntries(
      limitedStates.map((state) => [state, toLimitValues(settings.workflow.stateLimits[state])]),
    ) as WorkflowValues['stateLimits'],
    checklists: settings.productCategories.map((category) => {
      const items = settings.workflow.qcChecklists.find((list) => list.productCategory === category.code)?.items ?? [];
      return {
        productCategory: category.code,
        zh: items.map((item) => item['zh-CN']).join('\n'),
        en: items.map((item) => item.en).join('\n'),
      };
    }),
  }),
  toUpdate: (values) => {
    const problems = new Problems();
    const fee = yuanToFen(values.diagnosticFee);
    if (fee === null) problems.add('diagnosticFee', { key: 'validation.money' });
    const stateLimits: Partial<Record<(typeof limitedStates)[number], StateLimit>> = {};
    for (const state of limitedStates) {
      const limit = values.stateLimits[state];
      if (limit.kind === 'sameDay') stateLimits[state] = { sameDay: true };
      if (limit.kind === 'hours')
        stateLimits[state] = { hours: problems.number(`stateLimits.${state}.hours`, limit.hours) };
    }
    return {
      update: {
        workflow: {
          diagnosticFeeFen: fee ?? 0,
          pausingStates: values.pausingStates,
          stateLimits,
          qcChecklists: values.checklists.map((list) => {
            const zh = itemLines(list.zh);
            const en = itemLines(list.en);
            return {
              productCategory: list.productCategory,
              items: Array.from({ length: Math.max(zh.length, en.length) }, (_, index) => ({
                'zh-CN': zh[index] ?? '',
                en: en[index] ?? '',
              })),
            };
          }),
        },
      },
      problems: problems.found,
    };
  },
  formPath: (path) =>
    path === 'workflow.diagnosticFeeFen'
      ? 'diagnosticFee'
      : path
          .replace(/^workflow\.qcChecklists\.(\d+)\..*$/u, 'checklists.$1.zh')
          .replace(/^workflow\.stateLimits\.([a-z-]+)\..*$/u, 'stateLimits.$1.hours'),
};

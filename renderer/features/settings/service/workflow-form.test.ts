import { describe, expect, it } from 'vitest';
import { testSettings } from './test-settings';
import { workflowMapping } from './workflow-form';

describe('workshop settings form', () => {
  it('edits the diagnostic fee in yuan and each category’s QC checklist as lines in both languages', () => {
    const settings = testSettings();
    settings.workflow = {
      ...settings.workflow,
      diagnosticFeeFen: 5_000,
      qcChecklists: [
        { productCategory: settings.productCategories[0]!.code, items: [{ 'zh-CN': '开机', en: 'Powers on' }] },
      ],
    };
    const values = workflowMapping.toValues(settings);
    expect(values.diagnosticFee).toBe('50.00');
    expect(values.checklists[0]).toMatchObject({ zh: '开机', en: 'Powers on' });
    expect(values.checklists).toHaveLength(settings.productCategories.length);

    values.diagnosticFee = '30';
    values.checklists[0] = { ...values.checklists[0]!, zh: '开机\n\n  触摸正常 \n充电', en: 'Powers on\nTouch works' };
    const { update, problems } = workflowMapping.toUpdate(values);
    expect(problems).toEqual({});
    expect(update.workflow?.diagnosticFeeFen).toBe(3_000);
    expect(update.workflow?.qcChecklists?.[0]?.items).toEqual([
      { 'zh-CN': '开机', en: 'Powers on' },
      { 'zh-CN': '触摸正常', en: 'Touch works' },
      { 'zh-CN': '充电', en: '' },
    ]);
  });

  it('refuses a fee that is not an amount, beside its field', () => {
    const values = workflowMapping.toValues(testSettings());
    values.diagnosticFee = 'abc';
    expect(workflowMapping.toUpdate(values).problems).toEqual({ diagnosticFee: { key: 'validation.money' } });
    expect(workflowMapping.formPath?.('workflow.diagnosticFeeFen')).toBe('diagnosticFee');
  });
});

import { describe, expect, it } from 'vitest';
import { serviceSettings, ticketDetail } from '../tickets/test-fixtures';
import { formPath, initialValues, moveProblems, toMove } from './move-forms';

const settings = {
  ...serviceSettings,
  workflow: {
    ...serviceSettings.workflow,
    qcChecklists: [
      {
        productCategory: 'phone',
        items: [
          { 'zh-CN': '开机', en: 'Powers on' },
          { 'zh-CN': '充电', en: '' },
        ],
      },
    ],
  },
};

describe('move forms', () => {
  it('start from the estimate, in yuan, with the category’s QC checklist unticked', () => {
    const values = initialValues('diagnose', ticketDetail(), settings, 'en');
    expect(values.lines.map((line) => [line.description, line.unitYuan])).toEqual([
      ['Screen assembly', '880.00'],
      ['Labour', '80.00'],
    ]);
    expect(values.checks).toEqual([
      { item: 'Powers on', passed: false },
      { item: '充电', passed: false },
    ]);
  });

  it('turn yuan into fen, and name the form field a problem belongs to', () => {
    const values = initialValues('diagnose', ticketDetail(), settings, 'zh-CN');
    values.cause = '排线断裂';
    values.lines[0] = { ...values.lines[0]!, unitYuan: '1,080.5' };
    const move = toMove('diagnose', values);
    expect(move).toMatchObject({
      action: 'diagnose',
      cause: '排线断裂',
      lines: [{ unitPriceFen: 108_050 }, { unitPriceFen: 8_000 }],
    });
    expect(moveProblems('diagnose', values)).toEqual({});

    values.lines[1] = { ...values.lines[1]!, unitYuan: 'abc' };
    values.cause = '';
    expect(moveProblems('diagnose', values)).toEqual({
      cause: 'validation.required',
      'lines.1.unitYuan': 'validation.money',
    });
    expect(formPath('hold', 'move.reason')).toBe('holdReason');
    expect(formPath('cancel', 'move.reason')).toBe('reasonText');
    expect(formPath('record-approval', 'move.approvedFen')).toBe('approvedYuan');
  });

  it('QC: passing needs every item ticked; failing records the ticked items as failed', () => {
    const values = initialValues('pass-qc', ticketDetail(), settings, 'en');
    expect(moveProblems('pass-qc', values)).toEqual({ checks: 'workbench.form.allChecksPass' });
    values.checks = values.checks.map((check) => ({ ...check, passed: true }));
    expect(moveProblems('pass-qc', values)).toEqual({});

    const failing = initialValues('fail-qc', ticketDetail(), settings, 'en');
    expect(moveProblems('fail-qc', failing)).toEqual({ checks: 'workbench.form.failedItems' });
    failing.checks[1] = { item: '充电', passed: true };
    expect(toMove('fail-qc', failing)).toMatchObject({
      checks: [
        { item: 'Powers on', passed: true },
        { item: '充电', passed: false },
      ],
    });
  });

  it('a declined approval sends no amount', () => {
    const values = initialValues('record-approval', ticketDetail(), settings, 'en');
    values.decision = 'declined';
    values.approvedYuan = 'not read';
    expect(toMove('record-approval', values)).toMatchObject({ decision: 'declined', approvedFen: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import type { CashClosePreview } from '../../../shared/contract';
import { takingsByMethod } from '../../../shared/domain/cash-close';
import { cashCloseInput, initialCashCloseValues, liveFigures } from './cash-close-form';

// Since the last close: ¥380.00 cash in, ¥30.00 cash out, ¥200.00 by WeChat Pay; ¥300.00 float left.
const byMethod = takingsByMethod([
  { kind: 'payment', method: 'cash', amountFen: 38_000, reversesId: null },
  { kind: 'refund', method: 'cash', amountFen: 3_000, reversesId: null },
  { kind: 'payment', method: 'wechat', amountFen: 20_000, reversesId: null },
]);
const preview: CashClosePreview = {
  sinceAt: '2026-11-26T10:00:00.000Z',
  previous: { closedAt: '2026-11-26T10:00:00.000Z', staffName: 'Rita' },
  afterPaymentId: 40,
  throughPaymentId: 43,
  floatFen: 30_000,
  figures: { byMethod, expectedCashFen: 30_000, cashDifferenceFen: -30_000, statementDifferences: {}, entries: 3 },
};

describe('the cash close form', () => {
  it('starts with the float the last close left, nothing counted', () => {
    const values = initialCashCloseValues(preview);
    expect(values).toMatchObject({ float: '300.00', counted: '', note: '' });
    expect(values.statements.wechat).toBe('');
    expect(liveFigures(preview, values)).toMatchObject({ expectedCashFen: 65_000, counted: false });
  });

  it('shows the drawer short as it is typed, and a statement against the ledger', () => {
    const values = {
      ...initialCashCloseValues(preview),
      counted: '645',
      statements: { ...initialCashCloseValues(preview).statements, wechat: '199.50' },
    };
    expect(liveFigures(preview, values)).toMatchObject({
      counted: true,
      cashDifferenceFen: -500,
      statementDifferences: { wechat: -50 },
    });
  });

  it('sends the span shown with the amounts in fen, leaving unchecked statements out', () => {
    const values = { ...initialCashCloseValues(preview), counted: '¥650', note: ' ok ' };
    expect(cashCloseInput(preview, values)).toEqual({
      input: {
        afterPaymentId: 40,
        throughPaymentId: 43,
        floatFen: 30_000,
        countedFen: 65_000,
        statements: {},
        note: ' ok ',
      },
    });
  });

  it('asks for the count, and for money where something else was typed', () => {
    const start = initialCashCloseValues(preview);
    expect(cashCloseInput(preview, start)).toEqual({ errors: { counted: 'validation.required' } });
    expect(
      cashCloseInput(preview, {
        ...start,
        float: 'abc',
        counted: '12..3',
        statements: { ...start.statements, card: 'x' },
      }),
    ).toEqual({
      errors: { float: 'validation.money', counted: 'validation.money', 'statements.card': 'validation.money' },
    });
  });
});

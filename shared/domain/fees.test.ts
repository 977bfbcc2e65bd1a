import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeFees,
  estimateLineKinds,
  feeProblemKeys,
  feeProblems,
  fenToYuanText,
  formatFen,
  MAX_AMOUNT_FEN,
  MAX_LINE_QUANTITY,
  parseYuan,
  type EstimateLine,
  type FeeInput,
} from './fees';

const screen: EstimateLine = {
  kind: 'part',
  description: '屏幕总成',
  quantity: 1,
  unitPriceFen: 68_000,
  warrantyCovered: true,
};
const labor: EstimateLine = {
  kind: 'labor',
  description: '工时费',
  quantity: 1,
  unitPriceFen: 8_000,
  warrantyCovered: true,
};
const cable: EstimateLine = {
  kind: 'part',
  description: '数据线',
  quantity: 2,
  unitPriceFen: 2_550,
  warrantyCovered: false,
};
const visit: EstimateLine = {
  kind: 'on-site',
  description: '上门费',
  quantity: 1,
  unitPriceFen: 5_000,
  warrantyCovered: false,
};

function input(overrides: Partial<FeeInput>): FeeInput {
  return { lines: [screen, labor, cable, visit], warrantyCovers: false, discountFen: 0, ...overrides };
}

describe('computeFees', () => {
  it.each([
    [
      'out of warranty: the customer pays every line',
      input({}),
      { subtotalFen: 86_100, warrantyCoverFen: 0, discountFen: 0, totalFen: 86_100 },
    ],
    [
      'in warranty: only the covered lines are covered',
      input({ warrantyCovers: true }),
      {
        subtotalFen: 86_100,
        warrantyCoverFen: 76_000,
        discountFen: 0,
        totalFen: 10_100,
      },
    ],
    [
      'a discount',
      input({ discountFen: 1_100 }),
      {
        subtotalFen: 86_100,
        warrantyCoverFen: 0,
        discountFen: 1_100,
        totalFen: 85_000,
      },
    ],
    [
      'a discount larger than what is left to pay is cut down, never a negative total',
      input({ warrantyCovers: true, discountFen: 50_000 }),
      { subtotalFen: 86_100, warrantyCoverFen: 76_000, discountFen: 10_100, totalFen: 0 },
    ],
    [
      'a negative discount adds nothing',
      input({ discountFen: -500 }),
      { subtotalFen: 86_100, warrantyCoverFen: 0, discountFen: 0, totalFen: 86_100 },
    ],
    ['an empty estimate', input({ lines: [] }), { subtotalFen: 0, warrantyCoverFen: 0, discountFen: 0, totalFen: 0 }],
  ])('%s', (_case, fees, expected) => {
    expect(computeFees(fees)).toMatchObject(expected);
  });

  it('gives each line its amount and cover, in order, and totals per kind', () => {
    const summary = computeFees(input({ warrantyCovers: true }));
    expect(summary.lines).toEqual([
      { amountFen: 68_000, coveredFen: 68_000 },
      { amountFen: 8_000, coveredFen: 8_000 },
      { amountFen: 5_100, coveredFen: 0 },
      { amountFen: 5_000, coveredFen: 0 },
    ]);
    expect(summary.byKind).toEqual({ part: 73_100, labor: 8_000, 'on-site': 5_000, other: 0 });
  });

  it.each([
    ['a fractional price', input({ lines: [{ ...screen, unitPriceFen: 12.5 }] })],
    ['a fractional quantity', input({ lines: [{ ...screen, quantity: 0.5 }] })],
    ['a fractional discount', input({ discountFen: 0.1 })],
  ])('refuses %s rather than compute with floats', (_case, fees) => {
    expect(() => computeFees(fees)).toThrow(RangeError);
  });

  const line = fc.record({
    kind: fc.constantFrom(...estimateLineKinds),
    description: fc.constant('零件'),
    quantity: fc.integer({ min: 1, max: MAX_LINE_QUANTITY }),
    unitPriceFen: fc.integer({ min: 0, max: 10_000 }),
    warrantyCovered: fc.boolean(),
  });
  const fees = fc.record({
    lines: fc.array(line, { maxLength: 12 }),
    warrantyCovers: fc.boolean(),
    discountFen: fc.integer({ min: 0, max: 100_000_000 }),
  });

  it('always adds up in whole fen: total + cover + discount = subtotal', () => {
    fc.assert(
      fc.property(fees, (feeInput) => {
        const summary = computeFees(feeInput);
        const amounts = [
          ...summary.lines.flatMap((each) => [each.amountFen, each.coveredFen]),
          ...Object.values(summary.byKind),
          summary.subtotalFen,
          summary.warrantyCoverFen,
          summary.discountFen,
          summary.totalFen,
        ];
        expect(amounts.every(Number.isSafeInteger)).toBe(true);
        expect(summary.totalFen + summary.warrantyCoverFen + summary.discountFen).toBe(summary.subtotalFen);
        expect(summary.totalFen).toBeGreaterThanOrEqual(0);
        expect(Object.values(summary.byKind).reduce((sum, amount) => sum + amount, 0)).toBe(summary.subtotalFen);
        // Only a discount the bill could not absorb is cut, and feeProblems says so.
        const clamped = summary.discountFen !== feeInput.discountFen;
        expect(feeProblems(feeInput).some((problem) => problem.key === 'fees.problem.discountTooLarge')).toBe(clamped);
      }),
    );
  });
});

describe('feeProblems', () => {
  it.each([
    ['a sound bill', input({ warrantyCovers: true, discountFen: 10_100 }), []],
    [
      'a discount above what is left after the warranty',
      input({ warrantyCovers: true, discountFen: 10_101 }),
      [{ key: 'fees.problem.discountTooLarge', params: { max: '101.00' } }],
    ],
    ['a negative discount', input({ discountFen: -1 }), [{ key: 'fees.problem.discount' }]],
    ['a discount in fractions of a fen', input({ discountFen: 0.5 }), [{ key: 'fees.problem.discount' }]],
    [
      'a line without a description',
      input({ lines: [screen, { ...labor, description: '  ' }] }),
      [{ key: 'fees.problem.noDescription', line: 1 }],
    ],
    [
      'a quantity of 0',
      input({ lines: [{ ...screen, quantity: 0 }] }),
      [{ key: 'fees.problem.quantity', line: 0, params: { max: 9999 } }],
    ],
    [
      'a quantity of 1.5',
      input({ lines: [{ ...screen, quantity: 1.5 }] }),
      [{ key: 'fees.problem.quantity', line: 0, params: { max: 9999 } }],
    ],
    [
      'a quantity of 10000',
      input({ lines: [{ ...cable, quantity: 10_000 }] }),
      [{ key: 'fees.problem.quantity', line: 0, params: { max: 9999 } }],
    ],
    [
      'a negative price',
      input({ lines: [{ ...screen, unitPriceFen: -100 }] }),
      [{ key: 'fees.problem.unitPrice', line: 0 }],
    ],
    [
      'a price in fractions of a fen',
      input({ lines: [{ ...screen, unitPriceFen: 99.5 }] }),
      [{ key: 'fees.problem.unitPrice', line: 0 }],
    ],
    [
      'a line above ¥1,000,000 (an extra zero or two)',
      input({ lines: [screen, { ...cable, quantity: 2, unitPriceFen: 50_000_001 }] }),
      [{ key: 'fees.problem.lineTooLarge', line: 1, params: { max: '1000000.00' } }],
    ],
    ['a line of exactly ¥1,000,000', input({ lines: [{ ...screen, quantity: 4, unitPriceFen: 25_000_000 }] }), []],
    [
      'problems on lines, and a discount that cannot be judged yet',
      input({ lines: [{ ...screen, description: '', quantity: 0 }], discountFen: 999_999 }),
      [
        { key: 'fees.problem.noDescription', line: 0 },
        { key: 'fees.problem.quantity', line: 0, params: { max: 9999 } },
      ],
    ],
  ])('%s', (_case, fees, problems) => {
    expect(feeProblems(fees)).toEqual(problems);
  });

  it('uses only the keys it lists', () => {
    const seen = feeProblems({
      lines: [
        { ...screen, description: '', quantity: 0, unitPriceFen: -1 },
        { ...cable, unitPriceFen: MAX_AMOUNT_FEN },
      ],
      warrantyCovers: false,
      discountFen: -1,
    });
    for (const problem of seen) expect(feeProblemKeys).toContain(problem.key);
  });
});

describe('formatFen', () => {
  it.each([
    [128_050, 'zh-CN', undefined, '¥1,280.50'],
    [128_050, 'en', undefined, '¥1,280.50'],
    [5, 'zh-CN', undefined, '¥0.05'],
    [0, 'en', undefined, '¥0.00'],
    [-9_900, 'zh-CN', undefined, '-¥99.00'],
    [-9_900, 'en', undefined, '-¥99.00'],
    [123_456_789_012, 'zh-CN', undefined, '¥1,234,567,890.12'],
    [1_250, 'zh-CN', 'HKD', 'HK$12.50'],
    [1_250, 'en', 'USD', '$12.50'],
  ] as const)('%i fen in %s (%s) → %s', (fen, locale, currency, text) => {
    expect(formatFen(fen, { locale, currency })).toBe(text);
  });

  it('shows every fen of the largest amounts exactly', () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER, { locale: 'en' })).toBe('¥90,071,992,547,409.91');
  });
});

describe('fenToYuanText', () => {
  it.each([
    [1_205, '12.05'],
    [1_200, '12.00'],
    [5, '0.05'],
    [50, '0.50'],
    [0, '0.00'],
    [128_050, '1280.50'],
    [-1_205, '-12.05'],
    [-5, '-0.05'],
  ])('%i → %s', (fen, text) => {
    expect(fenToYuanText(fen)).toBe(text);
  });
});

describe('parseYuan', () => {
  it.each([
    ['12', 1_200],
    ['12.5', 1_250],
    ['12.05', 1_205],
    ['0.05', 5],
    ['0', 0],
    ['007', 700],
    ['１２．５', 1_250],
    ['１，２８０．５０', 128_050],
    ['12。5', 1_250],
    ['¥12', 1_200],
    ['￥12', 1_200],
    ['¥ 12', 1_200],
    ['CN¥1,280.50', 128_050],
    ['RMB 99', 9_900],
    ['12元', 1_200],
    ['1,280.50', 128_050],
    ['1,234,567', 123_456_700],
    ['  12.50  ', 1_250],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('%j → %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each([
    '',
    '   ',
    '12.345',
    '-1',
    '+1',
    'abc',
    '12.',
    '.5',
    '1,28',
    '12,80.50',
    '1 280',
    '1e3',
    '12..5',
    '¥',
    '90071992547409.92',
  ])('%j → null', (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  const fenAmounts = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

  it('reads back every amount the input field writes', () => {
    fc.assert(
      fc.property(fenAmounts, (fen) => {
        expect(parseYuan(fenToYuanText(fen))).toBe(fen);
      }),
    );
  });

  it('reads back every amount as formatFen shows it, in both languages', () => {
    fc.assert(
      fc.property(fenAmounts, fc.constantFrom('zh-CN' as const, 'en' as const), (fen, locale) => {
        expect(parseYuan(formatFen(fen, { locale }))).toBe(fen);
      }),
    );
  });
});

import type { CashCloseInput, CashClosePreview } from '../../../shared/contract';
import {
  figuresOfTakings,
  statementMethods,
  type CloseFigures,
  type StatementMethod,
} from '../../../shared/domain/cash-close';
import { fenToYuanText, parseYuan } from '../../../shared/domain/fees';

/** The cash close form: amounts as typed, in yuan. */
export interface CashCloseValues {
  float: string;
  counted: string;
  statements: Record<StatementMethod, string>;
  note: string;
}

/** Where the form starts: the float the last close left, nothing counted or checked yet. */
export function initialCashCloseValues(preview: CashClosePreview): CashCloseValues {
  return {
    float: fenToYuanText(preview.floatFen),
    counted: '',
    statements: Object.fromEntries(statementMethods.map((method) => [method, ''])) as Record<StatementMethod, string>,
    note: '',
  };
}

const amount = (text: string): number | null | undefined => (text.trim() === '' ? undefined : parseYuan(text));

/**
 * The close as sent, or the fields that are not money (catalog keys). A statement left empty was
 * not checked; the count must be entered.
 */
export function cashCloseInput(
  preview: CashClosePreview,
  values: CashCloseValues,
): { input: CashCloseInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const typedFloat = amount(values.float);
  // An empty float is none.
  const floatFen = typedFloat === undefined ? 0 : typedFloat;
  const countedFen = amount(values.counted);
  if (floatFen === null) errors.float = 'validation.money';
  if (countedFen === undefined) errors.counted = 'validation.required';
  else if (countedFen === null) errors.counted = 'validation.money';
  const statements: Partial<Record<StatementMethod, number>> = {};
  for (const method of statementMethods) {
    const fen = amount(values.statements[method]);
    if (fen === null) errors[`statements.${method}`] = 'validation.money';
    else if (fen !== undefined) statements[method] = fen;
  }
  if (Object.keys(errors).length > 0 || floatFen === null || countedFen === null || countedFen === undefined)
    return { errors };
  return {
    input: {
      afterPaymentId: preview.afterPaymentId,
      throughPaymentId: preview.throughPaymentId,
      floatFen,
      countedFen,
      statements,
      note: values.note,
    },
  };
}

/** The figures as the form stands, for the live difference: what is not yet money counts as nothing. */
export function liveFigures(preview: CashClosePreview, values: CashCloseValues): CloseFigures & { counted: boolean } {
  const statements: Partial<Record<StatementMethod, number>> = {};
  for (const method of statementMethods) {
    const fen = amount(values.statements[method]);
    if (typeof fen === 'number') statements[method] = fen;
  }
  const counted = amount(values.counted);
  const floatFen = amount(values.float);
  return {
    ...figuresOfTakings(preview.figures.byMethod, preview.figures.entries, {
      floatFen: typeof floatFen === 'number' ? floatFen : 0,
      countedFen: typeof counted === 'number' ? counted : 0,
      statements,
    }),
    counted: typeof counted === 'number',
  };
}

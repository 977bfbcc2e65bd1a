import { describe, expect, it } from 'vitest';
import { intakeInput } from '../../../shared/contract';
import {
  draftData,
  emptyIntake,
  formPath,
  stepOfField,
  toIntakeInput,
  valuesFromDraft,
  type IntakeValues,
} from './intake-form';

const filled = (overrides: Partial<IntakeValues> = {}): IntakeValues => ({
  ...emptyIntake(),
  customerId: 7,
  productCategory: 'phone',
  brand: 'Huawei',
  model: 'Mate 60',
  serial: 'SN1',
  purchaseDate: '2026-03-01',
  faultDescription: 'Cracked screen',
  devicePassword: '2468',
  lines: [{ kind: 'part', description: 'Screen', quantity: '1', unitPrice: '880.5', warrantyCovered: false }],
  discount: '10',
  deposit: '１００', // typed with a Chinese input method
  costLimit: '',
  consentAccepted: true,
  ...overrides,
});

describe('the intake form as the core receives it', () => {
  it('turns yuan into whole fen, the device into its own object, and passes the shared schema', () => {
    const converted = toIntakeInput(filled(), 12);
    if (!('input' in converted)) throw new Error('expected an input');
    expect(converted.input).toMatchObject({
      draftId: 12,
      customer: { kind: 'existing', id: 7 },
      device: { id: null, productCategory: 'phone', serial: 'SN1', purchaseDate: '2026-03-01' },
      lines: [{ kind: 'part', quantity: 1, unitPriceFen: 88050 }],
      discountFen: 1000,
      depositFen: 10000,
      costLimitFen: null,
      devicePassword: '2468',
      consent: { method: 'tick', accepted: true },
    });
    expect(intakeInput.safeParse(converted.input).success).toBe(true);
  });

  it.each([
    [
      'a price with three decimals',
      { lines: [{ kind: 'part', description: 'x', quantity: '1', unitPrice: '1.005', warrantyCovered: true }] },
      'lines.0.unitPriceFen',
    ],
    [
      'a quantity that is not whole',
      { lines: [{ kind: 'part', description: 'x', quantity: '1.5', unitPrice: '1', warrantyCovered: true }] },
      'lines.0.quantity',
    ],
    ['a deposit in words', { deposit: 'fifty' }, 'depositFen'],
  ] as [string, Partial<IntakeValues>, string][])('refuses %s beside its field', (_name, overrides, path) => {
    const converted = toIntakeInput(filled(overrides), null);
    expect('problems' in converted && Object.keys(converted.problems)).toEqual([path]);
  });

  it('leaves out what a consultation does not have: no estimate, no password, no accessories', () => {
    const converted = toIntakeInput(
      filled({ serviceType: 'consultation', productCategory: '', accessories: ['charger'] }),
      null,
    );
    if (!('input' in converted)) throw new Error('expected an input');
    expect(converted.input).toMatchObject({
      device: null,
      lines: [],
      discountFen: 0,
      accessories: [],
      devicePassword: '',
    });
  });

  it('takes in a new customer when none was found', () => {
    const converted = toIntakeInput(
      filled({ customerId: null, newCustomer: { name: '李雷', phone: '139', company: '', address: '' } }),
      null,
    );
    expect('input' in converted && converted.input.customer).toEqual({
      kind: 'new',
      name: '李雷',
      phone: '139',
      company: '',
      address: '',
    });
  });
});

describe('drafts', () => {
  it('never keep the device password or the signature, and read back into the form at the same step', () => {
    const data = draftData(filled({ signaturePng: 'data:image/png;base64,AAAA' }), 'propose');
    expect(JSON.stringify(data)).not.toContain('2468');
    expect(JSON.stringify(data)).not.toContain('base64');
    const { values, step } = valuesFromDraft(JSON.parse(JSON.stringify(data)));
    expect(step).toBe('propose');
    expect(values).toMatchObject({
      customerId: 7,
      faultDescription: 'Cracked screen',
      devicePassword: '',
      consentAccepted: false,
    });
  });

  it('open even when old or damaged: unknown fields are ignored, wrong types fall back to empty', () => {
    expect(valuesFromDraft({ faultDescription: 42, brand: 'Gree', step: 'record', surprise: true })).toEqual({
      values: { ...emptyIntake(), brand: 'Gree' },
      step: 'confirm',
    });
    expect(valuesFromDraft(null).step).toBe('greet');
  });
});

describe('where a refused field is shown', () => {
  it.each([
    ['customer.phone', 'greet', 'newCustomer.phone'],
    ['device.purchaseDate', 'listen', 'purchaseDate'],
    ['faultCategory', 'classify', 'faultCategory'],
    ['lines.1.unitPriceFen', 'propose', 'lines.1.unitPrice'],
    ['consent.accepted', 'confirm', 'consentAccepted'],
  ])('%s opens %s at %s', (path, step, field) => {
    expect(stepOfField(path)).toBe(step);
    expect(formPath(path)).toBe(field);
  });
});

describe('a draft with values of the wrong kind', () => {
  it('keeps only what fits each field', () => {
    const { values } = valuesFromDraft({
      customerId: 'seven',
      accessories: 'charger',
      conditions: ['dents'],
      promisedAt: null,
    });
    expect(values).toMatchObject({ customerId: null, accessories: [], conditions: ['dents'], promisedAt: null });
  });
});

import { describe, expect, it } from 'vitest';
import { serviceSettings, ticketDetail } from '../tickets/test-fixtures';
import { initialPickupValues, pickupFormPath, pickupMoney, toPickupInput } from './pickup-form';

/** The fixture: ¥960.00 of lines, ¥100.00 deposit by WeChat Pay, ¥860.00 owed; a charger and a case left. */
const ticket = ticketDetail();

describe('the pickup form', () => {
  it('starts with the receipt shown, nothing ticked back yet, and what is owed taken in cash', () => {
    const values = initialPickupValues(ticket);
    expect(values).toMatchObject({ identity: 'receipt', accepted: false, refunds: [] });
    expect(values.accessories).toEqual(ticket.accessories.map((code) => ({ code, returned: false, note: '' })));
    expect(values.payments).toEqual([{ method: 'cash', amount: '860.00', tendered: '', reference: '' }]);
  });

  it('offers the deposit back, the way it was paid, when the bill is less', () => {
    const owedBack = { ...ticket, ledger: { ...ticket.ledger, balanceFen: -10_000 } };
    const values = initialPickupValues(owedBack);
    expect(values.payments).toEqual([]);
    expect(values.refunds).toEqual([{ method: 'wechat', amount: '100.00', tendered: '', reference: '' }]);
  });

  it('works out the change from cash handed over, and what is left to take', () => {
    const values = initialPickupValues(ticket);
    values.payments = [
      { method: 'cash', amount: '500', tendered: '600', reference: '' },
      { method: 'alipay', amount: '300', tendered: '', reference: '88' },
    ];
    expect(pickupMoney(ticket, values, serviceSettings)).toMatchObject({
      balanceFen: 86_000,
      takingFen: 80_000,
      changeFen: 10_000,
      leftFen: 6_000,
      discountNeedsManager: false,
    });
    values.discount = '60';
    expect(pickupMoney(ticket, values, serviceSettings)).toMatchObject({ leftFen: 0, discountNeedsManager: true });
  });

  it('says beside the field when an amount cannot be read, and asks for the signature first', () => {
    const values = initialPickupValues(ticket);
    values.payments = [{ method: 'cash', amount: 'five hundred', tendered: '6OO', reference: '' }];
    values.acceptanceMethod = 'signature';
    expect(toPickupInput(ticket, values, { discountNeedsManager: false })).toEqual({
      problems: {
        'payments.0.amount': { key: 'validation.money' },
        'payments.0.tendered': { key: 'validation.money' },
        signaturePng: { key: 'pickup.form.signFirst' },
      },
    });
  });

  it('sends a manager’s approval only when one is needed, and a lost receipt’s checks', () => {
    const values = {
      ...initialPickupValues(ticket),
      identity: 'checked' as const,
      name: '王芳',
      phoneLast4: '5678',
      idNote: 'ID 1234',
      discountApprover: '4',
      discountPin: '5678',
      accepted: true,
    };
    const built = toPickupInput(ticket, values, { discountNeedsManager: true });
    expect(built).toMatchObject({
      input: {
        identity: { method: 'checked', name: '王芳', phoneLast4: '5678', idNote: 'ID 1234' },
        discountApproval: { staffId: 4, pin: '5678' },
        unpaidApproval: null,
        payments: [{ method: 'cash', amountFen: 86_000, tenderedFen: null }],
        acceptance: { method: 'tick', accepted: true },
      },
    });
    expect(toPickupInput(ticket, values, { discountNeedsManager: false })).toMatchObject({
      input: { discountApproval: null },
    });
  });

  it('puts the core’s messages beside the form’s own fields', () => {
    expect(pickupFormPath('identity.phoneLast4')).toBe('phoneLast4');
    expect(pickupFormPath('payments.1.tenderedFen')).toBe('payments.1.tendered');
    expect(pickupFormPath('refunds.0.amountFen')).toBe('refunds.0.amount');
    expect(pickupFormPath('discountFen')).toBe('discount');
    expect(pickupFormPath('discountApproval')).toBe('discountApprover');
    expect(pickupFormPath('unpaidApproval.pin')).toBe('unpaidPin');
    expect(pickupFormPath('acceptance.png')).toBe('signaturePng');
    expect(pickupFormPath('accessories.1.note')).toBe('accessories.1.note');
  });
});

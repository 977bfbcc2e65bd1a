import { describe, expect, it } from 'vitest';
import {
  describePhone,
  formatPhone,
  maskPhone,
  normalizePhone,
  parsedPhone,
  phoneDigits,
  phoneForRole,
  shownPhone,
} from './phone';
import { roles } from './roles';

describe('normalizePhone', () => {
  it.each([
    ['13812345678', '+8613812345678', 'mobile'],
    ['138 1234 5678', '+8613812345678', 'mobile'],
    ['138-1234-5678', '+8613812345678', 'mobile'],
    ['+86 138 1234 5678', '+8613812345678', 'mobile'],
    ['１３８１２３４５６７８', '+8613812345678', 'mobile'],
    ['19912345678', '+8619912345678', 'mobile'],
    ['010-12345678', '+861012345678', 'landline'],
    ['(010) 1234 5678', '+861012345678', 'landline'],
    ['0755-88886666', '+8675588886666', 'landline'],
    ['021 6234 5678', '+862162345678', 'landline'],
    ['+44 7911 123456', '+447911123456', 'international'],
    ['+1 415 555 2671', '+14155552671', 'international'],
    ['+852 9123 4567', '+85291234567', 'international'],
  ])('reads %s as %s (%s)', (raw, e164, kind) => {
    expect(normalizePhone(raw)).toEqual({ e164, kind });
  });

  it.each([
    ['', 'empty'],
    ['12345', 'too short'],
    ['1381234567', 'a mobile one digit short'],
    ['138123456789', 'a mobile one digit long'],
    ['12812345678', 'no such mobile prefix'],
    ['12345678', 'a landline without area code'],
    ['abc', 'letters'],
    ['138abc45678', 'letters among digits'],
    ['+999 123456', 'no such country'],
    ['400-820-8820', 'a service hotline, not a personal phone'],
  ])('refuses %j (%s)', (raw) => {
    expect(normalizePhone(raw)).toBeUndefined();
  });
});

describe('maskPhone', () => {
  it.each([
    ['+8613812345678', '138****5678'],
    ['+861012345678', '010****5678'],
    ['+8675588886666', '075****6666'],
    ['+447911123456', '+44 791****3456'],
  ])('masks %s as %s', (e164, masked) => {
    expect(maskPhone(e164)).toBe(masked);
  });

  it('never leaves more than four digits in a row after the prefix', () => {
    for (const e164 of ['+8613812345678', '+861012345678', '+14155552671', '+85291234567']) {
      const masked = maskPhone(e164).replace(/^\+\d+ /u, '');
      expect(masked).not.toMatch(/\d{5,}/u);
    }
  });
});

describe('formatPhone and phoneDigits', () => {
  it.each([
    ['+8613812345678', '138 1234 5678', '13812345678'],
    ['+861012345678', '010 1234 5678', '01012345678'],
    ['+447911123456', '+44 7911 123456', '447911123456'],
  ])('%s shows as %s and is found by %s', (e164, shown, digits) => {
    expect(formatPhone(e164)).toBe(shown);
    expect(phoneDigits(e164)).toBe(digits);
  });
});

describe('describePhone', () => {
  it.each([
    ['+8613812345678', { formatted: '138 1234 5678', masked: '138****5678', kind: 'mobile' }],
    ['+861066778899', { formatted: '010 6677 8899', masked: '010****8899', kind: 'landline' }],
    ['+447911123456', { formatted: '+44 7911 123456', masked: '+44 791****3456', kind: 'international' }],
  ] as const)('shows %s in one parse: %j', (e164, display) => {
    expect(describePhone(e164)).toEqual(display);
    expect(describePhone(e164).formatted).toBe(formatPhone(e164));
  });
});

describe('who sees a whole number', () => {
  it.each([
    ['reception', '138 1234 5678'],
    ['technician', '138****5678'],
    ['manager', '138 1234 5678'],
    ['admin', '138 1234 5678'],
  ] as const)('%s sees %s', (role, shown) => {
    expect(shownPhone(role, '+8613812345678')).toBe(shown);
  });

  it('is one rule: the whole number exactly where the mask is not shown', () => {
    for (const role of roles) {
      const whole = phoneForRole(role, '+8613812345678');
      expect(shownPhone(role, '+8613812345678')).toBe(whole ?? maskPhone('+8613812345678'));
    }
  });
});

describe('mainland mobiles read without the parser', () => {
  it('agree with the full parser for every prefix and sub-range, mobiles or not', () => {
    for (let prefix = 100; prefix <= 199; prefix += 1) {
      for (let fourth = 0; fourth <= 9; fourth += 1) {
        for (const rest of ['0000000', '2345678', '9999999']) {
          const e164 = `+86${prefix}${fourth}${rest}`;
          expect({ e164, display: describePhone(e164) }).toEqual({ e164, display: parsedPhone(e164) });
        }
      }
    }
  });
});

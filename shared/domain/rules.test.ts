import { describe, expect, it } from 'vitest';
import { classifyCustomerQuery, queryForMaskedPhones } from './customer-search';
import { greetEntryFindsNothing } from './greet-search';
import { can, canManageStaffMember, type Role } from './roles';
import {
  afterWrongPin,
  attemptsLeft,
  isLocked,
  MAX_PIN_ATTEMPTS,
  PIN_LOCK_MAX_MINUTES,
  PIN_LOCK_MINUTES,
} from './sign-in';
import { bigrams, normalizeText } from './text';

describe('normalizeText', () => {
  it.each([
    ['ＺＨＡＮＧ Ｓａｎ', 'zhang san'],
    ['  Li   Si ', 'li si'],
    ['张三', '张三'],
    ['王芳（北京）', '王芳(北京)'],
  ])('folds %j to %j', (raw, folded) => expect(normalizeText(raw)).toBe(folded));
});

describe('classifyCustomerQuery', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['1234', { kind: 'phone', digits: '1234' }],
    ['138 1234', { kind: 'phone', digits: '1381234' }],
    ['１３８０', { kind: 'phone', digits: '1380' }],
    ['+86 138', { kind: 'too-few-digits', digits: '138' }],
    ['+86 138 1234', { kind: 'phone', digits: '1381234' }],
    ['123', { kind: 'too-few-digits', digits: '123' }],
    ['张', { kind: 'text', text: '张' }],
    ['Zhang', { kind: 'text', text: 'zhang' }],
    ['Room 101', { kind: 'text', text: 'room 101' }],
  ])('%j means %j', (raw, expected) => expect(classifyCustomerQuery(raw)).toEqual(expected));

  it.each([
    ['5678', { kind: 'phone-suffix', digits: '5678' }],
    ['12345', { kind: 'phone-whole', digits: '12345' }],
    ['138 1234 5678', { kind: 'phone-whole', digits: '13812345678' }],
    ['王芳', { kind: 'text', text: '王芳' }],
    ['13', { kind: 'too-few-digits', digits: '13' }],
  ])('for masked phones, %j means %j', (raw, expected) =>
    expect(queryForMaskedPhones(classifyCustomerQuery(raw))).toEqual(expected),
  );
});

describe('greet entries answered without looking', () => {
  it.each([
    ['1', true],
    ['13', true],
    ['138', true],
    ['+86 1', false], // "+861" could start a serial
    ['(13', true],
    ['1380', false],
    ['HU7', false],
    ['王', false],
    ['', false],
  ])('%j finds nothing: %j', (raw, expected) => expect(greetEntryFindsNothing(raw)).toBe(expected));
});

describe('roles', () => {
  const table: [Role, boolean, boolean, boolean][] = [
    // role, manages staff, edits customers, sees full phone
    ['reception', false, true, true],
    ['technician', false, false, false],
    ['manager', true, true, true],
    ['admin', true, true, true],
  ];
  it.each(table)('%s: staff %s, customers %s, full phone %s', (role, staff, customers, phone) => {
    expect(can(role, 'staff-manage')).toBe(staff);
    expect(can(role, 'customers-edit')).toBe(customers);
    expect(can(role, 'phone-view-full')).toBe(phone);
  });

  it.each([
    ['admin', 'admin', true],
    ['admin', 'reception', true],
    ['manager', 'reception', true],
    ['manager', 'technician', true],
    ['manager', 'manager', false],
    ['manager', 'admin', false],
    ['reception', 'reception', false],
    ['technician', 'technician', false],
  ] as [Role, Role, boolean][])('%s managing a %s: %s', (actor, target, allowed) => {
    expect(canManageStaffMember(actor, target)).toBe(allowed);
  });
});

describe('PIN attempts', () => {
  const now = Date.parse('2026-11-25T09:00:00Z');
  const minutes = 60_000;
  it('counts wrong PINs and locks on the fifth', () => {
    let state = { failedAttempts: 0, lockedUntil: null as number | null };
    for (let attempt = 1; attempt < MAX_PIN_ATTEMPTS; attempt += 1) {
      state = afterWrongPin(state, now);
      expect(state).toEqual({ failedAttempts: attempt, lockedUntil: null });
      expect(attemptsLeft(state)).toBe(MAX_PIN_ATTEMPTS - attempt);
    }
    state = afterWrongPin(state, now);
    expect(state).toEqual({ failedAttempts: 5, lockedUntil: now + PIN_LOCK_MINUTES * minutes });
    expect(isLocked(state, now + minutes)).toBe(true);
    expect(isLocked(state, now + PIN_LOCK_MINUTES * minutes)).toBe(false);
    expect(attemptsLeft(state)).toBe(MAX_PIN_ATTEMPTS);
  });

  it('locks for twice as long each time the guessing goes on, up to a day', () => {
    let state = { failedAttempts: 0, lockedUntil: null as number | null };
    const locks: number[] = [];
    for (let attempt = 1; attempt <= 50; attempt += 1) {
      state = afterWrongPin(state, now);
      if (state.lockedUntil !== null) locks.push((state.lockedUntil - now) / minutes);
    }
    expect(locks).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 1280, PIN_LOCK_MAX_MINUTES]);
  });
});

describe('bigrams', () => {
  it.each([
    ['王芳', ['王芳']],
    ['欧阳娜娜', ['欧阳', '阳娜', '娜娜']],
    ['mary lee', ['ma', 'ar', 'ry', 'le', 'ee']],
    ['王', []],
    ['', []],
  ])('splits %j into %j', (text, expected) => expect(bigrams(text)).toEqual(expected));
});

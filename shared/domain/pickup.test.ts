import { describe, expect, it } from 'vitest';
import { fillMessage, unknownMessageVariables } from './messages';
import {
  carriesRepairWarranty,
  daysOnShelf,
  discountNeedsApproval,
  identityMatches,
  readShelfFind,
  repairWarrantyEnd,
  unclaimedBefore,
} from './pickup';

describe('identityMatches', () => {
  const customer = { name: '王芳', phoneDigits: '13812345678' };
  it.each([
    ['the name and the last four digits', { name: '王芳', phoneLast4: '5678' }, { name: true, phone: true }],
    ['spaces and full-width digits as typed', { name: ' 王 芳 ', phoneLast4: '５６７８' }, { name: true, phone: true }],
    ['a different name', { name: '王方', phoneLast4: '5678' }, { name: false, phone: true }],
    ['other digits', { name: '王芳', phoneLast4: '1234' }, { name: true, phone: false }],
  ])('%s', (_case, claimed, expected) => {
    expect(identityMatches(customer, claimed)).toEqual(expected);
  });
  it('folds Latin names by case', () => {
    expect(
      identityMatches({ name: 'Mary Brown', phoneDigits: '447911123456' }, { name: 'mary  BROWN', phoneLast4: '3456' }),
    ).toEqual({
      name: true,
      phone: true,
    });
  });
});

describe('discountNeedsApproval', () => {
  it.each([
    [5_000, 1_000, 5_000, false],
    [5_001, 1_000, 5_000, true],
    [8_000, 8_000, 5_000, false],
    [7_000, 8_000, 5_000, false],
    [9_000, 8_000, 5_000, true],
    [100, 0, 0, true],
    [0, 0, 0, false],
  ])('¥%i off (agreed %i, limit %i): %s', (discountFen, agreedFen, limitFen, needed) => {
    expect(discountNeedsApproval(discountFen, { agreedFen, limitFen })).toBe(needed);
  });
});

describe('the repair warranty at pickup', () => {
  it('goes with a repair handed back repaired, when the shop gives one', () => {
    expect(carriesRepairWarranty({ serviceType: 'repair', state: 'ready' }, 90)).toBe(true);
    expect(carriesRepairWarranty({ serviceType: 'repair', state: 'returned-unrepaired' }, 90)).toBe(false);
    expect(carriesRepairWarranty({ serviceType: 'installation', state: 'ready' }, 90)).toBe(false);
    expect(carriesRepairWarranty({ serviceType: 'repair', state: 'ready' }, 0)).toBe(false);
  });
  it('counts from the pickup day in the shop, that day being the first', () => {
    // 01:30 on 2 December in Shanghai is still 1 December in UTC.
    expect(repairWarrantyEnd(new Date('2026-12-01T17:30:00Z'), 90, 'Asia/Shanghai')).toBe('2027-03-01');
    expect(repairWarrantyEnd(new Date('2026-12-01T17:30:00Z'), 90, 'UTC')).toBe('2027-02-28');
    expect(repairWarrantyEnd(new Date('2026-12-01T04:00:00Z'), 1, 'Asia/Shanghai')).toBe('2026-12-01');
  });
});

describe('daysOnShelf', () => {
  it('counts whole days of the shop’s calendar', () => {
    const shelved = new Date('2026-11-30T15:30:00Z'); // 23:30 on the 30th in Shanghai
    expect(daysOnShelf(shelved, new Date('2026-11-30T15:45:00Z'), 'Asia/Shanghai')).toBe(0);
    expect(daysOnShelf(shelved, new Date('2026-11-30T16:15:00Z'), 'Asia/Shanghai')).toBe(1);
    expect(daysOnShelf(shelved, new Date('2027-02-28T02:00:00Z'), 'Asia/Shanghai')).toBe(90);
  });
});

describe('fillMessage', () => {
  const values = {
    customer: '王芳',
    number: '20261202-0001',
    amount: '¥700.00',
    shop: '华东家电',
    hours: '9:00–18:00',
  };
  it('fills the names it knows and leaves a misspelt one as written', () => {
    expect(fillMessage('{{customer}}您好，{{ number }}应付{{amount}}，{{shop}}（{{hours}}）', values)).toBe(
      '王芳您好，20261202-0001应付¥700.00，华东家电（9:00–18:00）',
    );
    expect(fillMessage('Dear {{custome}}', values)).toBe('Dear {{custome}}');
    expect(unknownMessageVariables('Dear {{custome}}, {{number}} {{Amount}}')).toEqual(['custome', 'Amount']);
  });
});

describe('unclaimedBefore', () => {
  it.each([
    // 90 days: on 2027-02-24 (Shanghai) a device shelved on 2026-11-26 or before is unclaimed.
    ['2027-02-24T03:00:00.000Z', 90, 'Asia/Shanghai', '2026-11-26T16:00:00.000Z'],
    ['2027-02-23T15:59:59.000Z', 90, 'Asia/Shanghai', '2026-11-25T16:00:00.000Z'],
    ['2026-12-02T08:00:00.000Z', 1, 'Asia/Shanghai', '2026-12-01T16:00:00.000Z'],
    // Across a daylight-saving change the day still starts at local midnight.
    ['2026-11-10T12:00:00.000Z', 10, 'Europe/London', '2026-11-01T00:00:00.000Z'],
    ['2026-04-05T12:00:00.000Z', 10, 'Europe/London', '2026-03-27T00:00:00.000Z'],
    ['2026-04-10T12:00:00.000Z', 10, 'Europe/London', '2026-03-31T23:00:00.000Z'],
  ])('at %s after %i days in %s: shelved before %s', (now, days, zone, expected) => {
    expect(unclaimedBefore(new Date(now), days, zone).toISOString()).toBe(expected);
  });
  it('agrees with the days counted on the shelf', () => {
    const now = new Date('2027-02-24T03:00:00.000Z');
    const cutoff = unclaimedBefore(now, 90, 'Asia/Shanghai');
    expect(daysOnShelf(new Date(cutoff.getTime() - 1), now, 'Asia/Shanghai')).toBe(90);
    expect(daysOnShelf(cutoff, now, 'Asia/Shanghai')).toBe(89);
  });
});

describe('readShelfFind', () => {
  it.each([
    ['', { kind: 'everything' }],
    ['   ', { kind: 'everything' }],
    ['王 芳', { kind: 'name', text: '王芳' }],
    ['Mary Brown', { kind: 'name', text: 'marybrown' }],
    ['138 1234', { kind: 'digits', digits: '1381234' }],
    ['+86 138-1234-5678', { kind: 'digits', digits: '13812345678' }],
    ['２０２６１１２５－０００７', { kind: 'digits', digits: '202611250007' }],
    ['20261125-0007', { kind: 'digits', digits: '202611250007' }],
    ['7', { kind: 'digits', digits: '7' }],
  ])('%j', (typed, expected) => {
    expect(readShelfFind(typed)).toEqual(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from './calendar';
import {
  formatTicketNumber,
  isTicketNumberEntry,
  looksLikeTicketNumber,
  MAX_TICKET_SEQUENCE,
  parseTicketNumber,
} from './ticket-number';

describe('formatTicketNumber', () => {
  it.each([
    ['2026-11-25', 7, '20261125-0007'],
    ['2026-11-25', 1, '20261125-0001'],
    ['2026-01-02', 9_999, '20260102-9999'],
    ['2026-11-25', 10_000, '20261125-10000'],
    ['2026-11-25', 123_456, '20261125-123456'],
  ])('%s, ticket %i → %s', (day, sequence, number) => {
    expect(formatTicketNumber(day, sequence)).toBe(number);
  });

  it.each([
    ['2026-11-25', 0],
    ['2026-11-25', -1],
    ['2026-11-25', 1.5],
    ['2026-11-25', MAX_TICKET_SEQUENCE + 1],
    ['2026-02-30', 1],
    ['20261125', 1],
  ])('refuses %s, ticket %s', (day, sequence) => {
    expect(() => formatTicketNumber(day, sequence)).toThrow(RangeError);
  });

  it('numbers in the same day sort in the order they were given, up to 9999', () => {
    const numbers = [1, 2, 10, 100, 999, 9_999].map((sequence) => formatTicketNumber('2026-11-25', sequence));
    expect([...numbers].sort()).toEqual(numbers);
  });
});

describe('parseTicketNumber', () => {
  it.each([
    ['20261125-0007', { day: '2026-11-25', sequence: 7 }],
    ['20261125 0007', { day: '2026-11-25', sequence: 7 }],
    ['202611250007', { day: '2026-11-25', sequence: 7 }],
    ['  20261125-0007  ', { day: '2026-11-25', sequence: 7 }],
    ['２０２６１１２５－０００７', { day: '2026-11-25', sequence: 7 }],
    ['20261125—0007', { day: '2026-11-25', sequence: 7 }],
    ['20261125 - 0007', { day: '2026-11-25', sequence: 7 }],
    ['20261125-10000', { day: '2026-11-25', sequence: 10_000 }],
    ['2026112510000', { day: '2026-11-25', sequence: 10_000 }],
    ['20240229-0001', { day: '2024-02-29', sequence: 1 }],
  ])('%j → %j', (text, parsed) => {
    expect(parseTicketNumber(text)).toEqual(parsed);
  });

  it.each([
    ['', 'empty'],
    ['20261125-0000', 'sequence 0'],
    ['20260230-0001', 'no 30 February'],
    ['20261325-0001', 'no 13th month'],
    ['20261125-007', 'three-digit sequence'],
    ['20261125-00007', 'a wide sequence with a leading zero'],
    ['20261125-1234567', 'more tickets than a day can have'],
    ['20261125--0007', 'two separators'],
    ['20261125', 'a day alone'],
    ['2026-11-25-0007', 'a dashed date'],
    ['T20261125-0007', 'a prefix'],
    ['13812345678', 'a mobile number'],
    ['110105194912310021', 'an ID card number'],
  ])('%j → null (%s)', (text) => {
    expect(parseTicketNumber(text)).toBeNull();
  });

  it('reads back every number it writes', () => {
    const days = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((moment) => localDate(moment, 'UTC'));
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: MAX_TICKET_SEQUENCE }), (day, sequence) => {
        const number = formatTicketNumber(day, sequence);
        expect(parseTicketNumber(number)).toEqual({ day, sequence });
        expect(parseTicketNumber(number.replace('-', ''))).toEqual({ day, sequence });
      }),
    );
  });
});

describe('isTicketNumberEntry', () => {
  it.each([
    ['20261125-', true],
    ['20261125-0', true],
    ['20261125－00', true],
    ['20261125-0007', true],
    ['202611250007', true],
    ['20261125', false],
    ['20261345-0', false],
    ['13812345678', false],
    ['138-1234-5678', false],
    ['010-66778899', false],
  ])('%s: %s', (text, entry) => {
    expect(isTicketNumberEntry(text)).toBe(entry);
  });
});

describe('looksLikeTicketNumber', () => {
  it.each([
    ['20261125-0007', true],
    ['202611250007', true],
    ['１３８１２３４５６７８', false],
    ['5678', false],
    ['张三', false],
    ['20261125', false],
  ])('%j → %s', (text, ticket) => {
    expect(looksLikeTicketNumber(text)).toBe(ticket);
  });

  it('takes no mainland mobile number for a ticket number', () => {
    const mobiles = fc.stringMatching(/^1[3-9]\d{9}$/u);
    fc.assert(
      fc.property(mobiles, (mobile) => {
        expect(looksLikeTicketNumber(mobile)).toBe(false);
      }),
    );
  });
});

import { normalizeText } from './text';

/** Fewest digits that search phone numbers: fewer would match half the customers. */
export const MIN_PHONE_DIGITS = 4;

export type CustomerQuery =
  | { kind: 'empty' }
  | { kind: 'phone'; digits: string }
  /** The number ends with these (four) digits. */
  | { kind: 'phone-suffix'; digits: string }
  /** The whole number, nothing more or less. */
  | { kind: 'phone-whole'; digits: string }
  | { kind: 'too-few-digits'; digits: string }
  | { kind: 'text'; text: string };

/**
 * Mainland numbers are indexed by their national digits, so `+86 138…`, `0086 138…` and a
 * pasted `8613812345678` find the same customer as `138…`.
 */
function withoutChinaCode(text: string, digits: string): string {
  if (text.startsWith('+86')) return digits.slice(2);
  if (digits.startsWith('0086')) return digits.slice(4);
  if (/^861\d{10}$/u.test(digits)) return digits.slice(2);
  return digits;
}

/**
 * Decides what a search box entry means: digits (with spaces, dashes, `+`) search phone
 * numbers once there are at least four; anything else searches names, width- and case-folded.
 */
export function classifyCustomerQuery(raw: string): CustomerQuery {
  const text = normalizeText(raw);
  if (text === '') return { kind: 'empty' };
  if (/^[+\d(][\d\s\-()]*$/u.test(text)) {
    const digits = withoutChinaCode(text, text.replace(/\D/gu, ''));
    return digits.length >= MIN_PHONE_DIGITS ? { kind: 'phone', digits } : { kind: 'too-few-digits', digits };
  }
  return { kind: 'text', text };
}

/**
 * For roles that see phones masked (`138****5678`), a phone search must not uncover the hidden
 * digits one guess at a time. They search by the last four digits (shown anyway) or by a
 * whole number they already know; any other fragment matches only a whole number.
 */
export function queryForMaskedPhones(query: CustomerQuery): CustomerQuery {
  if (query.kind !== 'phone') return query;
  return query.digits.length === MIN_PHONE_DIGITS
    ? { kind: 'phone-suffix', digits: query.digits }
    : { kind: 'phone-whole', digits: query.digits };
}

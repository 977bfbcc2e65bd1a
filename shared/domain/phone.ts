import { parsePhoneNumberWithError, ParseError, type PhoneNumber } from 'libphonenumber-js/max';
import { can, type Role } from './roles';
import { normalizeText } from './text';

/** The region assumed for numbers typed without a `+` country code. */
export const HOME_REGION = 'CN';

export type PhoneKind = 'mobile' | 'landline' | 'international';

/** A phone number as FrontDesk stores it. */
export interface NormalizedPhone {
  /** E.164, the stored form: `+8613812345678`. */
  e164: string;
  kind: PhoneKind;
}

function parse(raw: string): PhoneNumber | undefined {
  const text = normalizeText(raw);
  if (!/^[+\d(][\d\s\-()]*$/u.test(text)) return undefined;
  try {
    return parsePhoneNumberWithError(text, HOME_REGION);
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

/**
 * Reads a phone number as typed at the counter: a mainland mobile (`138 1234 5678`),
 * a landline with its area code (`010-12345678`, `0755 8888 6666`) or an international
 * number (`+44 7911 123456`). Full-width digits are accepted. Returns undefined if it is
 * not a valid number.
 */
export function normalizePhone(raw: string): NormalizedPhone | undefined {
  const phone = parse(raw);
  if (!phone || !phone.isValid()) return undefined;
  if (phone.country !== HOME_REGION) return { e164: phone.number, kind: 'international' };
  const type = phone.getType();
  if (type === 'MOBILE') return { e164: phone.number, kind: 'mobile' };
  if (type === 'FIXED_LINE') return { e164: phone.number, kind: 'landline' };
  return undefined;
}

export function isValidPhone(raw: string): boolean {
  return normalizePhone(raw) !== undefined;
}

/** The digits a person would type to find this number: national form at home, with country code abroad. */
export function phoneDigits(e164: string): string {
  const phone = parse(e164);
  if (!phone) return e164.replace(/\D/gu, '');
  if (phone.country === HOME_REGION) return phone.formatNational().replace(/\D/gu, '');
  return phone.number.replace(/\D/gu, '');
}

/** The full number for people allowed to see it: `138 1234 5678`, `010 1234 5678`, `+44 7911 123456`. */
export function formatPhone(e164: string): string {
  return describePhone(e164).formatted;
}

/**
 * The number as customer copies, lists and exports show it: the first three and last four
 * digits kept (`138****5678`), never more than four digits in a row beyond the prefix.
 */
export function maskPhone(e164: string): string {
  return describePhone(e164).masked;
}

function maskDigits(prefix: string, national: string): string {
  if (national.length <= 4) return prefix + '*'.repeat(national.length);
  if (national.length < 8)
    return `${prefix}${national.slice(0, 1)}${'*'.repeat(national.length - 3)}${national.slice(-2)}`;
  return `${prefix}${national.slice(0, 3)}****${national.slice(-4)}`;
}

/**
 * The one rule for who sees a customer's whole number: the roles that call customers back see it
 * in full, everyone else masked, on every screen. Null where this role sees only the mask.
 */
export function phoneForRole(role: Role, e164: string): string | null {
  return can(role, 'phone-view-full') ? formatPhone(e164) : null;
}

/** The number as this role sees it on screen: in full, or masked. */
export function shownPhone(role: Role, e164: string): string {
  return phoneForRole(role, e164) ?? maskPhone(e164);
}

/** How a stored number is shown: in full, masked, and what kind it is. */
export interface PhoneDisplay {
  formatted: string;
  masked: string;
  kind: PhoneKind;
}

/**
 * The mainland mobile ranges in which every number reads `138 1234 5678` and is a mobile, as the
 * full parser says (phone.test.ts checks the two agree): most customers' numbers, read without
 * the parser's cost.
 */
const plainMobile = /^\+86(1(?:3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9]))(\d{4})(\d{4})$/u;

/**
 * Everything a list row needs about a stored (E.164) number from one parse: lists show a
 * hundred rows at a time, and parsing is the costly part.
 */
export function describePhone(e164: string): PhoneDisplay {
  const mobile = plainMobile.exec(e164);
  if (mobile) {
    const [, head = '', middle = '', tail = ''] = mobile;
    return { formatted: `${head} ${middle} ${tail}`, masked: `${head}****${tail}`, kind: 'mobile' };
  }
  let described = parsedNumbers.get(e164);
  if (!described) {
    if (parsedNumbers.size >= PARSED_KEPT) parsedNumbers.clear();
    described = parsedPhone(e164);
    parsedNumbers.set(e164, described);
  }
  return described;
}

/**
 * The other numbers (landlines, other countries) as last parsed: a list shown again, or paged
 * on, parses none of them twice. A few pages' worth, forgotten all at once when full.
 */
const PARSED_KEPT = 2000;
const parsedNumbers = new Map<string, Readonly<PhoneDisplay>>();

/** How the full parser reads a number: the reference the mobile fast path is checked against. */
export function parsedPhone(e164: string): PhoneDisplay {
  const phone = parse(e164);
  if (!phone) return { formatted: e164, masked: maskDigits('', e164.replace(/\D/gu, '')), kind: 'international' };
  if (phone.country !== HOME_REGION) {
    return {
      formatted: phone.formatInternational(),
      masked: maskDigits(`+${phone.countryCallingCode} `, phone.nationalNumber),
      kind: 'international',
    };
  }
  const national = phone.formatNational();
  return {
    formatted: national,
    masked: maskDigits('', national.replace(/\D/gu, '')),
    kind: phone.getType() === 'MOBILE' ? 'mobile' : 'landline',
  };
}

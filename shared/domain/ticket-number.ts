import { isIsoDate, type IsoDate } from './calendar';
import { normalizeText } from './text';

/**
 * Most tickets one day can number. Far beyond any counter, and it keeps longer digit strings —
 * an 18-digit ID card number, whose first eight digits can read as a date — from being taken
 * for ticket numbers by the search.
 */
export const MAX_TICKET_SEQUENCE = 999_999;

/** Four digits for the first 9,999 tickets of a day, so numbers line up in lists and on receipts. */
const SEQUENCE_DIGITS = 4;

/**
 * A day's digits, one separator at most (a hyphen or dash of any width, or spaces), and a
 * sequence of four digits or a wider one without leading zeros: the forms `formatTicketNumber`
 * writes, as a person might type them back.
 */
const ticketNumberPattern = /^(\d{4})(\d{2})(\d{2})(?:\s*[-‐‑‒–—―−]\s*|\s+)?(\d{4}|[1-9]\d{4,5})$/u;

/** The number of a day's `sequence`-th ticket (from 1): `20261125-0007`, widening past 9999 (`20261125-10000`). */
export function formatTicketNumber(day: IsoDate, sequence: number): string {
  if (!isIsoDate(day)) throw new RangeError(`Not a calendar date: ${day}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_TICKET_SEQUENCE) {
    throw new RangeError(`Ticket sequence must be a whole number from 1 to ${MAX_TICKET_SEQUENCE}: ${sequence}`);
  }
  return `${day.replaceAll('-', '')}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * Reads a ticket number as typed or scanned: `20261125-0007`, `20261125 0007`, `202611250007`,
 * full-width digits, spaces around it. Null if the date is impossible, the sequence is 0, or it
 * is not a ticket number at all.
 */
export function parseTicketNumber(text: string): { day: IsoDate; sequence: number } | null {
  const match = ticketNumberPattern.exec(normalizeText(text));
  if (!match) return null;
  const [, year, month, dayOfMonth, digits] = match;
  const day = `${year}-${month}-${dayOfMonth}`;
  const sequence = Number(digits);
  if (!isIsoDate(day) || sequence < 1) return null;
  return { day, sequence };
}

/** Whether a search entry is a ticket number, so the greet search opens the ticket rather than looking for a customer. */
export function looksLikeTicketNumber(text: string): boolean {
  return parseTicketNumber(text) !== null;
}

/**
 * Whether a search entry is a ticket number on its way, typed as printed: a real day and the
 * dash (`20261125-`, `20261125-00`), or a whole number. No phone number is written like that,
 * so such an entry looks only for tickets and serials.
 */
export function isTicketNumberEntry(text: string): boolean {
  if (looksLikeTicketNumber(text)) return true;
  const match = /^(\d{4})(\d{2})(\d{2})\s*[-‐‑‒–—―−]\s*\d{0,6}$/u.exec(normalizeText(text));
  return match !== null && isIsoDate(`${match[1]}-${match[2]}-${match[3]}`);
}

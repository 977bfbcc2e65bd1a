/**
 * Serial numbers and IMEIs as typed or scanned: full-width characters folded, letters upper
 * case, spaces, dashes, dots and slashes dropped (stickers print them in many ways).
 */
export function foldSerial(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-./_]/gu, '');
}

/** Serials search from either end: the last digits of an IMEI are what people read out. */
export function reverseText(text: string): string {
  return [...text].reverse().join('');
}

/** Enough characters to look a serial up by its start or end without a flood of matches. */
export const MIN_SERIAL_QUERY = 4;

/**
 * Times and dates as typed at the counter, tidied into the form the settings store: a shop
 * thinks in 24-hour `HH:mm` and `YYYY-MM-DD` whatever the computer's locale, so the editors
 * take plain text and accept the common ways of writing them. Anything else is returned as
 * typed, for the schema to refuse beside the field.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** `9:00`, `0900`, `9.30`, `9：30` (full width), `9` → `09:00`, `09:30`…; `25:00` stays as typed. */
export function normalizeTime(text: string): string {
  const folded = text.normalize('NFKC').trim().replace(/[.。]/gu, ':');
  const match =
    /^(\d{1,2}):(\d{2})$/u.exec(folded) ?? /^(\d{2})(\d{2})$/u.exec(folded) ?? /^(\d{1,2})()$/u.exec(folded);
  if (!match) return text.trim();
  const hour = Number(match[1]);
  const minute = Number(match[2] || 0);
  if (hour > 23 || minute > 59) return text.trim();
  return `${pad(hour)}:${pad(minute)}`;
}

/** `2027-2-5`, `2027/2/5`, `2027.02.05`, `20270205`, `2027年2月5日` → `2027-02-05`; other text as typed. */
export function normalizeDate(text: string): string {
  const folded = text.normalize('NFKC').trim();
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(folded) ??
    /^(\d{4})(\d{2})(\d{2})$/u.exec(folded);
  if (!match) return text.trim();
  return `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
}

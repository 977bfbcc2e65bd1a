import { stringify } from 'csv-stringify/sync';

/** A cell of an export: text as it is, a number as a number, nothing as an empty cell. */
export type Cell = string | number | null;

/** What a spreadsheet would read as a formula (or DDE) at the start of a cell: = + - @, a tab, a carriage return. */
const formulaStart = /^[=+\-@\t\r]/u;

/**
 * Text that a spreadsheet would run as a formula, made inert by a leading apostrophe (OWASP's
 * advice for CSV injection): a customer's name typed as `=HYPERLINK(…)` stays that text.
 * Numbers are left as they are: a refund of −50 is a number, not a formula.
 */
export function inertCell(cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'number') return cell;
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as CSV for other tools, as Excel and WPS read it best: UTF-8 with a byte order mark (so
 * Chinese opens intact), CRLF between records, RFC 4180 quoting (a field with a comma, a quote
 * or any line break in quotes, quotes doubled), formula-like text made inert.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => row.map(inertCell)),
    { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/u },
  );
}

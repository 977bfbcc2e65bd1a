import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { localDateTime } from '../../../shared/domain/calendar';
import type { Cell } from './csv';

/**
 * Spreadsheets (XLSX) as a manager opens them in Excel or WPS: the shop's name and the period in
 * the title rows, one frozen header row with a filter, columns wide enough for what they hold,
 * money as numbers shown in yuan, dates and times as real dates on the shop's wall clock.
 */

/** What a column holds, which decides how its cells are written and shown. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'money' | 'datetime' | 'date' | 'percent';

export interface Column {
  header: string;
  /** `by-row`: each row says its own (`SheetSpec.rowKinds`), for a table of figures of different kinds. */
  kind: ColumnKind | 'by-row';
  /** In characters; else worked out from the header and the cells. */
  width?: number;
  /** Free text (a description, a note): on paper it wraps rather than widening the table. */
  freeText?: boolean;
}

export interface SheetSpec {
  /** The tab's name (at most 31 characters; none of : \ / ? * [ ]). */
  name: string;
  /** Lines above the table: the first is the shop's name, in bold. */
  title: readonly string[];
  columns: readonly Column[];
  /**
   * Cells by column kind: money in fen, a date-time as an ISO instant, a date as YYYY-MM-DD,
   * a percent as a share (0.25 for 25 %); null for an empty cell.
   */
  rows: readonly (readonly Cell[])[];
  /** The kind of each row's `by-row` cells. */
  rowKinds?: readonly ColumnKind[];
}

/** A cell's kind: its column's, or its row's in a `by-row` column. */
export function kindOfCell(sheet: Pick<SheetSpec, 'columns' | 'rowKinds'>, row: number, column: number): ColumnKind {
  const kind = sheet.columns[column]?.kind ?? 'text';
  return kind === 'by-row' ? (sheet.rowKinds?.[row] ?? 'text') : kind;
}

export interface WorkbookSpec {
  /** The shop's zone: every time is written as its wall clock there. */
  timeZone: string;
  creator: string;
  sheets: readonly SheetSpec[];
}

const formats: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '0',
  decimal: '0.0',
  money: '"¥"#,##0.00;-"¥"#,##0.00',
  datetime: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
  percent: '0.0%',
};

/**
 * A moment as a spreadsheet date: spreadsheets have no zones, so the date carries the shop's
 * wall-clock reading (written as if it were UTC, which is how exceljs stores dates).
 */
function wallClock(iso: string, timeZone: string): Date {
  const [date = '', time = '00:00'] = localDateTime(new Date(iso), timeZone).split(' ');
  return new Date(`${date}T${time}:00Z`);
}

function cellValue(cell: Cell, kind: ColumnKind, timeZone: string): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  switch (kind) {
    case 'money':
      return typeof cell === 'number' ? cell / 100 : cell;
    case 'datetime':
      return typeof cell === 'string' && !Number.isNaN(Date.parse(cell)) ? wallClock(cell, timeZone) : cell;
    case 'date':
      return typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell;
    default:
      return cell;
  }
}

/** How wide text reads: a Chinese character takes about two Latin ones. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
      character,
    )
      ? 2
      : 1;
  return width;
}

const shownWidth: Record<ColumnKind | 'by-row', number> = {
  text: 0,
  integer: 8,
  decimal: 8,
  money: 12,
  datetime: 17,
  date: 11,
  percent: 8,
  'by-row': 14,
};

function columnWidth(column: Column, index: number, rows: readonly (readonly Cell[])[]): number {
  if (column.width) return column.width;
  let widest = Math.max(displayWidth(column.header) + 4, shownWidth[column.kind]);
  if (column.kind === 'text')
    // The first thousand rows are enough to size a column.
    for (const row of rows.slice(0, 1000)) {
      const cell = row[index];
      if (typeof cell === 'string') widest = Math.max(widest, displayWidth(cell) + 2);
    }
  return Math.min(widest, 60);
}

/** The streaming writer's sheet: rows are written out as they are committed, so a month's log never sits whole in the model. */
type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

function addSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetSpec, timeZone: string): void {
  const headerRow = sheet.title.length + 2;
  const worksheet: SheetWriter = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  worksheet.columns = sheet.columns.map((column, index) => ({
    width: columnWidth(column, index, sheet.rows),
    style: column.kind !== 'by-row' && formats[column.kind] ? { numFmt: formats[column.kind] } : {},
  }));
  worksheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + sheet.rows.length, column: Math.max(sheet.columns.length, 1) },
  };
  sheet.title.forEach((line, index) => {
    const row = worksheet.getRow(index + 1);
    row.getCell(1).value = line;
    row.getCell(1).font = index === 0 ? { bold: true, size: 14 } : { size: 11 };
    row.getCell(1).numFmt = '@';
    row.commit();
  });
  const header = worksheet.getRow(headerRow);
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.numFmt = '@';
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } } };
  });
  header.commit();
  sheet.rows.forEach((cells, rowIndex) => {
    const row = worksheet.getRow(headerRow + 1 + rowIndex);
    sheet.columns.forEach((column, index) => {
      const kind = kindOfCell(sheet, rowIndex, index);
      const cell = row.getCell(index + 1);
      cell.value = cellValue(cells[index] ?? null, kind, timeZone);
      const format = formats[kind];
      if (column.kind === 'by-row' && format) cell.numFmt = format;
    });
    row.commit();
  });
  worksheet.commit();
}

/** The workbook as XLSX bytes, written through exceljs's streaming writer (strings shared, as Excel writes them). */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  book.creator = spec.creator;
  for (const sheet of spec.sheets) addSheet(book, sheet, spec.timeZone);
  await book.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

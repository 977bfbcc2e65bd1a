import { localDateTime } from '../../../shared/domain/calendar';
import type { Cell } from './csv';
import { kindOfCell, type SheetSpec } from './xlsx';

/** A share or a decimal as every written report shows it: 25.0%, 1.5. */
export function figureText(kind: 'percent' | 'decimal', value: number): string {
  return kind === 'percent' ? `${(value * 100).toFixed(1)}%` : value.toFixed(1);
}

/**
 * A typed table as the rows of a CSV file (a header, then the rows): money in yuan, shares as
 * percentages, times on the shop's wall clock, all as text another tool reads without guessing.
 */
export function tableAsText(table: Pick<SheetSpec, 'columns' | 'rows' | 'rowKinds'>, timeZone: string): Cell[][] {
  return [
    table.columns.map((column) => column.header),
    ...table.rows.map((row, rowIndex) =>
      row.map((cell, index): Cell => {
        if (cell === null) return null;
        const kind = kindOfCell(table, rowIndex, index);
        if (kind === 'money' && typeof cell === 'number') return (cell / 100).toFixed(2);
        if ((kind === 'percent' || kind === 'decimal') && typeof cell === 'number') return figureText(kind, cell);
        if (kind === 'datetime' && typeof cell === 'string') return localDateTime(new Date(cell), timeZone);
        return cell;
      }),
    ),
  ];
}

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test-utils';
import { giveElementsSize } from './test-layout';
import { VirtualTable, type VirtualTableProps } from './VirtualTable';

interface Part {
  code: string;
  late: boolean;
}

const column = createColumnHelper<Part>();
const columns: ColumnDef<Part, unknown>[] = [
  column.display({ id: 'code', header: () => 'Code', cell: ({ row }) => row.original.code, size: 120 }),
  column.display({ id: 'note', header: () => 'Note', cell: ({ row }) => (row.original.late ? 'late' : ''), size: 200 }),
  column.display({ id: 'remark', header: () => 'Remark', cell: () => '', size: 100 }),
];

/** 1,000 parts, of which only the first 150 have arrived from the server. */
const loaded = new Map(
  Array.from({ length: 150 }, (_, index) => [index, { code: `P${index}`, late: index % 10 === 3 }] as const),
);

function renderTable(props: Partial<VirtualTableProps<Part, 'code' | 'note'>> = {}) {
  const handlers = { onSortChange: vi.fn(), onOpen: vi.fn(), onVisibleChange: vi.fn() };
  renderWithApp(
    <VirtualTable<Part, 'code' | 'note'>
      aria-label="Parts"
      columns={columns}
      sortColumns={['code']}
      fixedWidthColumns={new Set(['code'])}
      total={1000}
      loaded={loaded}
      sort="code"
      direction="asc"
      filterKey=""
      rowAttributes={(part) => (part.late ? { 'data-late': 'true' } : {})}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

const row = (rowIndex: number) => document.querySelector<HTMLElement>(`[aria-rowindex="${rowIndex}"]`);

describe('VirtualTable', () => {
  let restoreLayout: () => void;
  beforeAll(() => {
    // Ten 44-pixel rows fit.
    restoreLayout = giveElementsSize({ width: 800, height: 440 });
  });
  afterAll(() => restoreLayout());

  it('renders only the rows on screen, with the row hook’s attributes', async () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Parts' });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    expect(screen.getAllByRole('row').length).toBeLessThan(40);
    expect(screen.getByRole('row', { name: /P3 late/ })).toHaveAttribute('data-late', 'true');
    expect(screen.getByRole('row', { name: /^P4/ })).not.toHaveAttribute('data-late');
  });

  it('moves through rows with the keyboard and opens one with Enter', async () => {
    const { onOpen } = renderTable();
    screen.getByRole('row', { name: /^P0/ }).focus();
    // Focus follows on the next frame, once the row is scrolled into view.
    const press = async (key: string, rowIndex: number) => {
      await userEvent.keyboard(key);
      await vi.waitFor(() => expect(row(rowIndex)).toHaveFocus());
    };
    await press('{ArrowDown}', 3);
    await press('{ArrowDown}', 4);
    await press('{ArrowUp}', 3);
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith({ code: 'P1', late: false });

    // A page is the rows that fit (ten), less one kept in view for context.
    await press('{PageDown}', 3 + 9);
    await press('{PageUp}', 3);
    await press('{PageDown}', 12);
    // (End needs real scrolling, which jsdom does not do: the 100k-row end-to-end test covers it.)
    await press('{Home}', 2);
    await press('{ArrowUp}', 2);
  });

  it('opens nothing for a row that has not loaded yet', async () => {
    const { onOpen } = renderTable({ loaded: new Map() });
    const placeholder = row(2);
    placeholder?.focus();
    await userEvent.keyboard('{Enter}');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('sorts a column in its first direction when chosen, then turns it round; other columns do not sort', async () => {
    const { onSortChange } = renderTable({ sortColumns: ['code', 'note'], firstDirection: () => 'desc' });
    expect(screen.getByRole('columnheader', { name: 'Code' })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: 'Note' }));
    expect(onSortChange).toHaveBeenLastCalledWith('note', 'desc');
    await userEvent.click(screen.getByRole('button', { name: 'Code' }));
    expect(onSortChange).toHaveBeenLastCalledWith('code', 'desc');
    expect(screen.queryByRole('button', { name: 'Remark' })).toBeNull();
  });
});

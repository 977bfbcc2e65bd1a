import { Box, Skeleton, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { VisibleRange } from './use-paged-rows';
import classes from './VirtualTable.module.css';

export type SortDirection = 'asc' | 'desc';

/** Extra attributes of one row: a class and `data-*` flags a feature styles (an overdue ticket, say). */
export type RowAttributes = { className?: string } & { [flag: `data-${string}`]: string | undefined };

export interface VirtualTableProps<Row, Sort extends string> {
  /** The table's accessible name. */
  'aria-label': string;
  /** Display columns: each reads what it shows from the row. A column sorts if its id is in `sortColumns`. */
  columns: ColumnDef<Row, unknown>[];
  /** The columns the server can sort by. */
  sortColumns: readonly Sort[];
  /** Columns kept at their exact width (numbers, phones, times are never cut short); the others share the rest. */
  fixedWidthColumns: ReadonlySet<string>;
  total: number;
  loaded: ReadonlyMap<number, Row>;
  sort: Sort;
  direction: SortDirection;
  /** The filter in force, as one string: a new filter or order starts again at the top. */
  filterKey: string;
  onSortChange(sort: Sort, direction: SortDirection): void;
  onVisibleChange(range: VisibleRange): void;
  onOpen(row: Row): void;
  /** The direction a column sorts in when first chosen (newest or most urgent first, say); ascending if not given. */
  firstDirection?(sort: Sort): SortDirection;
  /** Attributes of a loaded row, for highlights that depend on it. */
  rowAttributes?(row: Row): RowAttributes;
  /** Pixels; rows holding two lines of text need more than the default 44. */
  rowHeight?: number;
  /** Space left and right of each cell's content, in pixels (default 12): a table with many columns needs less. */
  cellPadding?: number;
}

/**
 * A whole list in one scrolling table: rows are virtualised and loaded in blocks, columns sort on
 * the server, and the keyboard moves through rows (↑ ↓ PgUp PgDn Home End, Enter opens).
 */
export function VirtualTable<Row, Sort extends string>({
  'aria-label': label,
  columns,
  sortColumns,
  fixedWidthColumns,
  total,
  loaded,
  sort,
  direction,
  filterKey,
  onSortChange,
  onVisibleChange,
  onOpen,
  firstDirection = () => 'asc',
  rowAttributes,
  rowHeight = 44,
  cellPadding,
}: VirtualTableProps<Row, Sort>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  // The app does not use React Compiler, so the virtualiser's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const first = items[0]?.index ?? 0;
      const last = items[items.length - 1]?.index ?? 0;
      onVisibleChange({ first, last });
    },
  });
  // A new result starts at its first row, not wherever the previous one was scrolled to.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
    setActiveIndex(0);
  }, [filterKey, sort, direction, virtualizer]);
  const virtualRows = virtualizer.getVirtualItems();
  // The loaded rows on screen, and where each stands in the whole result.
  const { data, indices } = useMemo(() => {
    const shown = virtualRows.flatMap((item) => {
      const row = loaded.get(item.index);
      return row === undefined ? [] : [{ row, index: item.index }];
    });
    return { data: shown.map((entry) => entry.row), indices: shown.map((entry) => entry.index) };
  }, [virtualRows, loaded]);

  const sorting: SortingState = [{ id: sort, desc: direction === 'desc' }];
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (_row, position) => String(indices[position]),
  });
  const rowsByIndex = new Map(table.getRowModel().rows.map((row) => [indices[row.index], row]));
  const isSortColumn = (id: string): id is Sort => (sortColumns as readonly string[]).includes(id);

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(total - 1, index));
    setActiveIndex(clamped);
    virtualizer.scrollToIndex(clamped);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus());
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(index + (moves[event.key] ?? 0));
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusRow(total - 1);
    } else if (event.key === 'Enter') {
      const row = loaded.get(index);
      if (row !== undefined) onOpen(row);
    }
  };

  const gridTemplate = table
    .getVisibleLeafColumns()
    .map((leaf) =>
      fixedWidthColumns.has(leaf.id) ? `${leaf.getSize()}px` : `minmax(${leaf.getSize() * 0.6}px, ${leaf.getSize()}fr)`,
    )
    .join(' ');

  return (
    <Box
      ref={scrollRef}
      className={classes.scroller}
      style={cellPadding === undefined ? undefined : { '--virtual-table-cell-padding': `${cellPadding}px` }}
    >
      <table className={classes.table} aria-rowcount={total + 1} aria-label={label}>
        <thead className={classes.head}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className={classes.row} style={{ gridTemplateColumns: gridTemplate }} aria-rowindex={1}>
              {group.headers.map((header) => {
                const id = header.column.id;
                const sorted = id === sort ? direction : false;
                const headerLabel = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    className={classes.headerCell}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {isSortColumn(id) ? (
                      <UnstyledButton
                        className={classes.sortButton}
                        onClick={() =>
                          onSortChange(id, sort === id ? (direction === 'asc' ? 'desc' : 'asc') : firstDirection(id))
                        }
                      >
                        {headerLabel}
                        {sorted === 'asc' ? (
                          <IconArrowUp size={14} />
                        ) : sorted === 'desc' ? (
                          <IconArrowDown size={14} />
                        ) : (
                          <IconArrowsSort size={14} opacity={0.4} />
                        )}
                      </UnstyledButton>
                    ) : (
                      headerLabel
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((item) => {
            const row = rowsByIndex.get(item.index);
            const { className, ...flags } = row ? (rowAttributes?.(row.original) ?? {}) : {};
            return (
              <tr
                key={item.key}
                {...flags}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={className ? `${classes.row} ${className}` : classes.row}
                tabIndex={item.index === activeIndex ? 0 : -1}
                style={{
                  gridTemplateColumns: gridTemplate,
                  transform: `translateY(${item.start}px)`,
                  height: rowHeight,
                }}
                onClick={() => {
                  const loadedRow = loaded.get(item.index);
                  setActiveIndex(item.index);
                  if (loadedRow !== undefined) onOpen(loadedRow);
                }}
                onFocus={() => setActiveIndex(item.index)}
                onKeyDown={(event) => onRowKeyDown(event, item.index)}
              >
                {row
                  ? row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className={classes.cell}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))
                  : table.getVisibleLeafColumns().map((leaf) => (
                      <td key={leaf.id} className={classes.cell}>
                        <Skeleton height={12} width="70%" />
                      </td>
                    ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Box>
  );
}

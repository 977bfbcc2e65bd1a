import { Box, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { customerSortColumns, type Customer, type CustomerSortColumn } from '../../../shared/contract';
import { formatDateTime } from '../../components/dates';
import classes from './CustomerTable.module.css';

const ROW_HEIGHT = 44;

interface IndexedCustomer extends Customer {
  index: number;
}

export interface CustomerTableProps {
  total: number;
  loaded: Map<number, Customer>;
  sort: CustomerSortColumn;
  direction: 'asc' | 'desc';
  /** The filter in force: a new filter or order starts again at the top. */
  query: string;
  onSortChange(sort: CustomerSortColumn, direction: 'asc' | 'desc'): void;
  onVisibleChange(range: { first: number; last: number }): void;
  onOpen(customer: Customer): void;
}

const column = createColumnHelper<IndexedCustomer>();

/** Phone numbers and timestamps are never cut short; names and addresses give way instead. */
const fixedWidthColumns = new Set(['phone', 'createdAt', 'updatedAt']);

function isSortColumn(id: string): id is CustomerSortColumn {
  return (customerSortColumns as readonly string[]).includes(id);
}

/**
 * Every customer in one scrolling table: rows are virtualised and loaded in blocks, columns
 * sort on the server, and the keyboard moves through rows (↑ ↓ Home End, Enter opens).
 */
export function CustomerTable({
  total,
  loaded,
  sort,
  direction,
  query,
  onSortChange,
  onVisibleChange,
  onOpen,
}: CustomerTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  const columns = useMemo(
    () => [
      column.accessor('name', { header: () => t('customers.columns.name'), size: 200 }),
      column.accessor('phoneMasked', {
        id: 'phone',
        header: () => t('customers.columns.phone'),
        cell: (info) => (
          <Text ff="monospace" size="sm">
            {info.row.original.phone ?? info.getValue()}
          </Text>
        ),
        size: 170,
        enableSorting: false,
      }),
      column.accessor('company', { header: () => t('customers.columns.company'), size: 200, enableSorting: false }),
      column.accessor('address', { header: () => t('customers.columns.address'), size: 260, enableSorting: false }),
      column.accessor('createdAt', {
        header: () => t('customers.columns.createdAt'),
        cell: (info) => formatDateTime(info.getValue()),
        size: 160,
      }),
      column.accessor('updatedAt', {
        header: () => t('customers.columns.updatedAt'),
        cell: (info) => formatDateTime(info.getValue()),
        size: 160,
      }),
    ],
    [t],
  );

  // The app does not use React Compiler, so the virtualiser's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
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
  }, [query, sort, direction, virtualizer]);
  const virtualRows = virtualizer.getVirtualItems();
  const data = useMemo(
    () =>
      virtualRows.flatMap((item) => {
        const customer = loaded.get(item.index);
        return customer ? [{ ...customer, index: item.index }] : [];
      }),
    [virtualRows, loaded],
  );

  const sorting: SortingState = [{ id: sort, desc: direction === 'desc' }];
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.index),
  });
  const rowsByIndex = new Map(table.getRowModel().rows.map((row) => [row.original.index, row]));

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(total - 1, index));
    setActiveIndex(clamped);
    virtualizer.scrollToIndex(clamped);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus());
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
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
      const customer = loaded.get(index);
      if (customer) onOpen(customer);
    }
  };

  const gridTemplate = table
    .getVisibleLeafColumns()
    .map((leaf) =>
      fixedWidthColumns.has(leaf.id) ? `${leaf.getSize()}px` : `minmax(${leaf.getSize() * 0.6}px, ${leaf.getSize()}fr)`,
    )
    .join(' ');

  return (
    <Box ref={scrollRef} className={classes.scroller}>
      <table className={classes.table} aria-rowcount={total + 1} aria-label={t('customers.title')}>
        <thead className={classes.head}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className={classes.row} style={{ gridTemplateColumns: gridTemplate }} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sortable = header.column.getCanSort() && isSortColumn(header.column.id);
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    className={classes.headerCell}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {sortable ? (
                      <UnstyledButton
                        className={classes.sortButton}
                        onClick={() => {
                          const id = header.column.id as CustomerSortColumn;
                          onSortChange(id, sort === id && direction === 'asc' ? 'desc' : 'asc');
                        }}
                      >
                        {label}
                        {sorted === 'asc' ? (
                          <IconArrowUp size={14} />
                        ) : sorted === 'desc' ? (
                          <IconArrowDown size={14} />
                        ) : (
                          <IconArrowsSort size={14} opacity={0.4} />
                        )}
                      </UnstyledButton>
                    ) : (
                      label
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
            return (
              <tr
                key={item.key}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={classes.row}
                tabIndex={item.index === activeIndex ? 0 : -1}
                style={{
                  gridTemplateColumns: gridTemplate,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={() => {
                  const customer = loaded.get(item.index);
                  setActiveIndex(item.index);
                  if (customer) onOpen(customer);
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

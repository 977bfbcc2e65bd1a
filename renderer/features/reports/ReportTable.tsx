import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The most rows a report table draws: a month's log holds thousands, and the export has them all. */
export const SHOWN_ROWS = 200;

export interface ReportColumn<Row> {
  id: string;
  header: string;
  /** What the column sorts by; a column without it does not sort. */
  sortValue?: (row: Row) => number | string | null;
  cell: (row: Row) => React.ReactNode;
  numeric?: boolean;
  /** Kept on one line: numbers, times, amounts. */
  nowrap?: boolean;
}

/**
 * A report's table (TanStack Table): every column that has a value sorts on a click of its header,
 * numbers right-aligned; past `SHOWN_ROWS` the rest are left to the export, and the table says so.
 */
export function ReportTable<Row>({
  label,
  columns,
  rows,
  initialSort,
}: {
  label: string;
  columns: ReportColumn<Row>[];
  rows: Row[];
  initialSort?: SortingState;
}) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSort ?? []);
  const definitions: ColumnDef<Row, unknown>[] = columns.map((column) => ({
    id: column.id,
    header: column.header,
    accessorFn: column.sortValue ?? (() => null),
    enableSorting: Boolean(column.sortValue),
    sortUndefined: 'last',
    cell: (context) => column.cell(context.row.original),
    meta: { numeric: column.numeric ?? false, nowrap: column.nowrap ?? column.numeric ?? false },
  }));
  // The app does not use React Compiler, so the table's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: definitions,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reports.page.none')}
      </Text>
    );
  const shown = table.getRowModel().rows.slice(0, SHOWN_ROWS);
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover withTableBorder verticalSpacing={4} aria-label={label}>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const numeric = (header.column.columnDef.meta as { numeric: boolean }).numeric;
                  const sorted = header.column.getIsSorted();
                  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
                  const title = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <Table.Th
                      key={header.id}
                      ta={numeric ? 'right' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <UnstyledButton
                          onClick={header.column.getToggleSortingHandler()}
                          fw={600}
                          fz="sm"
                          style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
                        >
                          {title}
                          <Icon size={14} aria-hidden opacity={sorted ? 1 : 0.4} />
                        </UnstyledButton>
                      ) : (
                        title
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td
                    key={cell.id}
                    ta={(cell.column.columnDef.meta as { numeric: boolean }).numeric ? 'right' : undefined}
                    style={
                      (cell.column.columnDef.meta as { nowrap: boolean }).nowrap ? { whiteSpace: 'nowrap' } : undefined
                    }
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > SHOWN_ROWS ? (
        <Text size="xs" c="dimmed">
          {t('reports.page.more', { shown: SHOWN_ROWS, total: rows.length })}
        </Text>
      ) : null}
    </>
  );
}

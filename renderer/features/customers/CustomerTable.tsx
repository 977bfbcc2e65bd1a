import { Text } from '@mantine/core';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { customerSortColumns, type Customer, type CustomerSortColumn } from '../../../shared/contract';
import { formatDateTime } from '../../components/dates';
import type { VisibleRange } from '../../components/use-paged-rows';
import { VirtualTable, type SortDirection } from '../../components/VirtualTable';

export interface CustomerTableProps {
  total: number;
  loaded: ReadonlyMap<number, Customer>;
  sort: CustomerSortColumn;
  direction: SortDirection;
  /** The filter in force: a new filter or order starts again at the top. */
  query: string;
  onSortChange(sort: CustomerSortColumn, direction: SortDirection): void;
  onVisibleChange(range: VisibleRange): void;
  onOpen(customer: Customer): void;
}

const column = createColumnHelper<Customer>();

/** Phone numbers and timestamps are never cut short; names and addresses give way instead. */
const fixedWidthColumns = new Set(['phone', 'createdAt', 'updatedAt']);

/** Every customer in one scrolling table (see `VirtualTable`). */
export function CustomerTable({ query, ...table }: CustomerTableProps) {
  const { t } = useTranslation();
  const columns = useMemo<ColumnDef<Customer, unknown>[]>(
    () => [
      column.display({
        id: 'name',
        header: () => t('customers.columns.name'),
        cell: ({ row }) => row.original.name,
        size: 200,
      }),
      column.display({
        id: 'phone',
        header: () => t('customers.columns.phone'),
        cell: ({ row }) => (
          <Text ff="monospace" size="sm">
            {row.original.phone ?? row.original.phoneMasked}
          </Text>
        ),
        size: 170,
      }),
      column.display({
        id: 'company',
        header: () => t('customers.columns.company'),
        cell: ({ row }) => row.original.company,
        size: 200,
      }),
      column.display({
        id: 'address',
        header: () => t('customers.columns.address'),
        cell: ({ row }) => row.original.address,
        size: 260,
      }),
      column.display({
        id: 'createdAt',
        header: () => t('customers.columns.createdAt'),
        cell: ({ row }) => formatDateTime(row.original.createdAt),
        size: 160,
      }),
      column.display({
        id: 'updatedAt',
        header: () => t('customers.columns.updatedAt'),
        cell: ({ row }) => formatDateTime(row.original.updatedAt),
        size: 160,
      }),
    ],
    [t],
  );

  return (
    <VirtualTable
      aria-label={t('customers.title')}
      columns={columns}
      sortColumns={customerSortColumns}
      fixedWidthColumns={fixedWidthColumns}
      filterKey={query}
      {...table}
    />
  );
}

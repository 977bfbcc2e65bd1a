import { Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketSortColumns, type Language, type TicketSortColumn, type TicketSummary } from '../../../shared/contract';
import { isOverdue } from '../../../shared/domain/ticket-states';
import { formatDateTime } from '../../components/dates';
import type { VisibleRange } from '../../components/use-paged-rows';
import { VirtualTable, type SortDirection } from '../../components/VirtualTable';
import { categoryName, faultName, useLanguage, useServiceSettings } from '../../components/service-names';
import { PriorityBadge, StateBadge } from './ticket-badges';
import { formatListTime } from './ticket-dates';
import classes from './TicketTable.module.css';
import { useNow } from './use-now';

export interface TicketTableProps {
  total: number;
  loaded: ReadonlyMap<number, TicketSummary>;
  sort: TicketSortColumn;
  direction: SortDirection;
  /** The search and filters in force, as one string: a new one starts again at the top. */
  filterKey: string;
  onSortChange(sort: TicketSortColumn, direction: SortDirection): void;
  onVisibleChange(range: VisibleRange): void;
  onOpen(ticket: TicketSummary): void;
}

const column = createColumnHelper<TicketSummary>();

/** Ticket numbers, badges, times and staff are never cut short; customers, products and faults give way instead. */
const fixedWidthColumns = new Set([
  'number',
  'state',
  'serviceType',
  'priority',
  'promisedAt',
  'createdAt',
  'technician',
]);

type ColumnId =
  | 'number'
  | 'state'
  | 'serviceType'
  | 'priority'
  | 'customer'
  | 'product'
  | 'fault'
  | 'promisedAt'
  | 'createdAt'
  | 'technician';

/**
 * Column widths in pixels, measured against each language's longest labels: English states and
 * service types take twice the room of Chinese ones, and at 1366 pixels every pixel counts.
 */
const columnWidths: Record<Language, Record<ColumnId, number>> = {
  en: {
    number: 126,
    state: 104,
    serviceType: 104,
    priority: 92,
    customer: 140,
    product: 130,
    fault: 150,
    promisedAt: 104,
    createdAt: 104,
    technician: 116,
  },
  'zh-CN': {
    number: 126,
    state: 96,
    serviceType: 64,
    priority: 80,
    customer: 140,
    product: 140,
    fault: 200,
    promisedAt: 104,
    createdAt: 104,
    technician: 96,
  },
};

/** On the first click: newest and most urgent first, the soonest promise first; the second click turns it round. */
function firstDirection(sort: TicketSortColumn): SortDirection {
  return sort === 'promisedAt' ? 'asc' : 'desc';
}

/** Every ticket of the chosen view in one scrolling table (see `VirtualTable`); overdue rows stand out. */
export function TicketTable({ filterKey, ...table }: TicketTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const visibleTickets = [...table.loaded.values()];
  const now = useNow(visibleTickets.map((ticket) => ticket.promisedAt));

  const columns = useMemo<ColumnDef<TicketSummary, unknown>[]>(() => {
    const size = columnWidths[language];
    return [
      column.display({
        id: 'number',
        header: () => t('tickets.columns.number'),
        cell: ({ row }) => (
          <Text ff="monospace" size="sm" fw={600}>
            {row.original.number}
          </Text>
        ),
        size: size.number,
      }),
      column.display({
        id: 'state',
        header: () => t('tickets.columns.state'),
        cell: ({ row }) => <StateBadge state={row.original.state} multiline />,
        size: size.state,
      }),
      column.display({
        id: 'serviceType',
        header: () => t('tickets.columns.serviceType'),
        cell: ({ row }) => t(`serviceTypes.${row.original.serviceType}`),
        size: size.serviceType,
      }),
      column.display({
        id: 'priority',
        header: () => t('tickets.columns.priority'),
        cell: ({ row }) => <PriorityBadge priority={row.original.priority} withIcon={false} />,
        size: size.priority,
      }),
      column.display({
        id: 'customer',
        header: () => t('tickets.columns.customer'),
        cell: ({ row }) => (
          <div className={classes.lines}>
            <Text size="sm" span>
              {row.original.customerName}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace" span>
              {row.original.customerPhone}
            </Text>
          </div>
        ),
        size: size.customer,
      }),
      column.display({
        id: 'product',
        header: () => t('tickets.columns.product'),
        cell: ({ row }) => {
          const { deviceLabel, productCategory } = row.original;
          const category = productCategory ? categoryName(settings, productCategory, language) : '';
          return (
            <div className={classes.lines} title={[deviceLabel, category].filter(Boolean).join(' · ')}>
              <Text size="sm" span>
                {deviceLabel || category || t('common.notSet')}
              </Text>
              {deviceLabel && category ? (
                <Text size="xs" c="dimmed" span>
                  {category}
                </Text>
              ) : null}
            </div>
          );
        },
        size: size.product,
      }),
      column.display({
        id: 'fault',
        header: () => t('tickets.columns.fault'),
        cell: ({ row }) => {
          const { faultCategory, productCategory, faultDescription } = row.original;
          return (
            <div className={classes.lines} title={faultDescription}>
              <Text size="sm" span>
                {faultDescription}
              </Text>
              {faultCategory ? (
                <Text size="xs" c="dimmed" span>
                  {faultName(settings, productCategory, faultCategory, language)}
                </Text>
              ) : null}
            </div>
          );
        },
        size: size.fault,
      }),
      column.display({
        id: 'promisedAt',
        header: () => t('tickets.columns.promisedAt'),
        cell: ({ row }) => {
          const { promisedAt } = row.original;
          if (promisedAt === null) return t('common.notSet');
          return (
            <div className={classes.lines} title={formatDateTime(promisedAt)}>
              <Text size="sm" span>
                {formatListTime(promisedAt, now)}
              </Text>
              {isOverdue(row.original, now) ? (
                <Text size="xs" span className={classes.overdueText}>
                  <IconClockExclamation size={13} aria-hidden />
                  {t('tickets.overdue')}
                </Text>
              ) : null}
            </div>
          );
        },
        size: size.promisedAt,
      }),
      column.display({
        id: 'createdAt',
        header: () => t('tickets.columns.createdAt'),
        cell: ({ row }) => (
          <Text size="sm" span title={formatDateTime(row.original.createdAt)}>
            {formatListTime(row.original.createdAt, now)}
          </Text>
        ),
        size: size.createdAt,
      }),
      column.display({
        id: 'technician',
        header: () => t('tickets.columns.technician'),
        // Who has it in the workshop; who took it in is on the ticket.
        cell: ({ row }) =>
          row.original.technicianName ?? (
            <Text size="sm" c="dimmed" span>
              {t('workbench.unassignedTechnician')}
            </Text>
          ),
        size: size.technician,
      }),
    ];
  }, [t, settings, language, now]);

  return (
    <VirtualTable
      aria-label={t('tickets.title')}
      columns={columns}
      sortColumns={ticketSortColumns}
      fixedWidthColumns={fixedWidthColumns}
      filterKey={filterKey}
      firstDirection={firstDirection}
      rowHeight={52}
      cellPadding={8}
      rowAttributes={(ticket) => (isOverdue(ticket, now) ? { className: classes.overdue, 'data-overdue': 'true' } : {})}
      {...table}
    />
  );
}

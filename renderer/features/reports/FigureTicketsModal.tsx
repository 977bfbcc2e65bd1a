import { Alert, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FigureTicketRow } from '../../../shared/contract';
import type { FigureWithTickets } from '../../../shared/domain/figure-tickets';
import type { DateRange } from '../../../shared/domain/report-periods';
import { useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { errorText } from '../../components/messages';
import { categoryName, faultName, useLanguage, useServiceSettings } from '../../components/service-names';
import { countText, minutesText, rangeText } from './report-format';
import { ReportTable } from './ReportTable';
import { TicketLink } from './TicketLink';

/** Figures that are times: their tickets are listed with how long each took. */
const timed: ReadonlySet<FigureWithTickets> = new Set(['firstResponse', 'turnaround', 'slaMet']);

/**
 * The tickets behind one of the period's rates, as the core found them from the facts the figure
 * was counted from (worst first), each a link to the ticket: a manager checks a figure against
 * the tickets and follows up the ones that pulled it down.
 */
export function FigureTicketsModal({
  figure,
  label,
  range,
  onClose,
}: {
  figure: FigureWithTickets;
  /** The figure's name as its tile shows it. */
  label: string;
  range: DateRange;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const found = useApiQuery('reports-figure-tickets', { ...range, figure }, { staleTime: 30_000 });
  const c = (key: string) => t(`reports.columns.${key}`);
  const title = t('reports.behind.title', { figure: label });

  return (
    <Modal opened onClose={onClose} size="90%" title={`${title} · ${rangeText(range)}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`reports.behind.what.${figure}`)}
          {found.data ? ` ${t('reports.behind.count', { count: found.data.total })}` : ''}
        </Text>
        {found.isError ? (
          <Alert color="red" role="alert">
            {errorText(t, found.error)}
          </Alert>
        ) : !found.data ? (
          <Loader aria-label={t('common.loading')} />
        ) : found.data.total === 0 ? (
          <Alert color="teal" variant="light" role="status">
            {t('reports.behind.none')}
          </Alert>
        ) : (
          <>
            <ReportTable<FigureTicketRow>
              label={title}
              rows={found.data.rows}
              columns={[
                {
                  id: 'number',
                  header: c('number'),
                  nowrap: true,
                  sortValue: (row) => row.number,
                  cell: (row) => <TicketLink id={row.ticketId} number={row.number} />,
                },
                {
                  id: 'reason',
                  header: t('reports.behind.reason'),
                  cell: (row) => t(`reports.behind.reasons.${row.reason}`),
                },
                ...(timed.has(figure)
                  ? [
                      {
                        id: 'minutes',
                        header: t('reports.behind.businessTime'),
                        numeric: true,
                        sortValue: (row: FigureTicketRow) => row.minutes,
                        cell: (row: FigureTicketRow) => minutesText(row.minutes, language) ?? '–',
                      },
                    ]
                  : []),
                {
                  id: 'at',
                  header: t('reports.behind.countedAt'),
                  nowrap: true,
                  sortValue: (row) => row.at,
                  cell: (row) => formatDateTime(row.at),
                },
                {
                  id: 'customer',
                  header: c('customer'),
                  sortValue: (row) => row.customerName,
                  cell: (row) => `${row.customerName} ${row.customerPhone}`,
                },
                {
                  id: 'product',
                  header: c('product'),
                  sortValue: (row) => row.productCategory,
                  cell: (row) =>
                    [
                      row.productCategory === '' ? '' : categoryName(settings, row.productCategory, language),
                      row.faultCategory === ''
                        ? ''
                        : faultName(settings, row.productCategory, row.faultCategory, language),
                    ]
                      .filter(Boolean)
                      .join(' · '),
                },
                {
                  id: 'state',
                  header: c('state'),
                  sortValue: (row) => row.state,
                  cell: (row) => t(`ticketStates.${row.state}`),
                },
                {
                  id: 'staff',
                  header: c('staff'),
                  sortValue: (row) => row.staffName,
                  cell: (row) => row.staffName,
                },
              ]}
            />
            {found.data.total > found.data.rows.length ? (
              <Text size="xs" c="dimmed">
                {t('reports.behind.firstOf', {
                  shown: countText(found.data.rows.length, language),
                  total: countText(found.data.total, language),
                })}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Modal>
  );
}

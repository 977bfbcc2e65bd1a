import { useTranslation } from 'react-i18next';
import type { KpiReport } from '../../../shared/contract';
import { categoryName, faultName, useLanguage, useServiceSettings } from '../../components/service-names';
import { countText, minutesText, percentText } from './report-format';
import { ReportTable } from './ReportTable';

/** Each member of staff's, product's and fault's figures for the period. */

export function ReceptionTable({ rows }: { rows: KpiReport['reception'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const c = (key: string) => t(`reports.staffTables.${key}`);
  return (
    <ReportTable
      label={c('reception')}
      rows={rows}
      initialSort={[{ id: 'intakes', desc: true }]}
      columns={[
        { id: 'name', header: c('name'), sortValue: (row) => row.name, cell: (row) => row.name },
        {
          id: 'intakes',
          header: c('intakes'),
          numeric: true,
          sortValue: (row) => row.intakes,
          cell: (row) => countText(row.intakes, language),
        },
        {
          id: 'pickups',
          header: c('pickups'),
          numeric: true,
          sortValue: (row) => row.pickups,
          cell: (row) => countText(row.pickups, language),
        },
        {
          id: 'intakeMinutes',
          header: c('intakeMinutes'),
          numeric: true,
          sortValue: (row) => row.intakeMinutes.median,
          cell: (row) => minutesText(row.intakeMinutes.median, language) ?? '–',
        },
      ]}
    />
  );
}

export function TechnicianTable({ rows }: { rows: KpiReport['technicians'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const c = (key: string) => t(`reports.staffTables.${key}`);
  return (
    <ReportTable
      label={c('technicians')}
      rows={rows}
      initialSort={[{ id: 'finished', desc: true }]}
      columns={[
        { id: 'name', header: c('name'), sortValue: (row) => row.name, cell: (row) => row.name },
        {
          id: 'finished',
          header: c('finished'),
          numeric: true,
          sortValue: (row) => row.finished,
          cell: (row) => countText(row.finished, language),
        },
        {
          id: 'turnaround',
          header: c('turnaround'),
          numeric: true,
          sortValue: (row) => row.turnaround.median,
          cell: (row) => minutesText(row.turnaround.median, language) ?? '–',
        },
        {
          id: 'firstTimeFix',
          header: c('firstTimeFix'),
          numeric: true,
          sortValue: (row) => row.firstTimeFix.rate,
          cell: (row) => percentText(row.firstTimeFix.rate, language) ?? '–',
        },
        {
          id: 'comebacks',
          header: c('comebacks'),
          numeric: true,
          sortValue: (row) => row.comebacks,
          cell: (row) => countText(row.comebacks, language),
        },
        {
          id: 'qcFailures',
          header: c('qcFailures'),
          numeric: true,
          sortValue: (row) => row.qcFailures,
          cell: (row) => countText(row.qcFailures, language),
        },
      ]}
    />
  );
}

export function CategoryTable({ rows }: { rows: KpiReport['categories'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useServiceSettings().data;
  const c = (key: string) => t(`reports.staffTables.${key}`);
  const product = (code: string) => (code === '' ? '–' : categoryName(settings, code, language));
  return (
    <ReportTable
      label={c('categories')}
      rows={rows}
      initialSort={[{ id: 'tickets', desc: true }]}
      columns={[
        {
          id: 'product',
          header: c('product'),
          sortValue: (row) => product(row.productCategory),
          cell: (row) => product(row.productCategory),
        },
        {
          id: 'fault',
          header: c('fault'),
          sortValue: (row) => row.faultCategory,
          cell: (row) =>
            row.faultCategory === '' ? '–' : faultName(settings, row.productCategory, row.faultCategory, language),
        },
        {
          id: 'tickets',
          header: c('tickets'),
          numeric: true,
          sortValue: (row) => row.tickets,
          cell: (row) => countText(row.tickets, language),
        },
        {
          id: 'comebacks',
          header: c('comebacks'),
          numeric: true,
          sortValue: (row) => row.comebacks,
          cell: (row) => countText(row.comebacks, language),
        },
      ]}
    />
  );
}

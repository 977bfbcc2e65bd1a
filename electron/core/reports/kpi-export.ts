import type { KpiReport } from '../../../shared/contract';
import { categoryName, faultName } from '../../../shared/contract/service-names';
import { localDateTime } from '../../../shared/domain/calendar';
import { intakeChannels } from '../../../shared/domain/intake-channels';
import type { KpiSummary } from '../../../shared/domain/kpis';
import { serviceTypes } from '../../../shared/domain/service-types';
import type { Cell } from './csv';
import type { DayLogExportContext } from './day-log-export';
import { tableAsText } from './table-text';
import type { Column, ColumnKind, SheetSpec, WorkbookSpec } from './xlsx';

/** The sections of the figures' export, each a sheet of the workbook or a CSV file of its own. */
export const kpiSections = ['summary', 'days', 'reception', 'technicians', 'categories'] as const;
export type KpiSection = (typeof kpiSections)[number];

type Table = Pick<SheetSpec, 'columns' | 'rows' | 'rowKinds'>;

/** One figure of the summary: its name, its kind, and how to read it from a period's figures. */
interface SummaryLine {
  key: string;
  params?: Record<string, string>;
  kind: ColumnKind;
  value: (summary: KpiSummary) => number | null;
}

function summaryLines(t: DayLogExportContext['t']): SummaryLine[] {
  return [
    { key: 'reports.kpi.intakes', kind: 'integer', value: (s) => s.intakes.total },
    ...serviceTypes.map((type): SummaryLine => ({
      key: 'reports.kpi.intakesOf',
      params: { what: t(`serviceTypes.${type}`) },
      kind: 'integer',
      value: (s) => s.intakes.byServiceType[type],
    })),
    ...intakeChannels.map((channel): SummaryLine => ({
      key: 'reports.kpi.intakesOf',
      params: { what: t(`intakeChannels.${channel}`) },
      kind: 'integer',
      value: (s) => s.intakes.byChannel[channel],
    })),
    { key: 'reports.kpi.complaintsPer100', kind: 'decimal', value: (s) => s.intakes.complaintsPer100 },
    { key: 'reports.kpi.firstResponseMedian', kind: 'integer', value: (s) => s.firstResponse.median },
    { key: 'reports.kpi.firstResponseP90', kind: 'integer', value: (s) => s.firstResponse.p90 },
    { key: 'reports.kpi.firstResponseWithin', kind: 'percent', value: (s) => s.firstResponse.withinTarget.rate },
    { key: 'reports.kpi.turnaroundMedian', kind: 'integer', value: (s) => s.turnaround.toReady.median },
    { key: 'reports.kpi.turnaroundP90', kind: 'integer', value: (s) => s.turnaround.toReady.p90 },
    { key: 'reports.kpi.slaMet', kind: 'percent', value: (s) => s.turnaround.slaMet.rate },
    { key: 'reports.kpi.repaired', kind: 'percent', value: (s) => s.outcomes.repaired.rate },
    { key: 'reports.kpi.returnedUnrepaired', kind: 'percent', value: (s) => s.outcomes.returnedUnrepaired.rate },
    { key: 'reports.kpi.cancelled', kind: 'percent', value: (s) => s.outcomes.cancelled.rate },
    { key: 'reports.kpi.firstTimeFix', kind: 'percent', value: (s) => s.firstTimeFix.rate },
    { key: 'reports.kpi.qcFailures', kind: 'percent', value: (s) => s.qcFailures.rate },
    { key: 'reports.kpi.revenue', kind: 'money', value: (s) => s.takings.revenueFen },
    { key: 'reports.kpi.averageBill', kind: 'money', value: (s) => s.takings.averageBillFen },
    { key: 'reports.kpi.satisfaction', kind: 'percent', value: (s) => s.satisfaction?.rate ?? null },
  ];
}

function tables(report: KpiReport, context: DayLogExportContext): Record<KpiSection, Table> {
  const { t, language, settings } = context;
  const c = (key: string, kind: Column['kind'] = 'text'): Column => ({ header: t(`reports.kpi.columns.${key}`), kind });
  const lines = summaryLines(t);
  const difference = (now: number | null, before: number | null) =>
    now === null || before === null ? null : now - before;
  const summaryRows: Cell[][] = lines.map((line) => {
    const now = line.value(report.summary);
    const before = line.value(report.previousSummary);
    return [t(line.key, line.params), now, before, difference(now, before)];
  });
  return {
    summary: {
      columns: [c('figure'), c('period', 'by-row'), c('previous', 'by-row'), c('change', 'by-row')],
      rows: [...summaryRows, [t('reports.kpi.backlog'), report.backlog.total, null, null]],
      rowKinds: [...lines.map((line) => line.kind), 'integer'],
    },
    days: {
      columns: [c('date', 'date'), c('intakes', 'integer'), c('slaMet', 'percent'), c('backlog', 'integer')],
      rows: report.days.map((day) => [day.date, day.intakes, day.slaMet, day.backlog]),
    },
    reception: {
      columns: [c('name'), c('intakes', 'integer'), c('pickups', 'integer'), c('intakeMinutes', 'integer')],
      rows: report.reception.map((row) => [row.name, row.intakes, row.pickups, row.intakeMinutes.median]),
    },
    technicians: {
      columns: [
        c('name'),
        c('finished', 'integer'),
        c('turnaroundMedian', 'integer'),
        c('turnaroundP90', 'integer'),
        c('firstTimeFix', 'percent'),
        c('comebacks', 'integer'),
        c('qcFailures', 'integer'),
      ],
      rows: report.technicians.map((row) => [
        row.name,
        row.finished,
        row.turnaround.median,
        row.turnaround.p90,
        row.firstTimeFix.rate,
        row.comebacks,
        row.qcFailures,
      ]),
    },
    categories: {
      columns: [c('product'), c('fault'), c('tickets', 'integer'), c('comebacks', 'integer')],
      rows: report.categories.map((row) => [
        row.productCategory === '' ? '' : categoryName(settings, row.productCategory, language),
        row.faultCategory === '' ? '' : faultName(settings, row.productCategory, row.faultCategory, language),
        row.tickets,
        row.comebacks,
      ]),
    },
  };
}

function titleOf(report: KpiReport, context: DayLogExportContext): string[] {
  const { t } = context;
  const at = localDateTime(context.writtenAt, context.settings.businessHours.timeZone);
  return [
    context.shopName,
    `${t('reports.kpi.title')} · ${t('reports.dayLog.period', { from: report.from, to: report.to })} · ${t('reports.page.againstPrevious', report.previous)}`,
    t('reports.dayLog.written', { at, name: context.writtenBy }),
  ];
}

/** A period's figures as a workbook: the summary against the period before, each day, each member of staff, each product and fault. */
export function kpiWorkbook(report: KpiReport, context: DayLogExportContext): WorkbookSpec {
  const all = tables(report, context);
  const title = titleOf(report, context);
  return {
    timeZone: context.settings.businessHours.timeZone,
    creator: context.shopName,
    sheets: kpiSections.map((section) => ({
      name: context.t(`reports.kpi.sheets.${section}`),
      title,
      ...all[section],
    })),
  };
}

/** One section of the figures as the rows of a CSV file. */
export function kpiCsvRows(report: KpiReport, section: KpiSection, context: DayLogExportContext): Cell[][] {
  return tableAsText(tables(report, context)[section], context.settings.businessHours.timeZone);
}

import type { DayLogView, Language, ServiceSettings } from '../../../shared/contract';
import { dayLogSections, type DayLogSection } from '../../../shared/contract/reports';
import { categoryName, faultName } from '../../../shared/contract/service-names';
import { localDateTime } from '../../../shared/domain/calendar';
import { statementMethods } from '../../../shared/domain/cash-close';
import { fenToYuanText } from '../../../shared/domain/fees';
import { paymentMethods } from '../../../shared/domain/ledger';
import { ticketStates } from '../../../shared/domain/ticket-states';
import type { Translator } from '../translators';
import type { Cell } from './csv';
import { tableAsText } from './table-text';
import type { Column, ColumnKind, SheetSpec, WorkbookSpec } from './xlsx';

/** What an export of the daily log says about where and by whom it was written. */
export interface DayLogExportContext {
  t: Translator;
  language: Language;
  settings: ServiceSettings;
  shopName: string;
  writtenBy: string;
  writtenAt: Date;
}

export { dayLogSections, type DayLogSection } from '../../../shared/contract/reports';

/** A section of the daily log as a typed table, for a sheet, a CSV file or a printed page. */
export interface DayLogTable {
  columns: Column[];
  rows: Cell[][];
  /** Total lines under the rows, in the workbook only: a CSV file holds the rows alone for other tools. */
  totals?: Cell[][];
}

const column = (header: string, kind: ColumnKind = 'text'): Column => ({ header, kind });

/** Columns of what people wrote, which may run long. */
const freeTextColumns = new Set(['device', 'description', 'resolution', 'statements', 'note']);

/** A difference as the close shows it: +1.00, −0.50, ±0.00. */
const signedYuan = (fen: number) => (fen === 0 ? '±0.00' : `${fen > 0 ? '+' : '−'}${fenToYuanText(Math.abs(fen))}`);

export function dayLogTables(view: DayLogView, context: DayLogExportContext): Record<DayLogSection, DayLogTable> {
  const { t, language, settings } = context;
  const c = (key: string, kind?: ColumnKind): Column => ({
    ...column(t(`reports.columns.${key}`), kind),
    ...(freeTextColumns.has(key) ? { freeText: true } : {}),
  });
  const state = (value: string | null) => (value === null ? '' : t(`ticketStates.${value}`));
  const yesNo = (value: boolean) => t(value ? 'reports.yes' : 'reports.no');
  const money = view.money;
  const backlogRows = ticketStates.flatMap((name) => {
    const count = view.backlog.byState[name];
    return count ? [[t('reports.summary.backlogIn', { state: state(name) }), count] as Cell[]] : [];
  });
  return {
    summary: {
      columns: [c('figure'), c('value', 'integer')],
      rows: [
        [t('reports.summary.received'), view.received.length],
        [t('reports.summary.closedAtCounter'), view.closedAtCounter.length],
        [t('reports.summary.complaints'), view.complaints.length],
        [t('reports.summary.handedBack'), view.handOvers.length],
        [t('reports.summary.backlog'), view.backlog.total],
        ...backlogRows,
        [t('reports.summary.overdue'), view.overdue.length],
        [t('reports.summary.reversals'), money.reversals],
      ],
    },
    received: {
      columns: [
        c('number'),
        c('time', 'datetime'),
        c('customer'),
        c('phone'),
        c('product'),
        c('device'),
        c('fault'),
        c('description'),
        c('serviceType'),
        c('priority'),
        c('channel'),
        c('warranty'),
        c('estimate', 'money'),
        c('receptionist'),
        c('resolution'),
      ],
      rows: view.received.map((row) => [
        row.number,
        row.at,
        row.customerName,
        row.customerPhone,
        row.productCategory === '' ? '' : categoryName(settings, row.productCategory, language),
        row.device,
        row.faultCategory === '' ? '' : faultName(settings, row.productCategory, row.faultCategory, language),
        row.faultDescription,
        t(`serviceTypes.${row.serviceType}`),
        t(`priorities.${row.priority}`),
        t(`intakeChannels.${row.channel}`),
        t(`warranty.status.${row.warrantyStatus}`),
        row.estimateFen,
        row.receptionistName,
        row.resolution,
      ]),
    },
    moves: {
      columns: [c('time', 'datetime'), c('number'), c('event'), c('from'), c('to'), c('staff')],
      rows: view.moves.map((move) => [
        move.at,
        move.number,
        t(`workflow.events.${move.kind}`),
        state(move.fromState),
        state(move.toState),
        move.staffName,
      ]),
    },
    handOvers: {
      columns: [
        c('time', 'datetime'),
        c('number'),
        c('customer'),
        c('repaired'),
        c('discount', 'money'),
        c('owed', 'money'),
        c('staff'),
      ],
      rows: view.handOvers.map((handOver) => [
        handOver.at,
        handOver.number,
        handOver.customerName,
        yesNo(handOver.repaired),
        handOver.discountFen,
        handOver.owedFen,
        handOver.staffName,
      ]),
    },
    payments: {
      columns: [
        c('time', 'datetime'),
        c('number'),
        c('kind'),
        c('method'),
        c('amount', 'money'),
        c('reversal'),
        c('staff'),
      ],
      rows: view.payments.map((payment): Cell[] => [
        payment.at,
        payment.number,
        t(`ledger.kinds.${payment.kind}`),
        t(`ledger.methods.${payment.method}`),
        // A reversal takes its amount back.
        payment.reversal ? -payment.amountFen : payment.amountFen,
        yesNo(payment.reversal),
        payment.staffName,
      ]),
      totals: [
        ...paymentMethods.flatMap((method): Cell[][] => {
          const totals = money.byMethod[method];
          const name = t(`ledger.methods.${method}`);
          return [
            ...(totals.inFen !== 0
              ? [[null, null, t('reports.summary.inFor', { method: name }), name, totals.inFen, null, null]]
              : []),
            ...(totals.outFen !== 0
              ? [[null, null, t('reports.summary.outFor', { method: name }), name, -totals.outFen, null, null]]
              : []),
          ];
        }),
        [null, null, t('reports.summary.deposits'), null, money.depositsFen, null, null],
        [null, null, t('reports.summary.payments'), null, money.paymentsFen, null, null],
        [null, null, t('reports.summary.refunds'), null, -money.refundsFen, null, null],
        [null, null, t('reports.summary.net'), null, money.netFen, null, null],
        [null, null, t('reports.summary.discounts'), null, money.discountsFen, null, null],
        [null, null, t('reports.summary.owedAtRelease'), null, money.owedAtReleaseFen, null, null],
      ],
    },
    closes: {
      columns: [
        c('closedAt', 'datetime'),
        c('since', 'datetime'),
        c('staff'),
        c('entries', 'integer'),
        c('float', 'money'),
        c('cashIn', 'money'),
        c('cashOut', 'money'),
        c('expectedCash', 'money'),
        c('counted', 'money'),
        c('difference', 'money'),
        ...statementMethods.map((method) =>
          column(t('reports.columns.netBy', { method: t(`ledger.methods.${method}`) }), 'money'),
        ),
        c('statements'),
        c('note'),
        c('corrections', 'money'),
      ],
      rows: view.closes.map((close): Cell[] => [
        close.closedAt,
        close.sinceAt,
        close.staffName,
        close.figures.entries,
        close.floatFen,
        close.figures.byMethod.cash.inFen,
        -close.figures.byMethod.cash.outFen,
        close.figures.expectedCashFen,
        close.countedFen,
        close.figures.cashDifferenceFen,
        ...statementMethods.map(
          (method) => close.figures.byMethod[method].inFen - close.figures.byMethod[method].outFen,
        ),
        statementMethods
          .flatMap((method) => {
            const difference = close.figures.statementDifferences[method];
            return difference === undefined
              ? []
              : [
                  t('reports.closes.statement', {
                    method: t(`ledger.methods.${method}`),
                    difference: signedYuan(difference),
                  }),
                ];
          })
          .join('; '),
        close.note,
        close.corrections.reduce((sum, correction) => sum + correction.effectFen, 0),
      ]),
    },
    overdue: {
      columns: [c('number'), c('state'), c('dueFor'), c('dueAt', 'datetime')],
      rows: view.overdue.map((row) => [
        row.number,
        state(row.state),
        row.dueFor === 'promise' ? t('reports.promise') : state(row.dueFor),
        row.dueAt,
      ]),
    },
  };
}

/** The title lines of every sheet: the shop, what and which days, who wrote it when, how phones are shown. */
export function dayLogTitle(view: DayLogView, context: DayLogExportContext): string[] {
  const { t } = context;
  const days =
    view.from === view.to
      ? t('reports.dayLog.oneDay', { date: view.from })
      : t('reports.dayLog.period', { from: view.from, to: view.to });
  const at = localDateTime(context.writtenAt, context.settings.businessHours.timeZone);
  return [
    context.shopName,
    `${t('reports.dayLog.title')} · ${days}`,
    `${t('reports.dayLog.written', { at, name: context.writtenBy })} · ${t(
      view.fullPhones ? 'reports.dayLog.phonesFull' : 'reports.dayLog.phonesMasked',
    )}`,
  ];
}

/** The daily log as a workbook: a sheet per section, the summary first. */
export function dayLogWorkbook(view: DayLogView, context: DayLogExportContext): WorkbookSpec {
  const all = dayLogTables(view, context);
  const title = dayLogTitle(view, context);
  const sheets: SheetSpec[] = dayLogSections.map((section) => ({
    name: context.t(`reports.sheets.${section}`),
    title,
    columns: all[section].columns,
    rows: [...all[section].rows, ...(all[section].totals ?? [])],
  }));
  return { timeZone: context.settings.businessHours.timeZone, creator: context.shopName, sheets };
}

/**
 * One section of the daily log as the rows of a CSV file (a header, then the rows): money in yuan
 * and times on the shop's wall clock, as text another tool reads without guessing.
 */
export function dayLogCsvRows(view: DayLogView, section: DayLogSection, context: DayLogExportContext): Cell[][] {
  return tableAsText(dayLogTables(view, context)[section], context.settings.businessHours.timeZone);
}

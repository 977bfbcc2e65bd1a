import type { DayLogView } from '../../../../shared/contract';
import { dayLogSections } from '../../../../shared/contract/reports';
import type { Cell } from '../../reports/csv';
import { dayLogTables, type DayLogTable } from '../../reports/day-log-export';
import { figureText } from '../../reports/table-text';
import type { ColumnKind } from '../../reports/xlsx';
import { printedLine } from '../blocks';
import { money, wallTime, type DocumentContext } from '../context';
import { html, type Html } from '../html';
import { renderPage } from '../layout';

/**
 * The daily log on paper (A4, turned sideways by default): the shop, the days and who printed
 * it, then each section of the workbook as a table, in the same order and with the same columns,
 * headers repeated on every page and the page number at its foot. Money in yuan, times on the
 * shop's clock (the time alone where the log is of one day), phones masked as in any export.
 */
const css = `
  @page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 8px; } }
  body { font-size: 8.5px; }
  body.paper-a4 { font-size: 8px; }
  .log-head { display: grid; grid-template-columns: 1fr auto; align-items: end; gap: 4mm; border-bottom: 2px solid #000; padding-bottom: 1.2mm; margin-bottom: 2mm; }
  .log-head .shop { text-align: left; }
  .log-head .title { text-align: left; font-size: 1.6em; margin: 0.5mm 0 0; }
  .log-head .meta { text-align: right; }
  .part { margin-top: 3mm; }
  .part h2 { font-size: 1.2em; margin: 0 0 0.8mm; break-after: avoid; }
  .part .count { font-weight: 400; }
  .part table { font-size: 1em; }
  .part th { white-space: nowrap; background: #eee; }
  .part td { border-bottom: 0.5px solid #999; }
  .part td.long { min-width: 30mm; max-width: 60mm; overflow-wrap: anywhere; }
  .part td.time { white-space: nowrap; }
  .part .totals td { border-bottom: 0; font-weight: 700; }
  .part .totals.first td { border-top: 1px solid #000; }
  .part.summary table { width: auto; min-width: 80mm; }
  .none { font-style: italic; }
`;

function cellText(context: DocumentContext, kind: ColumnKind, cell: Cell, oneDay: string | null): string {
  if (cell === null) return '';
  if (typeof cell === 'string' && kind !== 'datetime') return cell;
  switch (kind) {
    case 'money':
      return money(context, Number(cell));
    case 'percent':
    case 'decimal':
      return figureText(kind, Number(cell));
    case 'datetime': {
      const wall = wallTime(context, String(cell));
      // A one-day log shows the time alone for that day's times.
      return oneDay !== null && wall.startsWith(`${oneDay} `) ? wall.slice(oneDay.length + 1) : wall;
    }
    default:
      return String(cell);
  }
}

function tablePart(context: DocumentContext, section: string, table: DayLogTable, oneDay: string | null): Html {
  const t = context.t;
  const kinds = table.columns.map((column) => (column.kind === 'by-row' ? 'text' : column.kind));
  const numeric = (kind: ColumnKind) =>
    kind === 'money' || kind === 'integer' || kind === 'decimal' || kind === 'percent';
  const classOf = (index: number) => {
    const kind = kinds[index] ?? 'text';
    if (numeric(kind)) return 'money';
    if (kind === 'datetime') return 'time';
    return table.columns[index]?.freeText ? 'long' : '';
  };
  const row = (cells: readonly Cell[], totals: 'first' | 'next' | null = null) =>
    html`<tr class="${totals === null ? '' : `totals ${totals}`}">
      ${cells.map(
        (cell, index) =>
          html`<td class="${classOf(index)}">${cellText(context, kinds[index] ?? 'text', cell, oneDay)}</td>`,
      )}
    </tr>`;
  const counted = section !== 'summary';
  return html`<section class="part ${section}">
    <h2>
      ${t(`reports.sheets.${section}`)}${
        counted && html` <span class="count">(${t('reports.print.rows', { count: table.rows.length })})</span>`
      }
    </h2>
    ${
      table.rows.length === 0
        ? html`<p class="none">${t('reports.page.none')}</p>`
        : html`<table>
            <thead>
              <tr>
                ${table.columns.map((column, index) => html`<th class="${classOf(index)}">${column.header}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${table.rows.map((cells) => row(cells))}
              ${(table.totals ?? []).map((cells, index) => row(cells, index === 0 ? 'first' : 'next'))}
            </tbody>
          </table>`
    }
  </section>`;
}

export function renderDayLog(context: DocumentContext, view: DayLogView): string {
  const t = context.t;
  const tables = dayLogTables(view, {
    t,
    language: context.language,
    settings: context.settings,
    shopName: context.shop.name,
    writtenBy: context.printedBy,
    writtenAt: context.printedAt,
  });
  const oneDay = view.from === view.to ? view.from : null;
  const days = oneDay
    ? t('reports.dayLog.oneDay', { date: oneDay })
    : t('reports.dayLog.period', { from: view.from, to: view.to });
  const sheet = html`
    <div class="log-head">
      <div>
        <div class="shop"><span class="shop-name">${context.shop.name}</span></div>
        <h1 class="title">${t('reports.dayLog.title')} · ${days}</h1>
      </div>
      <div class="meta">
        <div>${printedLine(context)}</div>
        <div class="small">${t(view.fullPhones ? 'reports.dayLog.phonesFull' : 'reports.dayLog.phonesMasked')}</div>
      </div>
    </div>
    ${dayLogSections.map((section) => tablePart(context, section, tables[section], oneDay))}
  `;
  return renderPage(context, { title: `${t('reports.dayLog.title')} ${days}`, css, sheets: [sheet] });
}

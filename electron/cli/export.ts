import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Language } from '../../shared/contract';
import { reportRangeInput } from '../../shared/contract/reports';
import { rangeLength } from '../../shared/domain/report-periods';
import type { Translator } from '../core/translators';
import type { Core } from '../core/context';
import { toCsv } from '../core/reports/csv';
import { dayLogCsvRows, dayLogWorkbook, type DayLogSection } from '../core/reports/day-log-export';
import { buildDayLog } from '../core/reports/day-log-view';
import { kpiCsvRows, kpiWorkbook, type KpiSection } from '../core/reports/kpi-export';
import { buildKpiReport } from '../core/reports/kpi-report';
import { writeXlsx } from '../core/reports/xlsx';
import { readServiceSettings } from '../core/services/service-settings';
import { readShop } from '../core/services/settings';

export interface DayLogExportRequest {
  date: string;
  to?: string;
  format: 'xlsx' | 'csv';
  section: DayLogSection;
  out: string;
}

export type ExportProblem = { field: string; key: string; params?: Record<string, string | number> };

/** What is wrong with the arguments, before anything is opened: the dates by the report-period rule, the folder. */
export function exportProblems(request: Pick<DayLogExportRequest, 'date' | 'to' | 'out'>): ExportProblem[] {
  const parsed = reportRangeInput.safeParse({ from: request.date, to: request.to ?? request.date });
  const problems: ExportProblem[] = [];
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    // Without --to the range is the one day: what is wrong with it is said of --date, once.
    const field = issue.path[0] === 'from' || request.to === undefined ? '--date' : '--to';
    if (problems.some((problem) => problem.field === field && problem.key === issue.message)) continue;
    problems.push({
      field,
      key: issue.message,
      params: issue.code === 'custom' ? (issue.params as ExportProblem['params']) : undefined,
    });
  }
  const folder = dirname(request.out);
  if (!existsSync(folder)) problems.push({ field: '--out', key: 'cli.exportNoFolder', params: { dir: folder } });
  return problems;
}

/**
 * Writes the daily log of a day or a range to a file: worked out, written under a temporary name
 * beside it, then renamed, so the file is either whole or not there (an earlier one is replaced
 * only by a whole new one).
 */
export async function exportDayLog(
  core: Core,
  request: DayLogExportRequest,
  words: { t: Translator; language: Language; progress(line: string): void },
): Promise<{ received: number; payments: number }> {
  const range = { from: request.date, to: request.to ?? request.date };
  words.progress(
    range.from === range.to
      ? words.t('cli.exportReadingDay', { date: range.from })
      : words.t('cli.exportReading', { ...range, days: rangeLength(range) }),
  );
  const view = buildDayLog(core.db, { range, fullPhones: false });
  const context = {
    t: words.t,
    language: words.language,
    settings: readServiceSettings(core.db),
    shopName: readShop(core.db).name,
    writtenBy: words.t('cli.commandLine'),
    writtenAt: core.now(),
  };
  words.progress(words.t('cli.exportWriting', { file: request.out }));
  writeWhole(
    request.out,
    request.format === 'xlsx'
      ? await writeXlsx(dayLogWorkbook(view, context))
      : toCsv(dayLogCsvRows(view, request.section, context)),
  );
  return { received: view.received.length, payments: view.payments.length };
}

/** Writes under a temporary name beside the target, then renames: the file is whole or not there. */
function writeWhole(out: string, bytes: Uint8Array | string): void {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export interface KpiExportRequest {
  date: string;
  to?: string;
  format: 'xlsx' | 'csv';
  section: KpiSection;
  out: string;
}

/** Writes a period's figures against the period before to a file, whole or not at all. */
export async function exportKpis(
  core: Core,
  request: KpiExportRequest,
  words: { t: Translator; language: Language; progress(line: string): void },
): Promise<{ intakes: number; days: number }> {
  const range = { from: request.date, to: request.to ?? request.date };
  words.progress(words.t('cli.exportFigures', { ...range, days: rangeLength(range) }));
  const report = buildKpiReport(core.db, range, core.now());
  const context = {
    t: words.t,
    language: words.language,
    settings: readServiceSettings(core.db),
    shopName: readShop(core.db).name,
    writtenBy: words.t('cli.commandLine'),
    writtenAt: core.now(),
  };
  words.progress(words.t('cli.exportWriting', { file: request.out }));
  writeWhole(
    request.out,
    request.format === 'xlsx'
      ? await writeXlsx(kpiWorkbook(report, context))
      : toCsv(kpiCsvRows(report, request.section, context)),
  );
  return { intakes: report.summary.intakes.total, days: report.days.length };
}

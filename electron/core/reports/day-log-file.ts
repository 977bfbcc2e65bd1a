import type { Language } from '../../../shared/contract';
import type { DateRange } from '../../../shared/domain/report-periods';
import type { ReadableDB } from '../db/types';
import { readServiceSettings } from '../services/service-settings';
import { readShop } from '../services/settings';
import { translatorFor } from '../translators';
import { toCsv } from './csv';
import { dayLogCsvRows, dayLogWorkbook, type DayLogSection } from './day-log-export';
import { buildDayLog } from './day-log-view';
import type { TaskProgress } from './tasks';
import { writeXlsx } from './xlsx';

export interface DayLogFileRequest {
  range: DateRange;
  fullPhones: boolean;
  format: 'xlsx' | 'csv';
  /** The section a CSV file holds (a workbook holds them all). */
  section: DayLogSection;
  language: Language;
  writtenBy: string;
  /** ISO: the core's clock when it was asked for. */
  writtenAt: string;
}

/** The daily log written as a file's bytes, in the report worker: worked out, then laid out as asked. */
export async function dayLogFile(
  db: ReadableDB,
  request: DayLogFileRequest,
  progress: (progress: TaskProgress) => void = () => undefined,
): Promise<{ bytes: Uint8Array; received: number }> {
  progress({ done: 0, total: 2 });
  const view = buildDayLog(db, { range: request.range, fullPhones: request.fullPhones });
  progress({ done: 1, total: 2 });
  const context = {
    t: translatorFor(request.language),
    language: request.language,
    settings: readServiceSettings(db),
    shopName: readShop(db).name,
    writtenBy: request.writtenBy,
    writtenAt: new Date(request.writtenAt),
  };
  const bytes =
    request.format === 'xlsx'
      ? await writeXlsx(dayLogWorkbook(view, context))
      : new TextEncoder().encode(toCsv(dayLogCsvRows(view, request.section, context)));
  progress({ done: 2, total: 2 });
  return { bytes, received: view.received.length };
}

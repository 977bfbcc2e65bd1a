import type { Language } from '../../../shared/contract';
import type { Paper } from '../../../shared/domain/printing';
import type { DateRange } from '../../../shared/domain/report-periods';
import type { ReadableDB } from '../db/types';
import { renderDayLog } from '../print/documents/day-log';
import { readServiceSettings } from '../services/service-settings';
import { readShop } from '../services/settings';
import { translatorFor } from '../translators';
import { buildDayLog } from './day-log-view';

export interface DayLogPrintRequest {
  range: DateRange;
  language: Language;
  paper: Paper;
  printedBy: string;
  /** ISO: the core's clock when it was asked for. */
  printedAt: string;
}

/**
 * The daily log laid out for the printer, in the report worker: a month's log is thousands of
 * rows, worked out and written as HTML off the main thread. Phones are masked, as on every copy
 * that leaves the screen by default.
 */
export function dayLogPrint(db: ReadableDB, request: DayLogPrintRequest): { html: string; received: number } {
  const view = buildDayLog(db, { range: request.range, fullPhones: false });
  const html = renderDayLog(
    {
      language: request.language,
      t: translatorFor(request.language),
      shop: readShop(db),
      settings: readServiceSettings(db),
      paper: request.paper,
      reprint: 0,
      printedAt: new Date(request.printedAt),
      printedBy: request.printedBy,
    },
    view,
  );
  return { html, received: view.received.length };
}

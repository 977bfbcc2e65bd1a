import { localDateTime } from '../../../shared/domain/calendar';
import { formatFen } from '../../../shared/domain/fees';
import type { Paper } from '../../../shared/domain/printing';
import type { Language, ServiceSettings, ShopSettings } from '../../../shared/contract';
import type { Translator } from '../translators';

/** Everything a document template needs besides its ticket: language, shop, settings, paper. */
export interface DocumentContext {
  language: Language;
  t: Translator;
  shop: ShopSettings;
  settings: ServiceSettings;
  paper: Paper;
  /** 0 for a first printing, n for the n-th reprint. */
  reprint: number;
  printedAt: Date;
  printedBy: string;
}

/** A stored UTC time on the shop's wall clock: `2026-11-25 14:05`. */
export function wallTime(context: DocumentContext, iso: string): string {
  return localDateTime(new Date(iso), context.settings.businessHours.timeZone);
}

export function money(context: DocumentContext, fen: number): string {
  return formatFen(fen, { locale: context.language });
}

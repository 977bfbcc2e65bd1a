import type { Language } from '../../../shared/contract';
import type { DateRange } from '../../../shared/domain/report-periods';

/** How the Reports section writes its figures. */

/** Business minutes as a person reads them: 45 min, 2 h 15 min, 26 h. */
export function minutesText(minutes: number | null, language: Language): string | null {
  if (minutes === null) return null;
  const zh = language === 'zh-CN';
  if (minutes < 60) return zh ? `${minutes} 分钟` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours >= 10 || rest === 0) return zh ? `${Math.round(minutes / 60)} 小时` : `${Math.round(minutes / 60)} h`;
  return zh ? `${hours} 小时 ${rest} 分` : `${hours} h ${rest} min`;
}

/** A share as a percentage with one decimal where it matters: 85.3 %, 100 %; null stays null. */
export function percentText(share: number | null, language: Language): string | null {
  if (share === null) return null;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function countText(count: number, language: Language): string {
  return new Intl.NumberFormat(language).format(count);
}

/** The days of a range in words: one date, or the first and the last. */
export const rangeText = (range: DateRange) => (range.from === range.to ? range.from : `${range.from} – ${range.to}`);

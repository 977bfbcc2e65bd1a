import { format } from 'date-fns';

/**
 * A time for a crowded list column: `11-25 14:05` this year; the date alone, `2025-11-25`, for
 * another year, where the minute no longer matters. The column stays narrow and never cut short.
 */
export function formatListTime(iso: string, now: Date): string {
  const at = new Date(iso);
  return format(at, at.getFullYear() === now.getFullYear() ? 'MM-dd HH:mm' : 'yyyy-MM-dd');
}

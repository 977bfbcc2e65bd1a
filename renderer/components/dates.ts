import { format } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';

/** A stored UTC time as the shop reads it, in this computer's time zone: `2026-11-25 14:05`. */
export function formatDateTime(iso: string): string {
  return format(new Date(iso), 'yyyy-MM-dd HH:mm');
}

export function formatDate(iso: string, language: string): string {
  return format(new Date(iso), language === 'en' ? 'd MMM yyyy' : 'yyyy年M月d日', {
    locale: language === 'en' ? enUS : zhCN,
  });
}

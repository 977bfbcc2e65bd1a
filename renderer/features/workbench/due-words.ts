import type { TFunction } from 'i18next';
import { isFinished, type TicketState } from '../../../shared/domain/ticket-states';

const MINUTE_MS = 60_000;

/** A span of time as a person says it: `45 min`, `2 h 5 min`, `1 d 3 h`. */
export function durationWords(t: TFunction, milliseconds: number): string {
  const minutes = Math.max(1, Math.round(milliseconds / MINUTE_MS));
  if (minutes < 60) return t('workbench.duration.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24)
    return minutes % 60 === 0
      ? t('workbench.duration.wholeHours', { hours })
      : t('workbench.duration.hours', { hours, minutes: minutes % 60 });
  const days = Math.floor(hours / 24);
  return hours % 24 === 0
    ? t('workbench.duration.wholeDays', { days })
    : t('workbench.duration.days', { days, hours: hours % 24 });
}

/**
 * "due in 2 h 5 min" or "overdue by 1 d 3 h" against the time the ticket is due next (its state's
 * limit, or the promise while its clock runs); null when it is held to nothing (on the shelf,
 * finished, or paused without a limit of its own).
 */
export function dueWords(
  t: TFunction,
  ticket: { dueAt: string | null; state: TicketState },
  now: Date,
): { text: string; overdue: boolean } | null {
  const { dueAt } = ticket;
  if (dueAt === null || isFinished(ticket.state)) return null;
  const left = Date.parse(dueAt) - now.getTime();
  return left >= 0
    ? { text: t('workbench.dueIn', { duration: durationWords(t, left) }), overdue: false }
    : { text: t('workbench.overdueBy', { duration: durationWords(t, -left) }), overdue: true };
}

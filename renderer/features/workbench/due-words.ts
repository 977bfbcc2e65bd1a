import type { TFunction } from 'i18next';
import type { DueFor } from '../../../shared/domain/ticket-clock';
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
 * What the ticket is due for next and when, against now: "First response due in 2 h 5 min",
 * "Completion overdue by 1 d 3 h" (its state's limit, or the promise while its clock runs); null
 * when it is held to nothing (on the shelf, finished, or paused without a limit of its own).
 */
export function dueWords(
  t: TFunction,
  ticket: { dueAt: string | null; dueFor: DueFor | null; state: TicketState },
  now: Date,
): { text: string; overdue: boolean } | null {
  const { dueAt, dueFor } = ticket;
  if (dueAt === null || isFinished(ticket.state)) return null;
  const left = Date.parse(dueAt) - now.getTime();
  const when =
    left >= 0
      ? t('workbench.dueIn', { duration: durationWords(t, left) })
      : t('workbench.overdueBy', { duration: durationWords(t, -left) });
  // A due time kept before FrontDesk said what it is for (worked out again at the next start).
  const text = dueFor === null ? when : t('workbench.dueWhat', { what: t(`workbench.dueFor.${dueFor}`), when });
  return { text, overdue: left < 0 };
}

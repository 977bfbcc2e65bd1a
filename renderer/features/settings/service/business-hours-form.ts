import type { ServiceSettings } from '../../../../shared/contract';
import { businessHoursProblems, type BusinessHoursProblem, type OpenHours } from '../../../../shared/domain/sla';
import type { FieldMessages, SectionMapping } from './section-mapping';
import { normalizeTime } from './typed-time';

/** A weekday as edited: its hours are kept while it is switched to closed, so switching back restores them. */
export interface DayValues {
  isOpen: boolean;
  open: string;
  close: string;
}

export interface BusinessHoursValues {
  businessHours: {
    timeZone: string;
    /** 0 = Sunday … 6 = Saturday, as stored. */
    weekly: DayValues[];
    holidays: string[];
    extraWorkdays: string[];
    makeUpHours: OpenHours;
  };
}

/** Hours offered for a day that had none. */
const usualHours: OpenHours = { open: '09:00', close: '18:00' };

/** Monday first, as a Chinese calendar and most shop rotas read a week. */
export const weekdayOrder = [1, 2, 3, 4, 5, 6, 0] as const;

/** The form field a business-hours problem belongs beside. */
function problemPath(problem: BusinessHoursProblem): string {
  if (problem.field === 'weekly' && problem.weekday !== undefined) {
    const part = problem.key === 'businessHours.problem.closeBeforeOpen' ? 'close' : 'open';
    return `businessHours.weekly.${problem.weekday}.${part}`;
  }
  if (problem.field === 'makeUpHours') {
    return problem.key === 'businessHours.problem.closeBeforeOpen'
      ? 'businessHours.makeUpHours.close'
      : 'businessHours.makeUpHours.open';
  }
  return `businessHours.${problem.field}`;
}

/** Opening hours as typed, tidied (`9:00` → `09:00`). */
function typedHours(hours: OpenHours): OpenHours {
  return { open: normalizeTime(hours.open), close: normalizeTime(hours.close) };
}

/** Dates once each, in calendar order (zero-padded `YYYY-MM-DD` sorts as text). */
export function sortedDates(dates: readonly string[]): string[] {
  return [...new Set(dates)].sort();
}

export const businessHoursMapping: SectionMapping<BusinessHoursValues> = {
  sections: ['businessHours'],
  toValues: ({ businessHours }: ServiceSettings) => ({
    businessHours: {
      timeZone: businessHours.timeZone,
      weekly: businessHours.weekly.map((day) => (day ? { isOpen: true, ...day } : { isOpen: false, ...usualHours })),
      holidays: sortedDates(businessHours.holidays),
      extraWorkdays: sortedDates(businessHours.extraWorkdays),
      makeUpHours: { ...businessHours.makeUpHours },
    },
  }),
  toUpdate: ({ businessHours }) => ({
    update: {
      businessHours: {
        timeZone: businessHours.timeZone,
        weekly: businessHours.weekly.map((day) => (day.isOpen ? typedHours(day) : null)),
        holidays: sortedDates(businessHours.holidays),
        extraWorkdays: sortedDates(businessHours.extraWorkdays),
        makeUpHours: typedHours(businessHours.makeUpHours),
      },
    },
    problems: {},
  }),
  extraProblems: (update) => {
    const problems: FieldMessages = {};
    if (!update.businessHours) return problems;
    for (const problem of businessHoursProblems(update.businessHours)) {
      problems[problemPath(problem)] ??= { key: problem.key, ...(problem.params ? { params: problem.params } : {}) };
    }
    return problems;
  },
};

import { z } from 'zod';
import type { IsoDate } from '../domain/calendar';

/** The scheduled export of the daily log, as Settings shows it. */
export interface ReportSchedule {
  enabled: boolean;
  /** A folder on this computer (for browser mode, the one FrontDesk runs on). */
  folder: string;
  /** The day it was switched on: days before it are not written. */
  since: IsoDate | null;
  /** The last log written, if any. */
  lastWritten: { day: IsoDate; at: string; file: string } | null;
}

export const reportScheduleInput = z
  .object({
    enabled: z.boolean({ error: 'validation.invalid' }),
    folder: z.string({ error: 'validation.invalid' }).trim().max(500, { error: 'validation.tooLong' }),
  })
  .refine((input) => !input.enabled || input.folder !== '', {
    path: ['folder'],
    error: 'validation.folderRequired',
  });

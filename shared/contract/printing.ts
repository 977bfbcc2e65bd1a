import { z } from 'zod';
import {
  documentPapers,
  documentSubject,
  papers,
  printDocuments,
  settingsDocuments,
  type Paper,
  type PrintDocument,
  type SettingsDocument,
} from '../domain/printing';
import * as field from './fields';
import { reportRangeInput } from './reports';
import type { Language } from './types';

/** Schemas and types of printing: documents, print settings, print jobs and printers. */

const documentSettings = z.object({
  /** The system printer's name; '' prints to the system's default printer. */
  printer: z.string().trim().max(200, { error: 'validation.tooLong' }),
  paper: z.enum(papers, { error: 'validation.invalid' }),
  copies: z.number({ error: 'validation.invalid' }).int().min(1, { error: 'validation.copies' }).max(5, {
    error: 'validation.copies',
  }),
  /** Print this document as soon as an intake is recorded (not offered for the pickup receipt or the daily log). */
  autoPrint: z.boolean(),
});
export type DocumentPrintSettings = z.output<typeof documentSettings>;

export const printSettingsSchema = z
  .object(
    Object.fromEntries(settingsDocuments.map((document) => [document, documentSettings])) as Record<
      SettingsDocument,
      typeof documentSettings
    >,
  )
  .superRefine((settings, issues) => {
    for (const document of settingsDocuments) {
      if (!documentPapers[document].includes(settings[document].paper))
        issues.addIssue({ code: 'custom', path: [document, 'paper'], message: 'validation.paperForDocument' });
    }
  });
export type PrintSettings = z.output<typeof printSettingsSchema>;

const documentRequest = {
  document: z.enum(printDocuments, { error: 'validation.invalid' }),
  /** The ticket the document is about; null for the test page and the daily log. */
  ticketId: field.id.nullable().default(null),
  /** The days the daily log covers; null for every other document. */
  period: reportRangeInput.nullable().default(null),
  language: field.language,
  /** The paper to lay out for; the document's setting when left out. */
  paper: z.enum(papers, { error: 'validation.invalid' }).nullable().default(null),
};

type DocumentRequest = {
  document: PrintDocument;
  ticketId: number | null;
  period: { from: string; to: string } | null;
  paper: Paper | null;
};
/** A ticket's document names its ticket, the daily log its days; the test page names neither. */
const hasTicket = (input: DocumentRequest) =>
  (documentSubject(input.document) === 'ticket') === (input.ticketId !== null);
const hasPeriod = (input: DocumentRequest) =>
  (documentSubject(input.document) === 'period') === (input.period !== null);
const fitsPaper = (input: DocumentRequest) =>
  input.paper === null || documentPapers[input.document].includes(input.paper);

export const renderDocumentInput = z
  .object(documentRequest)
  .refine(hasTicket, { error: 'validation.ticketForDocument', path: ['ticketId'] })
  .refine(hasPeriod, { error: 'validation.periodForDocument', path: ['period'] })
  .refine(fitsPaper, { error: 'validation.paperForDocument', path: ['paper'] });

export const printOutputs = ['printer', 'pdf'] as const;
export type PrintOutput = (typeof printOutputs)[number];

export const printDocumentInput = z
  .object({
    ...documentRequest,
    output: z.enum(printOutputs).default('printer'),
    /** The printer for this job; the document's setting when left out. */
    printer: z.string().trim().max(200).nullable().default(null),
    copies: z.number().int().min(1).max(5).nullable().default(null),
  })
  .refine(hasTicket, { error: 'validation.ticketForDocument', path: ['ticketId'] })
  .refine(hasPeriod, { error: 'validation.periodForDocument', path: ['period'] })
  .refine(fitsPaper, { error: 'validation.paperForDocument', path: ['paper'] });

export const printJobStates = ['queued', 'sent', 'failed'] as const;
export type PrintJobState = (typeof printJobStates)[number];

/** Why a job failed; each has a message under `printing.failures`. */
export const printFailures = ['no-printer', 'printer-not-found', 'printer-offline', 'failed', 'cancelled'] as const;
export type PrintFailure = (typeof printFailures)[number];

/** Browser mode's report of a job it handed to the browser's print dialog. */
export const finishJobInput = z.object({
  id: field.id,
  state: z.enum(['sent', 'failed']),
  failure: z.enum(printFailures).nullable().default(null),
  detail: z.string().max(500).default(''),
});

/** A document laid out for one paper, exactly as the printer gets it. */
export interface RenderedDocument {
  document: PrintDocument;
  ticketId: number | null;
  ticketNumber: string | null;
  language: Language;
  paper: Paper;
  copies: number;
  /** 0 for a first printing, n for the n-th reprint (补打). */
  reprint: number;
  title: string;
  html: string;
  /** The work order shows the customer's device password. */
  containsDevicePassword: boolean;
}

export interface PrintJob {
  id: number;
  document: PrintDocument;
  ticketId: number | null;
  ticketNumber: string | null;
  output: PrintOutput;
  /**
   * How the job leaves FrontDesk: `system` through a system printer (the desktop app), `browser`
   * through the browser's print dialog (browser mode), which FrontDesk opens after recording it.
   */
  delivery: 'system' | 'browser';
  /** The printer's name; '' for the system default or the browser's dialog. */
  printer: string;
  paper: Paper;
  copies: number;
  language: Language;
  state: PrintJobState;
  failure: PrintFailure | null;
  failureDetail: string;
  reprint: number;
  staffName: string;
  createdAt: string;
  finishedAt: string | null;
  /** Where a PDF was saved (desktop app). */
  savedTo: string;
}

/** A job just recorded; for browser delivery it carries the document to print. */
export interface PrintJobStarted {
  job: PrintJob;
  document: RenderedDocument | null;
}

export interface SystemPrinter {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export interface PrinterList {
  /** `system`: the desktop app lists the computer's printers; `browser`: the browser's print dialog chooses. */
  mode: 'system' | 'browser';
  printers: SystemPrinter[];
}

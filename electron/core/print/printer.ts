import type { PrintFailure, SystemPrinter } from '../../../shared/contract';
import type { Paper } from '../../../shared/domain/printing';

/** One document for a printer or a PDF file, exactly as rendered. */
export interface PrintRequest {
  html: string;
  paper: Paper;
  /** The system printer's name; '' for the system default. */
  printer: string;
  /** Identical copies the driver makes (receipts carry their labelled copies as pages instead). */
  copies: number;
  /** The job's name in the spooler, and the PDF's suggested file name. */
  title: string;
}

export type PrinterOutcome = { ok: true; savedTo: string } | { ok: false; failure: PrintFailure; detail: string };

export interface SystemPrinterState extends SystemPrinter {
  /** The system reports the printer stopped or unreachable. */
  offline: boolean;
}

/**
 * What the core needs of a printing system. The desktop app's implementation drives a hidden
 * Electron window (electron/main/printer.ts); browser mode has none and lets the browser's
 * print dialog do the printing.
 */
export interface Printer {
  list(): Promise<SystemPrinterState[]>;
  /** Resolves once the spooler took the job (success) or refused it; never rejects. */
  print(request: PrintRequest): Promise<PrinterOutcome>;
  /** Asks where to save, then writes the PDF; `cancelled` if the person closed the dialog. */
  savePdf(request: PrintRequest): Promise<PrinterOutcome>;
}

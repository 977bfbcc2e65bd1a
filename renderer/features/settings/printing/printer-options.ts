import type { SystemPrinter } from '../../../../shared/contract';

export interface PrinterOption {
  value: string;
  label: string;
}

export interface PrinterOptionLabels {
  /** The '' choice: whatever the system's default printer is at the time of printing. */
  defaultPrinter: string;
  /** A printer the system calls its default. */
  isDefault(printer: string): string;
  /** A saved printer the system no longer lists. */
  missing(printer: string): string;
}

/**
 * The choices of one document's printer: the system default, the system's printers, and the
 * printer saved for the document if the system no longer lists it, so that saving the page
 * again never changes a setting nobody touched.
 */
export function printerOptions(
  printers: readonly SystemPrinter[],
  saved: string,
  labels: PrinterOptionLabels,
): PrinterOption[] {
  const listed = printers.map((printer) => {
    const name = printer.displayName || printer.name;
    return { value: printer.name, label: printer.isDefault ? labels.isDefault(name) : name };
  });
  const missing =
    saved !== '' && !printers.some((printer) => printer.name === saved)
      ? [{ value: saved, label: labels.missing(saved) }]
      : [];
  return [{ value: '', label: labels.defaultPrinter }, ...listed, ...missing];
}

/** A printer's name as a person reads it: its display name, or the system default. */
export function printerLabel(printers: readonly SystemPrinter[], printer: string, defaultPrinter: string): string {
  if (printer === '') return defaultPrinter;
  const found = printers.find((candidate) => candidate.name === printer);
  return found?.displayName || printer;
}

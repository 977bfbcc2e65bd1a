import type { PrintSettings } from '../../../shared/contract';

/**
 * Printing as a new counter starts: receipts on an 80 mm roll, a customer copy and a shop copy;
 * the work order on A4; labels 50 × 30 mm; the quote on A5; everything on the system's default printer. Nothing
 * prints by itself until a manager turns auto-print on (in browser mode each print opens the
 * browser's dialog, which would surprise someone who did not ask for it).
 */
export const defaultPrintSettings: PrintSettings = {
  receipt: { printer: '', paper: 'roll-80', copies: 2, autoPrint: false },
  'work-order': { printer: '', paper: 'a4', copies: 1, autoPrint: false },
  'pickup-receipt': { printer: '', paper: 'roll-80', copies: 2, autoPrint: false },
  'device-label': { printer: '', paper: 'label-50x30', copies: 1, autoPrint: false },
  // Printed when the bill is known, for the customer to sign: on A5 at the counter.
  quote: { printer: '', paper: 'a5', copies: 1, autoPrint: false },
  // The manager's daily log: a wide table, on A4 turned sideways.
  'day-log': { printer: '', paper: 'a4-landscape', copies: 1, autoPrint: false },
};

import type { TicketState } from './ticket-states';

/**
 * What FrontDesk prints and on which paper. The core lays documents out for these papers, the
 * Electron printer passes their sizes to the driver, and the settings offer only the papers a
 * document fits.
 */
export const printDocuments = [
  'receipt',
  'work-order',
  'pickup-receipt',
  'device-label',
  'quote',
  'day-log',
  'test-page',
] as const;
export type PrintDocument = (typeof printDocuments)[number];

/** The documents of a ticket (the test page belongs to no ticket). */
export const ticketDocuments = ['receipt', 'work-order', 'pickup-receipt', 'device-label', 'quote'] as const;
export type TicketDocument = (typeof ticketDocuments)[number];

/** The documents with a setting of their own (printer, paper, copies): a ticket's, and the daily log. */
export const settingsDocuments = [...ticketDocuments, 'day-log'] as const;
export type SettingsDocument = (typeof settingsDocuments)[number];

/** What a document is about: a ticket; a period of days (the daily log); nothing (the test page). */
export function documentSubject(document: PrintDocument): 'ticket' | 'period' | 'none' {
  if (document === 'day-log') return 'period';
  return document === 'test-page' ? 'none' : 'ticket';
}

export const papers = ['roll-80', 'roll-58', 'a4', 'a4-landscape', 'a5', 'label-50x30', 'label-60x40'] as const;
export type Paper = (typeof papers)[number];

export interface PaperSpec {
  widthMm: number;
  /** Null for roll paper: each page is cut to the height of its content. */
  heightMm: number | null;
  /** The blank edge the printer needs (roll printers print 72 mm of 80 mm and 48 mm of 58 mm). */
  marginMm: number;
}

export const paperSpecs: Record<Paper, PaperSpec> = {
  'roll-80': { widthMm: 80, heightMm: null, marginMm: 4 },
  'roll-58': { widthMm: 58, heightMm: null, marginMm: 5 },
  a4: { widthMm: 210, heightMm: 297, marginMm: 12 },
  'a4-landscape': { widthMm: 297, heightMm: 210, marginMm: 10 },
  a5: { widthMm: 148, heightMm: 210, marginMm: 9 },
  'label-50x30': { widthMm: 50, heightMm: 30, marginMm: 1.5 },
  'label-60x40': { widthMm: 60, heightMm: 40, marginMm: 2 },
};

/** The papers each document is laid out for; the first is its default. */
export const documentPapers: Record<PrintDocument, readonly Paper[]> = {
  receipt: ['roll-80', 'roll-58', 'a5'],
  'work-order': ['a4', 'a5'],
  'pickup-receipt': ['roll-80', 'roll-58', 'a5'],
  'device-label': ['label-50x30', 'label-60x40'],
  quote: ['a5', 'roll-80'],
  // A table a dozen columns wide: on A4 turned sideways, or upright for a printer that cannot.
  'day-log': ['a4-landscape', 'a4'],
  'test-page': papers,
};

export function isRollPaper(paper: Paper): boolean {
  return paperSpecs[paper].heightMm === null;
}

/** Office sheets (A4 either way, A5), which keep the margins their CSS `@page` gives them. */
export type SheetPaper = 'a4' | 'a4-landscape' | 'a5';
export function isSheetPaper(paper: Paper): paper is SheetPaper {
  return paper === 'a4' || paper === 'a4-landscape' || paper === 'a5';
}

/** CSS pixels are 1/96 inch; drivers take page sizes in microns. */
export function cssPxToMicrons(px: number): number {
  return Math.ceil((px * 25_400) / 96);
}

export function mmToMicrons(mm: number): number {
  return Math.round(mm * 1000);
}

/**
 * Copies of a receipt are labelled (the customer keeps one, the shop files the other), so a
 * receipt's copies are separate pages of one job. Other documents print identical copies.
 */
export type CopyLabel = 'customer' | 'shop';

export function copyLabels(document: PrintDocument, copies: number): CopyLabel[] | null {
  if (document !== 'receipt' && document !== 'pickup-receipt') return null;
  return Array.from({ length: copies }, (_, index) => (index === 0 ? 'customer' : 'shop'));
}

/** Documents that go to the customer: phone numbers masked, no device password. */
export function isCustomerCopy(document: PrintDocument): boolean {
  return document === 'receipt' || document === 'pickup-receipt' || document === 'device-label' || document === 'quote';
}

/**
 * A quote (报价单) exists once the work has a bill: what the diagnosis found it needs, for the
 * customer to read and sign. Before the diagnosis there is only the intake's estimate; once the
 * ticket went back unrepaired (a declined quote leaves the diagnostic fee as its bill) or was
 * cancelled, there is nothing left to agree to.
 */
export function hasQuote(ticket: { bill: unknown; state: TicketState }): boolean {
  return (
    ticket.bill !== null &&
    ticket.bill !== undefined &&
    ticket.state !== 'returned-unrepaired' &&
    ticket.state !== 'cancelled'
  );
}

/**
 * Did this job put paper in someone's hand? Only prints that reached the printer count: a
 * failed attempt or a PDF does not, so the next printing is a reprint (补打) only after one did.
 */
export function reachedPrinter(job: { output: 'printer' | 'pdf'; state: 'queued' | 'sent' | 'failed' }): boolean {
  return job.output === 'printer' && job.state === 'sent';
}

import {
  fail,
  ok,
  type DocumentPrintSettings,
  type Language,
  type Outcome,
  type PrintSettings,
  type RenderedDocument,
  type TicketDetail,
} from '../../../shared/contract';
import { copyLabels, hasQuote, type Paper, type PrintDocument } from '../../../shared/domain/printing';
import type { DateRange } from '../../../shared/domain/report-periods';
import { can } from '../../../shared/domain/roles';
import { readSetting } from '../db/queries/settings';
import { devicePassword } from '../db/queries/tickets';
import { sentPrints } from '../db/queries/print-jobs';
import type { ReadableDB } from '../db/types';
import { requireActor, type HandlerContext } from '../context';
import type { DocumentContext } from '../print/context';
import { translatorFor } from '../translators';
import { renderDeviceLabel } from '../print/documents/device-label';
import { renderPickupReceipt } from '../print/documents/pickup-receipt';
import { renderQuote } from '../print/documents/quote';
import { renderReceipt } from '../print/documents/receipt';
import { renderTestPage } from '../print/documents/test-page';
import { renderWorkOrder } from '../print/documents/work-order';
import { defaultPrintSettings } from '../settings/print-defaults';
import { ticketDetail } from '../tickets/views';
import { readServiceSettings } from './service-settings';
import { readShop } from './settings';

/** Print settings as saved, each document's entry completed from the defaults. */
export function readPrintSettings(db: ReadableDB): PrintSettings {
  const saved = readSetting<Partial<PrintSettings>>(db, 'printing', {});
  const settings = { ...defaultPrintSettings };
  for (const document of Object.keys(defaultPrintSettings) as (keyof PrintSettings)[])
    settings[document] = { ...defaultPrintSettings[document], ...saved[document] };
  return settings;
}

/** The test page has no setting of its own: it tests whichever printer and paper it is given. */
const testPageSettings: DocumentPrintSettings = { printer: '', paper: 'a4', copies: 1, autoPrint: false };

export function documentSettings(settings: PrintSettings, document: PrintDocument): DocumentPrintSettings {
  return document === 'test-page' ? testPageSettings : settings[document];
}

export interface DocumentRequest {
  document: PrintDocument;
  ticketId: number | null;
  /** The days of the daily log. */
  period?: DateRange | null;
  language: Language;
  paper: Paper | null;
  copies?: number | null;
  /** The printer the test page names. */
  printer?: string | null;
}

/** Prepared for printing: the HTML, and the settings it was laid out with. */
export interface PreparedDocument {
  rendered: RenderedDocument;
  settings: DocumentPrintSettings;
  /**
   * The same ticket document laid out with another reprint number: the number a print really
   * gets is claimed inside the transaction that records its job (two prints at once must not
   * both be the original). Null for documents without a number.
   */
  relayout: ((reprint: number) => RenderedDocument) | null;
}

/**
 * Lays a document out as it will print: for a ticket's document, the next printing's reprint
 * number (补打) is counted from the jobs that already reached a printer. The daily log, for those
 * who may see reports, is worked out and laid out in the report worker.
 */
export async function prepareDocument(
  context: HandlerContext,
  request: DocumentRequest,
): Promise<Outcome<PreparedDocument>> {
  const actor = requireActor(context);
  const settings = documentSettings(readPrintSettings(context.db), request.document);
  const paper = request.paper ?? settings.paper;
  const copies = request.copies ?? settings.copies;
  const serviceSettings = readServiceSettings(context.db);
  const base: Omit<DocumentContext, 'reprint'> = {
    language: request.language,
    t: translatorFor(request.language),
    shop: readShop(context.db),
    settings: serviceSettings,
    paper,
    printedAt: context.now,
    printedBy: actor.name,
  };
  const laidOut = (html: string, ticket: TicketDetail | null, reprint: number, title: string, password: boolean) =>
    ({
      document: request.document,
      ticketId: ticket?.id ?? null,
      ticketNumber: ticket?.number ?? null,
      language: request.language,
      paper,
      copies,
      reprint,
      title,
      html,
      containsDevicePassword: password,
    }) satisfies RenderedDocument;
  const finish = (html: string, ticket: TicketDetail | null, reprint: number, title: string, password = false) =>
    ok({
      relayout: null as PreparedDocument['relayout'],
      rendered: {
        document: request.document,
        ticketId: ticket?.id ?? null,
        ticketNumber: ticket?.number ?? null,
        language: request.language,
        paper,
        copies,
        reprint,
        title,
        html,
        containsDevicePassword: password,
      },
      settings: { ...settings, paper, copies },
    });

  if (request.document === 'test-page') {
    // In browser mode the browser's print dialog chooses the printer: the page says so.
    const printer = context.core.printer ? (request.printer ?? settings.printer) : null;
    const documentContext = { ...base, reprint: 0 };
    return finish(renderTestPage(documentContext, printer), null, 0, base.t('printing.documents.test-page'));
  }
  if (request.document === 'day-log') {
    if (!can(actor.role, 'reports-view')) return fail('forbidden', 'errors.forbidden');
    const period = request.period;
    if (!period) return fail('validation', 'validation.periodForDocument'); // the schema refuses it first
    const laidOut = await context.core.reports.run('day-log-print', {
      range: period,
      language: request.language,
      paper,
      printedBy: actor.name,
      printedAt: context.now.toISOString(),
    });
    const days = period.from === period.to ? period.from : `${period.from}–${period.to}`;
    return finish(laidOut.html, null, 0, `${base.t('reports.dayLog.title')} ${days}`);
  }
  if (request.ticketId === null) return fail('validation', 'validation.ticketForDocument'); // the schema refuses it first
  const ticket = ticketDetail(context.db, request.ticketId, actor, serviceSettings.businessHours.timeZone);
  if (!ticket) return fail('not-found', 'errors.ticketNotFound');
  const title = `${base.t(`printing.documents.${request.document}`)} ${ticket.number}`;
  if (request.document === 'pickup-receipt' && !ticket.pickup) return fail('conflict', 'printing.errors.notPickedUp');
  if (request.document === 'quote' && !hasQuote(ticket)) return fail('conflict', 'printing.errors.noQuote');
  const password =
    request.document === 'work-order' && ticket.hasDevicePassword
      ? (devicePassword(context.db, ticket.id) ?? null)
      : null;
  const document = request.document;
  const layOut = (reprint: number): RenderedDocument => {
    const documentContext: DocumentContext = { ...base, reprint };
    const html = (() => {
      switch (document) {
        case 'receipt':
          return renderReceipt(documentContext, ticket, copies);
        case 'work-order':
          return renderWorkOrder(documentContext, ticket, { password });
        case 'pickup-receipt':
          return renderPickupReceipt(documentContext, ticket, copies);
        case 'device-label':
          return renderDeviceLabel(documentContext, ticket);
        case 'quote':
          return renderQuote(documentContext, ticket);
      }
    })();
    return laidOut(html, ticket, reprint, title, password !== null);
  };
  return ok({
    rendered: layOut(sentPrints(context.db, ticket.id, request.document)),
    settings: { ...settings, paper, copies },
    relayout: layOut,
  });
}

/** Copies the driver makes: receipts carry theirs as labelled pages, so the driver prints one. */
export function driverCopies(document: PrintDocument, copies: number): number {
  return copyLabels(document, copies) ? 1 : copies;
}

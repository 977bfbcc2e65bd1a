import { join } from 'node:path';
import type {
  BaseWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  PrinterInfo,
  PrintToPDFOptions,
  Size,
  WebContents,
  WebContentsPrintOptions,
} from 'electron';
import {
  cssPxToMicrons,
  isRollPaper,
  isSheetPaper,
  mmToMicrons,
  paperSpecs,
  type Paper,
} from '../../shared/domain/printing';
import type { Printer, PrinterOutcome, PrintRequest, SystemPrinterState } from '../core';
import { lockedDownWebPreferences } from './window';

/**
 * The desktop app's printing: each document is loaded into its own hidden, sandboxed window,
 * printed silently (or turned into a PDF) at the paper's exact size, and the window destroyed.
 */

/** What a print job uses of a window's web contents. */
export type PrintContents = Pick<
  WebContents,
  'loadURL' | 'executeJavaScript' | 'print' | 'printToPDF' | 'getPrintersAsync'
>;

export interface PrintWindow {
  webContents: PrintContents;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface ElectronPrinterDeps {
  /** Electron's BrowserWindow (a stand-in in tests). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  /** Where the save dialog opens: `app.getPath('documents')`. */
  documentsDir: () => string;
  /** The window the save dialog belongs to (the main window), if there is one. */
  parentWindow: () => BaseWindow | null;
}

/**
 * A print window is as locked down as the main window and has no preload: the documents are
 * inert HTML with their own script-free CSP. The app's `web-contents-created` lockdown (no
 * navigation, no new windows) covers these windows too.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...lockedDownWebPreferences },
  };
}

/** The tallest `.sheet` (one page each) in CSS pixels: a roll page is cut to its content. */
const measureSheets = `Math.max(0, ...Array.from(document.querySelectorAll('.sheet'), (sheet) => Math.ceil(sheet.getBoundingClientRect().height)))`;

const MICRONS_PER_INCH = 25_400;

/**
 * A sheet turned sideways (A4 landscape) is given to the driver as the upright sheet it knows
 * (A4) with `landscape` set: drivers pick their tray by the sheet and turn the page themselves.
 * (Labels are wider than tall too, but they feed through the printer that way.)
 */
export function isLandscape(paper: Paper): boolean {
  return paper === 'a4-landscape';
}

/**
 * The page in microns, upright: the paper's size (a landscape paper's sheet as it stands in the
 * tray), or for roll paper its width by the measured content height.
 */
export function pageMicrons(paper: Paper, contentHeightPx: number | null): Size {
  const spec = paperSpecs[paper];
  const width = mmToMicrons(spec.widthMm);
  if (spec.heightMm !== null) {
    const height = mmToMicrons(spec.heightMm);
    return isLandscape(paper) ? { width: height, height: width } : { width, height };
  }
  if (contentHeightPx === null) throw new Error(`Roll paper ${paper} needs the content height`);
  return { width, height: cssPxToMicrons(contentHeightPx) };
}

/** A4 and A5 documents set their own margins with CSS `@page`; rolls and labels print edge to edge. */
function usesCssMargins(paper: Paper): boolean {
  return isSheetPaper(paper);
}

/**
 * Options for `webContents.print`. Its page size is in microns. Margin type `default` is the one
 * that keeps the document's CSS `@page` margins (the others replace them); `none` lets roll and
 * label documents, whose `@page` margin is 0, use the whole paper.
 */
export function printOptions(request: PrintRequest, page: Size): WebContentsPrintOptions {
  return {
    silent: true,
    printBackground: true,
    ...(request.printer === '' ? {} : { deviceName: request.printer }),
    copies: request.copies,
    pageSize: page,
    ...(isLandscape(request.paper) ? { landscape: true } : {}),
    margins: { marginType: usesCssMargins(request.paper) ? 'default' : 'none' },
  };
}

/**
 * Options for `webContents.printToPDF`, which takes inches, not microns. Fixed-size papers prefer
 * the page size their CSS `@page` declares (the same size); A4/A5 margins are given as the paper's
 * margins too, so the PDF has them whether Chromium applies the CSS margins or these.
 */
export function pdfOptions(paper: Paper, page: Size): PrintToPDFOptions {
  const margin = usesCssMargins(paper) ? paperSpecs[paper].marginMm / 25.4 : 0;
  return {
    printBackground: true,
    pageSize: { width: page.width / MICRONS_PER_INCH, height: page.height / MICRONS_PER_INCH },
    ...(isLandscape(paper) ? { landscape: true } : {}),
    preferCSSPageSize: !isRollPaper(paper),
    margins: { top: margin, bottom: margin, left: margin, right: margin },
  };
}

/** A title as a file name on Windows, macOS and Linux: no path or reserved characters. */
export function pdfFileName(title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  const base =
    cleaned === '' ? 'FrontDesk' : /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? `${cleaned}_` : cleaned;
  return `${base}.pdf`;
}

/**
 * CUPS (Linux, macOS) reports each printer's IPP state in its options; Windows reports nothing
 * usable since Chromium dropped the status field (Electron 36), so there a printer that is off
 * shows up as a failed or held job instead.
 */
const CUPS_PRINTER_STATE_STOPPED = '5';
/** CUPS sets this `printer-type` bit on the server's default printer. */
const CUPS_PRINTER_DEFAULT = 0x20000;

export function toPrinterState(printer: PrinterInfo): SystemPrinterState {
  const options = (printer.options ?? {}) as Record<string, string | undefined>;
  const printerType = Number(options['printer-type'] ?? 0);
  return {
    name: printer.name,
    displayName: printer.displayName || printer.name,
    isDefault: Number.isInteger(printerType) && (printerType & CUPS_PRINTER_DEFAULT) !== 0,
    // Stopped (it will hold jobs until someone re-enables it) or refusing jobs.
    offline:
      options['printer-state'] === CUPS_PRINTER_STATE_STOPPED || options['printer-is-accepting-jobs'] === 'false',
  };
}

function failed(detail: string): PrinterOutcome {
  return { ok: false, failure: 'failed', detail };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Electron's load error names the whole data: URL; the job only needs why. */
function loadFailure(error: unknown): Error {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  return new Error(`The document did not load: ${code ?? messageOf(error).slice(0, 200)}`);
}

export function createElectronPrinter(deps: ElectronPrinterDeps): Printer {
  /** Loads the document into a hidden window, runs `work` on it, and always destroys the window. */
  async function withDocument<T>(
    request: PrintRequest,
    work: (contents: PrintContents, page: Size) => Promise<T>,
  ): Promise<T> {
    const window = new deps.BrowserWindow(printWindowOptions());
    try {
      const contents = window.webContents;
      await contents
        .loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(request.html)}`)
        .catch((error: unknown) => {
          throw loadFailure(error);
        });
      let contentHeightPx: number | null = null;
      if (isRollPaper(request.paper)) {
        const measured: unknown = await contents.executeJavaScript(measureSheets);
        if (typeof measured !== 'number' || !Number.isFinite(measured) || measured <= 0)
          throw new Error('The document has nothing to print');
        contentHeightPx = measured;
      }
      return await work(contents, pageMicrons(request.paper, contentHeightPx));
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  }

  return {
    async list() {
      // Any web contents can ask; a window of our own works before the main window exists.
      const window = new deps.BrowserWindow(printWindowOptions());
      try {
        return (await window.webContents.getPrintersAsync()).map(toPrinterState);
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }
    },

    async print(request) {
      try {
        return await withDocument(
          request,
          (contents, page) =>
            new Promise<PrinterOutcome>((resolve) => {
              contents.print(printOptions(request, page), (success, failureReason) => {
                if (success) resolve({ ok: true, savedTo: '' });
                // Electron says "Print job canceled"; nothing else it reports mentions cancelling.
                else if (/cancel/i.test(failureReason)) resolve({ ok: false, failure: 'cancelled', detail: '' });
                else resolve(failed(failureReason || 'The printer refused the job'));
              });
            }),
        );
      } catch (error) {
        return failed(messageOf(error));
      }
    },

    async savePdf(request) {
      let pdf: Uint8Array;
      try {
        // The window is gone before the dialog opens: nothing stays loaded while the person chooses.
        pdf = await withDocument(request, (contents, page) => contents.printToPDF(pdfOptions(request.paper, page)));
      } catch (error) {
        return failed(messageOf(error));
      }
      try {
        const options = {
          defaultPath: join(deps.documentsDir(), pdfFileName(request.title)),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const parent = deps.parentWindow();
        const chosen = parent
          ? await deps.dialog.showSaveDialog(parent, options)
          : await deps.dialog.showSaveDialog(options);
        if (chosen.canceled || !chosen.filePath) return { ok: false, failure: 'cancelled', detail: '' };
        await deps.writeFile(chosen.filePath, pdf);
        return { ok: true, savedTo: chosen.filePath };
      } catch (error) {
        return failed(messageOf(error));
      }
    },
  };
}

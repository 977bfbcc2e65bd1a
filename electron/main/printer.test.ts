import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  BaseWindow,
  BrowserWindowConstructorOptions,
  PrinterInfo,
  PrintToPDFOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContentsPrintOptions,
} from 'electron';
import { cssPxToMicrons, type Paper } from '../../shared/domain/printing';
import type { PrintRequest } from '../core';
import { openTestCore, type TestCore } from '../../test/fixtures/core';
import { repairIntake } from '../../test/fixtures/sample-intakes';
import { createElectronPrinter, pdfFileName, type ElectronPrinterDeps, type PrintWindow } from './printer';

/**
 * The Electron printer over a stand-in for Electron: hidden windows that load a document,
 * report its measured height, and print or make a PDF with whatever answer the test chose.
 */
function fakeElectron() {
  const system = {
    /** The tallest `.sheet`, as the page would measure it. */
    contentHeightPx: 612,
    printAnswer: [true, ''] as [boolean, string],
    loadError: null as Error | null,
    pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    printers: [] as PrinterInfo[],
    saveAnswer: { canceled: false, filePath: '/home/rita/Desktop/receipt.pdf' } as SaveDialogReturnValue,
    writeError: null as Error | null,
  };
  const windows: FakeWindow[] = [];
  const printed: WebContentsPrintOptions[] = [];
  const pdfs: PrintToPDFOptions[] = [];
  const loaded: string[] = [];
  const written = new Map<string, Uint8Array>();

  class FakeWindow implements PrintWindow {
    destroyed = false;
    webContents = {
      loadURL: vi.fn(async (url: string) => {
        if (system.loadError) throw system.loadError;
        loaded.push(url);
      }),
      executeJavaScript: vi.fn(async () => system.contentHeightPx),
      print: vi.fn((options?: WebContentsPrintOptions, callback?: (success: boolean, reason: string) => void) => {
        printed.push(options ?? {});
        callback?.(...system.printAnswer);
      }),
      printToPDF: vi.fn(async (options: PrintToPDFOptions) => {
        pdfs.push(options);
        return Buffer.from(system.pdf);
      }),
      getPrintersAsync: vi.fn(async () => system.printers),
    };
    constructor(public options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }

  const mainWindow = { title: 'FrontDesk' } as unknown as BaseWindow;
  const showSaveDialog = vi.fn(
    async (..._args: [BaseWindow, SaveDialogOptions] | [SaveDialogOptions]) => system.saveAnswer,
  );
  const deps: ElectronPrinterDeps = {
    BrowserWindow: FakeWindow,
    dialog: { showSaveDialog },
    writeFile: async (path, data) => {
      if (system.writeError) throw system.writeError;
      written.set(path, data);
    },
    documentsDir: () => '/home/rita/Documents',
    parentWindow: () => mainWindow,
  };
  return { system, windows, printed, pdfs, loaded, written, showSaveDialog, mainWindow, deps };
}

function request(overrides: Partial<PrintRequest> = {}): PrintRequest {
  return {
    html: '<!doctype html><title>20261125-0001</title><main class="sheet">王芳 · Huawei Mate 60 Pro</main>',
    paper: 'roll-80',
    printer: 'XP-80C',
    copies: 1,
    title: '20261125-0001',
    ...overrides,
  };
}

describe('printing through a hidden Electron window', () => {
  it('prints a receipt silently on the named printer, on 80 mm paper cut to the content', async () => {
    const electron = fakeElectron();
    const outcome = await createElectronPrinter(electron.deps).print(request());

    expect(outcome).toEqual({ ok: true, savedTo: '' });
    expect(electron.printed).toEqual([
      {
        silent: true,
        printBackground: true,
        deviceName: 'XP-80C',
        copies: 1,
        pageSize: { width: 80_000, height: cssPxToMicrons(612) },
        margins: { marginType: 'none' },
      },
    ]);
    expect(decodeURIComponent(electron.loaded[0]!.replace('data:text/html;charset=utf-8,', ''))).toBe(request().html);
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(electron.windows[0]!.options.webPreferences).not.toHaveProperty('preload');
    expect(electron.windows[0]!.destroyed).toBe(true);
  });

  it('leaves the choice of printer to the system when the default printer is wanted', async () => {
    const electron = fakeElectron();
    await createElectronPrinter(electron.deps).print(request({ printer: '' }));
    expect(electron.printed[0]).not.toHaveProperty('deviceName');
    expect(electron.printed[0]).toMatchObject({ silent: true });
  });

  it.each<[Paper, { width: number; height: number }, string]>([
    ['a4', { width: 210_000, height: 297_000 }, 'default'],
    ['a5', { width: 148_000, height: 210_000 }, 'default'],
    // A4 as it stands in the tray, turned by the driver.
    ['a4-landscape', { width: 210_000, height: 297_000 }, 'default'],
    ['label-50x30', { width: 50_000, height: 30_000 }, 'none'],
    ['label-60x40', { width: 60_000, height: 40_000 }, 'none'],
  ])('prints on %s at its size in microns (margins: %o, %s)', async (paper, pageSize, marginType) => {
    const electron = fakeElectron();
    await createElectronPrinter(electron.deps).print(request({ paper, copies: 2 }));
    expect(electron.printed[0]).toMatchObject({ pageSize, margins: { marginType }, copies: 2 });
    expect(electron.printed[0]?.landscape ?? false).toBe(paper === 'a4-landscape');
  });

  it('reports a job the printer refused as failed, with its reason, and closes the window', async () => {
    const electron = fakeElectron();
    electron.system.printAnswer = [false, 'Print job failed'];
    const outcome = await createElectronPrinter(electron.deps).print(request());
    expect(outcome).toEqual({ ok: false, failure: 'failed', detail: 'Print job failed' });
    expect(electron.windows.every((window) => window.destroyed)).toBe(true);
  });

  it('reports a job cancelled in the spooler as cancelled, not as an error', async () => {
    const electron = fakeElectron();
    electron.system.printAnswer = [false, 'Print job canceled'];
    expect(await createElectronPrinter(electron.deps).print(request())).toEqual({
      ok: false,
      failure: 'cancelled',
      detail: '',
    });
  });

  it('turns a document that does not load into a failed job instead of an error, and closes the window', async () => {
    const electron = fakeElectron();
    electron.system.loadError = Object.assign(new Error(`ERR_INVALID_URL (-300) loading 'data:text/html,…'`), {
      code: 'ERR_INVALID_URL',
    });
    const outcome = await createElectronPrinter(electron.deps).print(request());
    expect(outcome).toEqual({ ok: false, failure: 'failed', detail: expect.stringContaining('ERR_INVALID_URL') });
    expect(electron.printed).toEqual([]);
    expect(electron.windows[0]!.destroyed).toBe(true);
  });

  it('refuses to print a roll document with nothing on it', async () => {
    const electron = fakeElectron();
    electron.system.contentHeightPx = 0;
    expect(await createElectronPrinter(electron.deps).print(request())).toMatchObject({ ok: false, failure: 'failed' });
    expect(electron.printed).toEqual([]);
    expect(electron.windows[0]!.destroyed).toBe(true);
  });
});

describe('saving a PDF', () => {
  it('asks where to save, over the app window, starting in Documents, and writes the PDF there', async () => {
    const electron = fakeElectron();
    const outcome = await createElectronPrinter(electron.deps).savePdf(request());

    expect(outcome).toEqual({ ok: true, savedTo: '/home/rita/Desktop/receipt.pdf' });
    expect([...(electron.written.get('/home/rita/Desktop/receipt.pdf') ?? [])]).toEqual([...electron.system.pdf]);
    expect(electron.showSaveDialog).toHaveBeenCalledWith(electron.mainWindow, {
      defaultPath: '/home/rita/Documents/20261125-0001.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    // printToPDF takes inches: 80 mm wide, as tall as the content.
    expect(electron.pdfs).toEqual([
      {
        printBackground: true,
        pageSize: { width: expect.closeTo(80 / 25.4), height: expect.closeTo(cssPxToMicrons(612) / 25_400) },
        preferCSSPageSize: false,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      },
    ]);
    expect(electron.windows[0]!.destroyed).toBe(true);
  });

  it('keeps an A4 document to its CSS page size and margins', async () => {
    const electron = fakeElectron();
    await createElectronPrinter(electron.deps).savePdf(request({ paper: 'a4' }));
    const margin = expect.closeTo(12 / 25.4);
    expect(electron.pdfs[0]).toEqual({
      printBackground: true,
      pageSize: { width: expect.closeTo(210 / 25.4), height: expect.closeTo(297 / 25.4) },
      preferCSSPageSize: true,
      margins: { top: margin, bottom: margin, left: margin, right: margin },
    });
  });

  it('turns the daily log’s A4 sideways, keeping its CSS page size and margins', async () => {
    const electron = fakeElectron();
    await createElectronPrinter(electron.deps).savePdf(request({ paper: 'a4-landscape' }));
    const margin = expect.closeTo(10 / 25.4);
    expect(electron.pdfs[0]).toEqual({
      printBackground: true,
      pageSize: { width: expect.closeTo(210 / 25.4), height: expect.closeTo(297 / 25.4) },
      landscape: true,
      preferCSSPageSize: true,
      margins: { top: margin, bottom: margin, left: margin, right: margin },
    });
  });

  it('writes nothing and reports cancelled when the person closes the dialog', async () => {
    const electron = fakeElectron();
    electron.system.saveAnswer = { canceled: true, filePath: '' };
    expect(await createElectronPrinter(electron.deps).savePdf(request())).toEqual({
      ok: false,
      failure: 'cancelled',
      detail: '',
    });
    expect(electron.written.size).toBe(0);
  });

  it('reports a file it could not write as failed, with the reason', async () => {
    const electron = fakeElectron();
    electron.system.writeError = new Error('EACCES: permission denied');
    expect(await createElectronPrinter(electron.deps).savePdf(request())).toEqual({
      ok: false,
      failure: 'failed',
      detail: 'EACCES: permission denied',
    });
  });

  it('opens the dialog on its own when the app window is gone', async () => {
    const electron = fakeElectron();
    const printer = createElectronPrinter({ ...electron.deps, parentWindow: () => null });
    await printer.savePdf(request());
    expect(electron.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: expect.any(Array) }));
  });

  it.each([
    ['20261125-0001', '20261125-0001.pdf'],
    ['维修单 20261125/0001: 王芳?', '维修单 20261125-0001- 王芳-.pdf'],
    ['  ..  ', 'FrontDesk.pdf'],
    ['CON', 'CON_.pdf'],
  ])('suggests a file name any system accepts for %j', (title, fileName) => {
    expect(pdfFileName(title)).toBe(fileName);
  });
});

describe('listing printers', () => {
  const cups = (name: string, options: Record<string, string>): PrinterInfo => ({
    name,
    displayName: name.replace(/_/g, ' '),
    description: '',
    options: { 'printer-state': '3', 'printer-is-accepting-jobs': 'true', 'printer-type': '36932', ...options },
  });

  it('lists each printer by name with the default marked and stopped or refusing printers offline', async () => {
    const electron = fakeElectron();
    electron.system.printers = [
      // 0x20000 in printer-type: the server's default printer.
      cups('XP-80C', { 'printer-type': String(0x9044 | 0x20000) }),
      cups('HP_LaserJet_M110', { 'printer-state': '4' }),
      cups('Zebra_ZD421', { 'printer-state': '5' }),
      cups('Brother_QL_820NWB', { 'printer-is-accepting-jobs': 'false' }),
      { name: 'Microsoft Print to PDF', displayName: '', description: '', options: {} },
    ];
    expect(await createElectronPrinter(electron.deps).list()).toEqual([
      { name: 'XP-80C', displayName: 'XP-80C', isDefault: true, offline: false },
      { name: 'HP_LaserJet_M110', displayName: 'HP LaserJet M110', isDefault: false, offline: false },
      { name: 'Zebra_ZD421', displayName: 'Zebra ZD421', isDefault: false, offline: true },
      { name: 'Brother_QL_820NWB', displayName: 'Brother QL 820NWB', isDefault: false, offline: true },
      { name: 'Microsoft Print to PDF', displayName: 'Microsoft Print to PDF', isDefault: false, offline: false },
    ]);
    expect(electron.windows.every((window) => window.destroyed)).toBe(true);
  });
});

describe('the Electron printer in the core', () => {
  let core: TestCore;
  afterEach(() => core.dispose());

  it('records a receipt the printer refused as failed and keeps the ticket', async () => {
    const electron = fakeElectron();
    electron.system.printers = [
      { name: 'XP-80C', displayName: 'Xprinter XP-80C', description: '', options: { 'printer-type': '131076' } },
    ];
    electron.system.printAnswer = [false, 'Printing failed'];
    core = await openTestCore({
      now: () => new Date('2026-11-25T02:00:00.000Z'),
      printer: createElectronPrinter(electron.deps),
    });
    const admin = await core.setUp();
    const reception = await core.staffSession(admin, 'reception', 'Rita');
    const customer = await core.expectOk('customers-create', { name: '王芳', phone: '138 0013 5678' }, reception);
    const ticket = await core.expectOk('intake-save', repairIntake(customer.id), reception);

    const { job } = await core.expectOk(
      'print-document',
      { document: 'receipt', ticketId: ticket.id, language: 'zh-CN' },
      reception,
    );

    expect(job).toMatchObject({
      state: 'failed',
      failure: 'failed',
      failureDetail: 'Printing failed',
      printer: 'XP-80C',
    });
    expect(electron.printed).toEqual([expect.objectContaining({ silent: true, deviceName: 'XP-80C' })]);
    const loaded = decodeURIComponent(electron.loaded[0]!);
    expect(loaded).toContain(ticket.number);
    expect(electron.windows.every((window) => window.destroyed)).toBe(true);
    expect(await core.expectOk('tickets-get', { id: ticket.id }, reception)).toMatchObject({
      id: ticket.id,
      number: ticket.number,
      state: 'received',
    });
  });
});

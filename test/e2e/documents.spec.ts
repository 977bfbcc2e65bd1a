import type { TestInfo } from '@playwright/test';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Customer, Language, TicketDetail } from '../../shared/contract';
import {
  copyLabels,
  documentPapers,
  isCustomerCopy,
  isRollPaper,
  paperSpecs,
  ticketDocuments,
  type Paper,
  type PrintDocument,
  type TicketDocument,
} from '../../shared/domain/printing';
import { handOver, quoteAboveLimit, repairIntake } from '../fixtures/sample-intakes';
import { expect, test, type Page } from './fixtures';
import { callApi, completeSetup, submitSetup } from './flows';
import {
  blankTailMm,
  pdfFonts,
  pdfPageSizes,
  pdfText,
  phoneRunsIn,
  rasterize,
  readPgm,
  scanCodes,
  withoutSpaces,
} from './pdf-tools';

/**
 * Every document of a ticket, on every paper it is laid out for, in both languages, printed to
 * PDF as the printer would get it and read back with poppler and zbar: the text a customer reads
 * (Chinese included, fonts embedded), the phone masked on what leaves the shop, the paper's size,
 * no blank roll after the last line, and codes that scan. A picture of each page is saved under
 * test/artifacts/documents for a person to look at.
 */

const artifactsDir = resolve('test/artifacts/documents');
const customer = { name: '王芳', phone: '13812345678', masked: '138****5678' };
/** A part on the sample estimate, in Chinese whatever the document's language. */
const part = '屏幕总成';
/** As completeSetup names the shop in each language. */
const shopNames: Record<Language, string> = { 'zh-CN': '华东家电售后服务中心', en: 'Eastside Appliance Service' };
const languages = ['zh-CN', 'en'] as const satisfies readonly Language[];
/** Pictures for people at 110 dpi; codes scanned (and the blank tail measured) at 300 dpi. */
const lookDpi = 110;
const scanDpi = 300;
const maxBlankTailMm = 10;
const sizeToleranceMm = 0.5;

/** The sample repair intake with a serial of its own: the sample serial holds 8 digits of the sample phone. */
function intakeFor(customerId: number) {
  const intake = repairIntake(customerId);
  return { ...intake, device: intake.device && { ...intake.device, serial: 'HW86A7730519' } };
}

/**
 * Loads the document at its address and prints it as any browser would: the page size is the
 * document's own (`@page`), a roll's set to the tallest copy by the document itself, so the size
 * and blank-tail checks below hold for a receipt printed straight from its address.
 */
async function printToPdf(page: Page, url: string, file: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `${url} answers`).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
}

interface Printout {
  /** Names the printout in every failure, e.g. `receipt roll-58 en`; `receipt-roll-58-en` names its files. */
  name: string;
  fileName: string;
  pdf: string;
  workDir: string;
  paper: Paper;
}

/** Prints one document into the test's output folder (kept when the test fails, for a look at the PDF). */
function print(
  page: Page,
  url: string,
  options: { name: string; paper: Paper; testInfo: TestInfo },
): Promise<Printout> {
  return test.step(`print ${options.name}`, async () => {
    const fileName = options.name.replaceAll(' ', '-');
    const workDir = options.testInfo.outputPath(fileName);
    mkdirSync(workDir, { recursive: true });
    const pdf = join(workDir, `${fileName}.pdf`);
    await printToPdf(page, url, pdf);
    return { name: options.name, fileName, pdf, workDir, paper: options.paper };
  });
}

interface Expectation {
  pages: number;
  /** Text that must be extracted exactly (compared without whitespace). */
  texts: readonly string[];
  /** Scanned on every page listed in `pagesWithCodes` (1-based). */
  codes: readonly string[];
  pagesWithCodes: readonly number[];
}

/**
 * The checks every printout passes, whatever it is; returns its text for further checks.
 * Assertions are soft: printouts are checked while the next one prints, and each failure names its printout.
 */
async function checkPrintout(printout: Printout, expected: Expectation): Promise<string> {
  const { name, paper, pdf } = printout;
  const spec = paperSpecs[paper];
  await savePictures(printout);

  const text = await pdfText(pdf);
  for (const wanted of expected.texts)
    expect.soft(withoutSpaces(text), `${name}: the text shows ${wanted}`).toContain(withoutSpaces(wanted));

  const fonts = await pdfFonts(pdf);
  expect.soft(fonts.length, `${name}: uses fonts`).toBeGreaterThan(0);
  expect
    .soft(
      fonts.filter((font) => !font.embedded).map((font) => font.name),
      `${name}: every font is embedded`,
    )
    .toEqual([]);

  const sizes = await pdfPageSizes(pdf);
  expect.soft(sizes.length, `${name}: pages`).toBe(expected.pages);
  sizes.forEach((size, index) => {
    const where = `${name} page ${index + 1}`;
    expect
      .soft(Math.abs(size.widthMm - spec.widthMm), `${where}: width ${size.widthMm} mm is ${spec.widthMm} mm`)
      .toBeLessThanOrEqual(sizeToleranceMm);
    if (spec.heightMm !== null)
      expect
        .soft(Math.abs(size.heightMm - spec.heightMm), `${where}: height ${size.heightMm} mm is ${spec.heightMm} mm`)
        .toBeLessThanOrEqual(sizeToleranceMm);
  });

  // One greyscale drawing at scanning resolution serves the scanner and the blank-tail ruler.
  const scans = await rasterize(pdf, { dpi: scanDpi, format: 'pgm', directory: printout.workDir, prefix: 'scan' });
  if (isRollPaper(paper))
    for (const [index, file] of scans.entries()) {
      const tail = blankTailMm(await readPgm(file), scanDpi);
      expect
        .soft(tail, `${name} page ${index + 1}: blank roll after the last line (mm)`)
        .toBeLessThanOrEqual(maxBlankTailMm);
    }
  for (const pageNumber of expected.pagesWithCodes) {
    const scan = scans[pageNumber - 1];
    if (!scan) continue; // the page count is reported above
    const scanned = await scanCodes(scan);
    for (const code of expected.codes)
      expect.soft(scanned, `${name} page ${pageNumber}: scans ${code}`).toContain(code);
  }
  return text;
}

/** Saves a picture of each page as test/artifacts/documents/<document>-<paper>-<lang>-<page>.png. */
async function savePictures(printout: Printout): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  for (const stale of readdirSync(artifactsDir).filter((file) => file.startsWith(`${printout.fileName}-`)))
    rmSync(join(artifactsDir, stale));
  await rasterize(printout.pdf, { dpi: lookDpi, format: 'png', directory: artifactsDir, prefix: printout.fileName });
}

function expectedPages(document: PrintDocument, paper: Paper): number {
  const copies = copyLabels(document, 2);
  if (copies) return copies.length;
  // On A5 the technician's half of the work order has a page of its own.
  return document === 'work-order' && paper === 'a5' ? 2 : 1;
}

function pageNumbers(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

/** What a ticket's document must show beyond the common checks: the phone, and the technician's page. */
async function checkTicketDocument(
  printout: Printout,
  options: { document: TicketDocument; number: string; lang: Language },
): Promise<void> {
  const { document, number, lang } = options;
  const { name, paper } = printout;
  const label = document === 'device-label';
  const pages = expectedPages(document, paper);
  const technicianPage = document === 'work-order' && paper === 'a5' ? 2 : null;
  const text = await checkPrintout(printout, {
    pages,
    // Labels carry no shop header and no estimate.
    texts: [number, customer.name, ...(label ? [] : [part, shopNames[lang]])],
    codes: [`CODE-128:${number}`, ...(paper === 'label-50x30' ? [] : [`QR-Code:${number}`])],
    pagesWithCodes: pageNumbers(pages).filter((pageNumber) => pageNumber !== technicianPage),
  });

  if (isCustomerCopy(document)) {
    expect.soft(phoneRunsIn(text, customer.phone), `${name}: no 7 digits of the phone in a row`).toEqual([]);
    if (copyLabels(document, 1))
      expect.soft(withoutSpaces(text), `${name}: the phone is shown masked`).toContain(customer.masked);
  } else {
    // The work order stays in the shop: the admin's copy shows the whole number, proving the check can fail.
    expect
      .soft(phoneRunsIn(text, customer.phone, customer.phone.length), `${name}: the full phone`)
      .toEqual([customer.phone]);
  }
  if (technicianPage !== null) {
    const technicianText = await pdfText(printout.pdf, { first: technicianPage, last: technicianPage });
    expect.soft(technicianText, `${name}: the technician's page names the ticket`).toContain(number);
  }
}

for (const lang of languages) {
  test.describe(`printed documents (${lang})`, () => {
    test.use({ lang });
    // Twelve PDFs, each rasterised at 300 dpi and scanned: ~25 s alone, more on a loaded CI machine.
    test.setTimeout(180_000);

    test('every document prints on each of its papers: text, fonts, masking, size, codes', async ({
      page,
      app,
    }, testInfo) => {
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      const wangFang = await callApi<Customer>(page, 'customers-create', {
        name: customer.name,
        phone: customer.phone,
      });
      const received = await callApi<TicketDetail>(page, 'intake-save', intakeFor(wangFang.id));
      const collected = await callApi<TicketDetail>(page, 'intake-save', intakeFor(wangFang.id));
      // The second is repaired and handed back, move by move, as the administrator; the third
      // is diagnosed as needing more than its estimate, and has a quote.
      await handOver(collected, {
        move: (input) => callApi<TicketDetail>(page, 'tickets-move', input),
        pickUp: (input) => callApi<TicketDetail>(page, 'pickup-complete', input),
      });
      const quoted = await quoteAboveLimit(
        await callApi<TicketDetail>(page, 'intake-save', intakeFor(wangFang.id)),
        (input) => callApi<TicketDetail>(page, 'tickets-move', input),
      );

      // Chromium prints one document at a time; the poppler and zbar checks of each run while the next prints.
      const checks: Promise<void>[] = [];
      try {
        for (const document of ticketDocuments) {
          const number =
            document === 'pickup-receipt' ? collected.number : document === 'quote' ? quoted.number : received.number;
          for (const paper of documentPapers[document]) {
            const name = `${document} ${paper} ${lang}`;
            const printout = await print(
              page,
              `${app.url}/documents/${document}/${number}?lang=${lang}&paper=${paper}`,
              {
                name,
                paper,
                testInfo,
              },
            );
            checks.push(test.step(name, () => checkTicketDocument(printout, { document, number, lang })));
          }
        }
      } finally {
        // Whatever stopped the printing, let started checks finish before the output folder goes.
        await Promise.allSettled(checks);
      }
      await Promise.all(checks);
    });
  });
}

test('the test page prints its codes on A4 and on an 80 mm roll', async ({ page, app }, testInfo) => {
  const lang = 'zh-CN';
  await completeSetup(page, lang);
  await submitSetup(page, lang);
  const checks: Promise<string>[] = [];
  try {
    for (const paper of ['a4', 'roll-80'] as const satisfies readonly Paper[]) {
      const name = `test-page ${paper} ${lang}`;
      const printout = await print(page, `${app.url}/documents/test-page/x?lang=${lang}&paper=${paper}`, {
        name,
        paper,
        testInfo,
      });
      checks.push(
        test.step(name, () =>
          checkPrintout(printout, {
            pages: 1,
            texts: ['FRONTDESK-TEST', shopNames[lang]],
            codes: ['CODE-128:FRONTDESK-TEST', 'QR-Code:FRONTDESK-TEST'],
            pagesWithCodes: [1],
          }),
        ),
      );
    }
  } finally {
    await Promise.allSettled(checks);
  }
  await Promise.all(checks);
});

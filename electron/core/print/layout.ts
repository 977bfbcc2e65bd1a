import {
  copyLabels,
  isRollPaper,
  isSheetPaper,
  paperSpecs,
  type CopyLabel,
  type Paper,
  type PrintDocument,
  type SheetPaper,
} from '../../../shared/domain/printing';
import type { DocumentContext } from './context';
import { html, trusted, type Html } from './html';

/**
 * The page every document is printed on: one `.sheet` per copy (a page each), the paper's
 * size and margins, black on white (thermal printers have no grey), and a font stack with
 * Chinese glyphs on every system a counter PC may run, so no receipt shows empty boxes.
 */

export const fontStack =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", SimSun, sans-serif';

/** Documents are inert: no scripts, no requests; inline styles and data: images only. */
export const documentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Base font size per paper: thermal rolls and labels need larger type than their width suggests. */
const baseFontPx: Record<Paper, number> = {
  'roll-80': 12.5,
  'roll-58': 11.5,
  a4: 12,
  'a4-landscape': 10,
  a5: 11,
  'label-50x30': 8.5,
  'label-60x40': 9.5,
};

/** CSS `@page` sizes of the office sheets. */
const sheetSizes: Record<SheetPaper, string> = { a4: 'A4', 'a4-landscape': 'A4 landscape', a5: 'A5' };

function pageCss(paper: Paper): string {
  const spec = paperSpecs[paper];
  if (isRollPaper(paper)) {
    // The driver (or the PDF call) is given the page height measured from the content.
    return `@page { margin: 0; }
      .sheet { width: ${spec.widthMm}mm; padding: 3mm ${spec.marginMm}mm 4mm; }`;
  }
  if (isSheetPaper(paper)) {
    return `@page { size: ${sheetSizes[paper]}; margin: ${spec.marginMm}mm; }
      .sheet { width: 100%; }`;
  }
  return `@page { size: ${spec.widthMm}mm ${spec.heightMm}mm; margin: 0; }
    .sheet { width: ${spec.widthMm}mm; height: ${spec.heightMm}mm; padding: ${spec.marginMm}mm; overflow: hidden; }`;
}

const baseCss = `
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; background: #fff; color: #000; }
  body {
    font-family: ${fontStack};
    line-height: 1.35;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
    font-variant-numeric: tabular-nums;
  }
  .sheet { break-after: page; position: relative; }
  .sheet:last-child { break-after: auto; }
  h1, h2, p { margin: 0; }
  .marks { display: flex; justify-content: space-between; align-items: flex-start; gap: 2mm; font-size: 0.9em; min-height: 1.2em; }
  .copy-label { border: 1px solid #000; padding: 0 1.5mm; }
  .reprint { border: 2px solid #000; padding: 0 1.5mm; font-weight: 700; margin-left: auto; }
  .shop { text-align: center; }
  .shop-name { font-size: 1.35em; font-weight: 700; }
  .shop-meta { font-size: 0.88em; }
  .title { text-align: center; font-size: 1.25em; font-weight: 700; margin: 1.5mm 0 1mm; }
  .number { text-align: center; font-size: 1.55em; font-weight: 700; letter-spacing: 0.04em; }
  .barcode svg { display: block; width: 100%; height: 12mm; }
  .qr svg { display: block; width: 20mm; height: 20mm; }
  .codes { display: flex; flex-direction: column; align-items: center; gap: 1.5mm; margin: 1mm 0; }
  .codes .barcode { width: 100%; }
  .rule { border: 0; border-top: 1px dashed #000; margin: 2mm 0; }
  .fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.4mm 2.5mm; margin: 0; align-content: start; }
  /* One label column width per paper, so the values of successive blocks line up. */
  .fields dt { min-width: 15mm; }
  html[lang="en"] .fields dt { min-width: 24mm; }
  .paper-roll-58 .fields dt { min-width: 13mm; }
  html[lang="en"] .paper-roll-58 .fields { grid-template-columns: 1fr; gap: 0; }
  html[lang="en"] .paper-roll-58 .fields dt { font-weight: 700; margin-top: 0.6mm; }
  .fields dt { white-space: nowrap; }
  .fields dd { margin: 0; overflow-wrap: anywhere; }
  .section { margin: 1.5mm 0; }
  .section h2 { font-size: 1em; font-weight: 700; margin-bottom: 0.5mm; }
  .said { white-space: pre-wrap; overflow-wrap: anywhere; }
  table { width: 100%; border-collapse: collapse; }
  th { text-align: left; font-weight: 700; }
  th, td { padding: 0.4mm 0.8mm; vertical-align: top; }
  thead th { border-bottom: 1px solid #000; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .money, .qty { text-align: right; white-space: nowrap; }
  .totals td { padding-top: 0.2mm; padding-bottom: 0.2mm; }
  .totals .grand td { font-weight: 700; font-size: 1.1em; border-top: 1px solid #000; }
  .terms { font-size: 0.85em; }
  .terms p { margin-bottom: 0.4mm; }
  .sign { display: flex; align-items: flex-end; gap: 2mm; margin-top: 3mm; }
  .sign-line { flex: 1; border-bottom: 1px solid #000; height: 9mm; position: relative; }
  .sign-line img { position: absolute; left: 0; bottom: 0.5mm; height: 8.5mm; max-width: 100%; }
  .small { font-size: 0.85em; }
  .center { text-align: center; }
  .strong { font-weight: 700; }
  .nowrap { white-space: nowrap; }
  .footer { margin-top: 2mm; text-align: center; font-size: 0.85em; }
  .paper-roll-80 .barcode { padding: 0 3mm; }
  .paper-roll-58 .qr svg { width: 17mm; height: 17mm; }
  .paper-roll-58 .barcode svg { height: 10mm; }
  /* A5 receipts: the shop and title on the left, the codes on the right. */
  .paper-a5 .head { display: grid; grid-template-columns: 1fr 62mm; gap: 6mm; align-items: start; }
  .paper-a5 .head .shop, .paper-a5 .head .title { text-align: left; }
  .paper-a5 .codes { flex-direction: row; flex-wrap: wrap; justify-content: flex-end; column-gap: 4mm; }
  .paper-a5 .codes .barcode, .paper-a5 .codes .number { width: 38mm; }
  .paper-a5 .codes .number { font-size: 1.3em; }
  .paper-a5 .codes .qr { order: -1; }
  .paper-a5 .codes .qr svg { width: 19mm; height: 19mm; }
`;

/** The marks at the top of a sheet: which copy it is (or a note) and, on a reprint, 补打 with its count. */
export function sheetMarks(context: DocumentContext, copy: CopyLabel | null, note: Html | null = null): Html {
  return html`<div class="marks">
    ${copy ? html`<span class="copy-label">${context.t(`printing.copyLabels.${copy}`)}</span>` : html`<span>${note}</span>`}
    ${context.reprint > 0 && html`<span class="reprint">${context.t('printing.reprint', { count: context.reprint })}</span>`}
  </div>`;
}

/** A whole document: sheets laid out for the paper, with the document's own CSS after the base. */
export function renderPage(
  context: DocumentContext,
  options: { title: string; css: string; sheets: readonly Html[] },
): string {
  const paper = context.paper;
  const page = html`<!doctype html>
    <html lang="${context.language}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${documentSecurityPolicy}" />
        <title>${options.title}</title>
        <style>
          ${trusted(`${pageCss(paper)}\n${baseCss}\nbody { font-size: ${baseFontPx[paper]}px; }\n${options.css}`)}
        </style>
      </head>
      <body class="paper-${paper}${isRollPaper(paper) ? ' roll' : ''}">
        ${options.sheets.map((sheet) => html`<main class="sheet">${sheet}</main>`)}
      </body>
    </html>`;
  return page.text;
}

/** A document whose copies are labelled (receipts): one sheet a copy, the customer's first. */
export function renderCopies(
  context: DocumentContext,
  options: { document: PrintDocument; copies: number; title: string; css: string; sheet: (copy: CopyLabel) => Html },
): string {
  const labels = copyLabels(options.document, options.copies) ?? ['customer'];
  return renderPage(context, { title: options.title, css: options.css, sheets: labels.map(options.sheet) });
}

import { isRollPaper, paperSpecs } from '../../../../shared/domain/printing';
import { fields, shopHeader } from '../blocks';
import { code128, qrCode } from '../codes';
import { wallTime, type DocumentContext } from '../context';
import { html } from '../html';
import { renderPage } from '../layout';

export const TEST_CODE = 'FRONTDESK-TEST';

/**
 * A page to check a printer before the first customer: is it the right printer and paper,
 * does it print at full size (a 10 mm ruler), do Chinese characters show, do the barcode and
 * QR code scan, is solid black even (thermal heads wear).
 */
const css = `
  .ruler { display: flex; height: 5mm; border-bottom: 1px solid #000; margin: 2mm 0 1mm; }
  .ruler span { flex: 0 0 10mm; border-left: 1px solid #000; font-size: 7px; padding-left: 0.5mm; }
  .codes .barcode { max-width: 70mm; }
  .black { height: 5mm; background: #000; margin: 1mm 0; }
  .sizes p { margin: 0.5mm 0; }
  .paper-label-50x30 .barcode svg, .paper-label-60x40 .barcode svg { height: 7mm; }
  .paper-label-50x30 .qr, .paper-label-50x30 .sizes, .paper-label-50x30 .black { display: none; }
  .paper-label-60x40 .qr svg { width: 12mm; height: 12mm; }
  .paper-label-60x40 .sizes { display: none; }
`;

/** `printer` null: the browser's print dialog chooses (browser mode). */
export function renderTestPage(context: DocumentContext, printer: string | null): string {
  const t = context.t;
  const spec = paperSpecs[context.paper];
  const usable = spec.widthMm - 2 * spec.marginMm;
  const marks = Math.floor(usable / 10);
  const label = context.paper.startsWith('label-');
  const sheet = html`
    ${!label && shopHeader(context)}
    <h1 class="title">${t('printing.paper.title.test-page')}</h1>
    ${fields([
      [
        t('printing.paper.testPrinter'),
        printer === null ? t('printing.paper.testBrowserPrinter') : printer || t('printing.paper.testDefaultPrinter'),
      ],
      [
        t('printing.paper.testPaper'),
        `${t(`printing.papers.${context.paper}`)}${isRollPaper(context.paper) || label ? '' : ` (${spec.widthMm} × ${spec.heightMm} mm)`}`,
      ],
    ])}
    <div class="ruler" style="width:${marks * 10}mm">
      ${Array.from({ length: marks }, (_, index) => html`<span>${index * 10}</span>`)}
    </div>
    ${!label && html`<p class="small">${t('printing.paper.testRuler', { mm: marks * 10 })}</p>`}
    <div class="sizes">
      <p style="font-size:0.85em">${t('printing.paper.testSample')}</p>
      <p>${t('printing.paper.testSample')}</p>
      <p style="font-size:1.3em" class="strong">${t('printing.paper.testSample')}</p>
      <p>ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789</p>
    </div>
    <div class="codes">
      <div class="barcode">${code128(TEST_CODE)}</div>
      <div class="qr">${qrCode(TEST_CODE)}</div>
      ${!label && html`<p class="small">${t('printing.paper.testCodes', { text: TEST_CODE })}</p>`}
    </div>
    ${!label && html`<p class="small">${t('printing.paper.testBlack')}</p>`}
    <div class="black"></div>
    ${!label && html`<p class="footer small">${wallTime(context, context.printedAt.toISOString())} · ${context.printedBy}</p>`}
  `;
  return renderPage(context, { title: t('printing.paper.title.test-page'), css, sheets: [sheet] });
}

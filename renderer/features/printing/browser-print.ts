import { isRollPaper, paperSpecs } from '../../../shared/domain/printing';
import type { RenderedDocument } from '../../../shared/contract';

/** The tallest copy of a roll document, in CSS px: each copy is cut to this height. */
export function rollHeightPx(document: Document): number {
  const sheets = Array.from(document.querySelectorAll('.sheet'), (sheet) => sheet.getBoundingClientRect().height);
  return Math.ceil(Math.max(1, ...sheets));
}

/**
 * Browser mode: prints a rendered document through the browser's own print dialog. The
 * document goes into a hidden, script-less frame laid out at the paper's width; for roll paper
 * the page is sized to the content so the receipt has no blank tail. Resolves once the dialog
 * has closed (the browser does not say whether the person printed or cancelled).
 */
export function printInBrowser(rendered: RenderedDocument): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    const { widthMm } = paperSpecs[rendered.paper];
    Object.assign(frame.style, {
      position: 'fixed',
      left: '-10000px',
      top: '0',
      width: `${widthMm}mm`,
      height: '100px',
      border: '0',
    });
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        const printed = frame.contentDocument;
        if (!view || !printed) {
          frame.remove();
          reject(new Error('The print frame did not load'));
          return;
        }
        if (isRollPaper(rendered.paper)) {
          const style = printed.createElement('style');
          style.textContent = `@page { size: ${widthMm}mm ${rollHeightPx(printed)}px; margin: 0; }`;
          printed.head.append(style);
        }
        try {
          view.focus();
          view.print();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          // Give the print dialog the document a moment longer than the call.
          window.setTimeout(() => frame.remove(), 1000);
        }
      },
      { once: true },
    );
    frame.srcdoc = rendered.html;
    document.body.append(frame);
  });
}

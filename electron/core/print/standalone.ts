import { createHash } from 'node:crypto';
import { isRollPaper, paperSpecs, type Paper } from '../../../shared/domain/printing';
import { escapeHtml } from './html';
import { documentSecurityPolicy } from './layout';

export interface StandaloneDocument {
  html: string;
  securityPolicy: string;
}

/**
 * Sets a roll document's page to the paper's width and the tallest copy's height once it is laid
 * out: CSS cannot size a page to its content, and without this a receipt printed straight from a
 * browser comes out on Letter or A4 with the receipt in a corner. (The app's own printing measures
 * the same way before it prints.)
 */
function rollPageScript(widthMm: number): string {
  return (
    `(() => { const height = Math.ceil(Math.max(1, ...Array.from(document.querySelectorAll('.sheet'), ` +
    `(sheet) => sheet.getBoundingClientRect().height))); const style = document.createElement('style'); ` +
    `style.textContent = '@page { size: ${widthMm}mm ' + height + 'px; margin: 0; }'; document.head.append(style); })();`
  );
}

const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * A printed document as served at its own address, to be printed from any browser: every paper
 * carries its page size; a roll's is set by the one script a document may run, allowed by its hash.
 */
export function standaloneDocument(html: string, paper: Paper): StandaloneDocument {
  if (!isRollPaper(paper)) return { html, securityPolicy: documentSecurityPolicy };
  const script = rollPageScript(paperSpecs[paper].widthMm);
  const securityPolicy = `${documentSecurityPolicy}; script-src ${scriptHash(script)}`;
  // The document states its policy in a meta tag as well; both must allow the script.
  const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/u;
  if (!meta.test(html) || !html.includes('</body>')) throw new Error('A printed document without its policy or body');
  return {
    html: html
      .replace(meta, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(securityPolicy)}" />`)
      .replace('</body>', `<script>${script}</script></body>`),
    securityPolicy,
  };
}

import bwipjs from 'bwip-js';
import { escapeHtml, trusted, type Html } from './html';

/**
 * Code 128 and QR codes as inline SVG (bwip-js). Drawing a QR code costs ~10 ms, and a ticket's
 * documents are rendered several times in a row (preview, print, the work order, a reprint),
 * so the last few hundred are kept.
 */
const cache = new Map<string, string>();
const CACHE_SIZE = 256;

function cached(key: string, draw: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const svg = draw();
  cache.set(key, svg);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return svg;
}

/**
 * Crisp modules at any scale and no fixed size: the document's CSS sizes the SVG. A barcode
 * may stretch to the height it is given; a QR code keeps its square.
 */
function prepare(svg: string, label: string, stretch: boolean): string {
  const aspect = stretch ? 'preserveAspectRatio="none" ' : '';
  return svg.replace(
    '<svg ',
    `<svg role="img" aria-label="${escapeHtml(label)}" ${aspect}shape-rendering="crispEdges" `,
  );
}

/** The text must be printable ASCII (ticket numbers are). */
export function code128(text: string): Html {
  return trusted(
    cached(`code128:${text}`, () =>
      prepare(bwipjs.toSVG({ bcid: 'code128', text, height: 10, includetext: false }), `Code 128 ${text}`, true),
    ),
  );
}

export function qrCode(text: string): Html {
  return trusted(cached(`qr:${text}`, () => prepare(bwipjs.toSVG({ bcid: 'qrcode', text }), `QR ${text}`, false)));
}

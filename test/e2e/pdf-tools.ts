import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Reading a printed PDF the way a person checking it would, with Debian's tools: poppler-utils
 * (pdftotext, pdfinfo, pdffonts, pdftoppm) for the text, page sizes, fonts and pictures, and
 * zbar-tools (zbarimg) for scanning the codes.
 */

const run = promisify(execFile);

async function tool(command: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** PDF points are 1/72 inch. */
export function pointsToMm(points: number): number {
  return (points * 25.4) / 72;
}

/**
 * The text of the PDF, or of some of its pages (1-based, inclusive), in the order it was drawn
 * (`-raw`): pdftotext's default reading order interleaves a centred line with the next one.
 * Chromium places words rather than drawing spaces, so compare with whitespace removed.
 */
export function pdfText(pdf: string, pages: { first?: number; last?: number } = {}): Promise<string> {
  const range = [
    ...(pages.first === undefined ? [] : ['-f', String(pages.first)]),
    ...(pages.last === undefined ? [] : ['-l', String(pages.last)]),
  ];
  return tool('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, pdf, '-']);
}

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

/** Each page's size in millimetres, in page order. */
export async function pdfPageSizes(pdf: string): Promise<PageSize[]> {
  const summary = await tool('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(summary)?.[1] ?? 0);
  if (pages === 0) return [];
  const detail = await tool('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
  return Array.from(detail.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gmu), (match) => ({
    widthMm: pointsToMm(Number(match[1])),
    heightMm: pointsToMm(Number(match[2])),
  }));
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** The fonts the PDF uses and whether each is embedded (pdffonts' `emb` column). */
export async function pdfFonts(pdf: string): Promise<PdfFont[]> {
  const listing = await tool('pdffonts', [pdf]);
  const rows = listing.split('\n').slice(2);
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      // name type encoding emb sub uni object ID: the type and name may hold spaces, the flags never.
      const flags = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/u.exec(row);
      return { name: row.split(/\s+/u)[0] ?? row, embedded: flags?.[1] === 'yes' };
    });
}

/**
 * Draws every page as an image in `directory` (PNG, or greyscale PGM for measuring) and returns
 * the files in page order. pdftoppm pads the page numbers to the page count's width.
 */
export async function rasterize(
  pdf: string,
  options: { dpi: number; format: 'png' | 'pgm'; directory: string; prefix: string },
): Promise<string[]> {
  const format = options.format === 'png' ? ['-png'] : ['-gray'];
  await tool('pdftoppm', ['-r', String(options.dpi), ...format, pdf, join(options.directory, options.prefix)]);
  const pattern = new RegExp(`^${escapeRegExp(options.prefix)}-(\\d+)\\.${options.format}$`, 'u');
  const files = (await readdir(options.directory))
    .map((name) => ({ name, page: Number(pattern.exec(name)?.[1] ?? NaN) }))
    .filter((file) => Number.isInteger(file.page))
    .sort((a, b) => a.page - b.page);
  return files.map((file) => join(options.directory, file.name));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export interface GreyImage {
  width: number;
  height: number;
  /** One byte a pixel, row by row; 0 is black. */
  pixels: Uint8Array;
}

/** Reads a binary greyscale PGM (P5) with 8-bit samples, as `pdftoppm -gray` writes it. */
export async function readPgm(file: string): Promise<GreyImage> {
  const data = await readFile(file);
  let offset = 0;
  const token = (): string => {
    for (;;) {
      while (offset < data.length && /\s/u.test(String.fromCharCode(data[offset]!))) offset++;
      if (data[offset] !== 0x23) break; // '#' starts a comment to the end of the line
      while (offset < data.length && data[offset] !== 0x0a) offset++;
    }
    const start = offset;
    while (offset < data.length && !/\s/u.test(String.fromCharCode(data[offset]!))) offset++;
    return data.subarray(start, offset).toString('latin1');
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const maxValue = Number(token());
  if (magic !== 'P5' || maxValue > 255) throw new Error(`${file}: not an 8-bit binary PGM (${magic}, max ${maxValue})`);
  offset++; // the single whitespace byte before the samples
  const pixels = new Uint8Array(data.buffer, data.byteOffset + offset, width * height);
  return { width, height, pixels };
}

/** The lowest row with any pixel darker than `threshold`, or -1 for a blank page. */
export function lastInkRow(image: GreyImage, threshold = 160): number {
  for (let row = image.height - 1; row >= 0; row--) {
    const start = row * image.width;
    for (let column = 0; column < image.width; column++) if (image.pixels[start + column]! < threshold) return row;
  }
  return -1;
}

/** The blank paper below the last ink on a page, in millimetres. */
export function blankTailMm(image: GreyImage, dpi: number): number {
  return ((image.height - (lastInkRow(image) + 1)) * 25.4) / dpi;
}

/** The codes zbarimg finds in a picture, as `CODE-128:<text>` / `QR-Code:<text>`; none is an empty list. */
export async function scanCodes(image: string): Promise<string[]> {
  try {
    const output = await tool('zbarimg', ['-q', image]);
    return output.split('\n').filter((line) => line !== '');
  } catch (error) {
    // zbarimg exits with 4 when the picture holds no code.
    if ((error as { code?: unknown }).code === 4) return [];
    throw error;
  }
}

/** Text without any whitespace, for comparing extracted text that may have lost or gained spaces. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Every run of `length` consecutive digits of `phone` that appears in `text` once spaces,
 * line breaks and dashes are removed: a customer copy must show none.
 */
export function phoneRunsIn(text: string, phone: string, length = 7): string[] {
  const squeezed = withoutSpaces(text).replace(/[-‐‑‒–—]/gu, '');
  const runs: string[] = [];
  for (let start = 0; start + length <= phone.length; start++) {
    const run = phone.slice(start, start + length);
    if (squeezed.includes(run)) runs.push(run);
  }
  return runs;
}

/**
 * Folds text for matching: full-width letters and digits become half-width (NFKC),
 * Latin letters lower-case, runs of white space one space. Chinese characters are kept.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Folds text for matching: full-width letters and digits become half-width (NFKC),
 * Latin letters lower-case, runs of white space one space. Chinese characters are kept.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The distinct two-character pieces of folded text (`王小明` → `王小`, `小明`), spaces skipped.
 * Trigram full-text search needs three characters, and two-character Chinese names are common:
 * these pieces index them.
 */
export function bigrams(folded: string): string[] {
  const grams = new Set<string>();
  for (const word of folded.split(/\s+/u)) {
    const characters = [...word];
    for (let index = 0; index + 1 < characters.length; index += 1)
      grams.add(`${characters[index]}${characters[index + 1]}`);
  }
  return [...grams];
}

import type { Language, MessageParams } from '../../shared/contract';
import { createTranslator } from '../../shared/i18n';

export type Translator = (key: string, params?: MessageParams) => string;

const translators = new Map<Language, Translator>();

/**
 * The core's words in a language: refusals, printed documents, and text it writes into a ticket
 * (a bill line's name). One translator per language for the whole core, built when first asked:
 * building an i18next instance is the slow part.
 */
export function translatorFor(language: Language): Translator {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language);
    translators.set(language, translator);
  }
  return translator;
}

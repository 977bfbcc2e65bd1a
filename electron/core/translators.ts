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
    translator = remembered(createTranslator(language));
    translators.set(language, translator);
  }
  return translator;
}

/**
 * A translator that remembers the words of each key asked without parameters: a month's export
 * names a state or a method some hundred thousand times, and i18next looks each up afresh.
 */
function remembered(translate: Translator): Translator {
  const known = new Map<string, string>();
  return (key, params) => {
    if (params !== undefined) return translate(key, params);
    let words = known.get(key);
    if (words === undefined) {
      words = translate(key);
      known.set(key, words);
    }
    return words;
  };
}

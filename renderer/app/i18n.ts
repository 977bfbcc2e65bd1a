import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract';
import { createI18n, defaultLanguage, isLanguage } from '../../shared/i18n';

const storageKey = 'frontdesk.language';

/** The language chosen on this machine before, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // A private window may refuse storage; the choice then lasts for this session only.
  }
}

export const i18n = createI18n(storedLanguage() ?? defaultLanguage, [initReactI18next]);
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

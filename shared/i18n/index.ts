import { createInstance, type i18n as I18n } from 'i18next';
import type { Language, MessageParams } from '../contract';
import { en } from './en';
import { zhCN } from './zh-CN';

export type { Catalog } from './en';
export const languages: readonly Language[] = ['zh-CN', 'en'];
export const defaultLanguage: Language = 'zh-CN';
export const catalogs = { 'zh-CN': zhCN, en } as const;

export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

/** A ready i18next instance over our catalogs (synchronous: the resources are bundled). */
export function createI18n(language: Language, plugins: readonly Parameters<I18n['use']>[0][] = []): I18n {
  const instance = createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** A translate function for one language, for the core and the CLI. */
export function createTranslator(language: Language): (key: string, params?: MessageParams) => string {
  const instance = createI18n(language);
  return (key, params) => instance.t(key, params ?? {});
}

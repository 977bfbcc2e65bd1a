import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract';
import { useApiQuery } from '../api/hooks';

export { categoryName, faultName, itemNames } from '../../shared/contract/service-names';

/** The active language as the catalogs and localized settings name it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** Service settings change rarely (a manager in Settings): one fetch serves every list and ticket. */
export function useServiceSettings() {
  return useApiQuery('settings-service-get', {}, { staleTime: 5 * 60_000 });
}

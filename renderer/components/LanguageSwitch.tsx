import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, isLanguage } from '../../shared/i18n';
import { storeLanguage } from '../app/i18n';

/** 中文 / English, remembered on this computer. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        storeLanguage(value);
        void i18n.changeLanguage(value);
      }}
    />
  );
}

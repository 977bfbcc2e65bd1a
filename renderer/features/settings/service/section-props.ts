import { useTranslation } from 'react-i18next';
import type { Language, ServiceSettings } from '../../../../shared/contract';

/** What every section editor is given. */
export interface SectionProps {
  /** The settings as last read or saved; a section's form starts from them once. */
  settings: ServiceSettings;
  editable: boolean;
  onDirtyChange(dirty: boolean): void;
}

/** The sections of the Service tab, in the order a manager sets a counter up. */
export const sectionIds = [
  'serviceTypes',
  'warranty',
  'hours',
  'categories',
  'templates',
  'checklists',
  'workflow',
  'pickup',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** The active language as settings' bilingual texts name it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** Moves focus to a form field by its path, once it has had a frame to appear (a new row, an opened item). */
export function focusField(form: HTMLFormElement | null, path: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => form?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)?.focus()),
  );
}

import { Alert, Loader, Tabs, VisuallyHidden } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSettings, StaffDirectoryEntry } from '../../../../shared/contract';
import { assertNever } from '../../../../shared/domain/assert-never';
import { can } from '../../../../shared/domain/roles';
import { useApiQuery } from '../../../api/hooks';
import { errorText } from '../../../components/messages';
import { BusinessHoursSection } from './BusinessHoursSection';
import { CategoriesSection } from './CategoriesSection';
import { ChecklistsSection } from './ChecklistsSection';
import { sectionIds, type SectionId } from './section-props';
import classes from './ServiceSettings.module.css';
import { ServiceTypesSection } from './ServiceTypesSection';
import { TemplatesSection } from './TemplatesSection';
import { WarrantySection } from './WarrantySection';
import { WorkflowSection } from './WorkflowSection';
import { PickupSection } from './PickupSection';

/** Settings → Service: what the reception flow is configured with, one section at a time. */
export function ServiceSettingsPanel({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings-service-get', {});
  if (settings.isPending) return <Loader aria-label={t('common.loading')} />;
  if (settings.isError) return <Alert color="red">{errorText(t, settings.error)}</Alert>;
  return <ServiceSections settings={settings.data} editable={can(staff.role, 'settings-edit')} />;
}

function ServiceSections({ settings, editable }: { settings: ServiceSettings; editable: boolean }) {
  const { t } = useTranslation();
  const [active, setActive] = useState<SectionId>('serviceTypes');
  const [dirty, setDirty] = useState<Partial<Record<SectionId, boolean>>>({});
  const dirtyReporters = useMemo(
    () =>
      Object.fromEntries(
        sectionIds.map((id) => [
          id,
          (isDirty: boolean) =>
            setDirty((current) => (current[id] === isDirty ? current : { ...current, [id]: isDirty })),
        ]),
      ) as Record<SectionId, (isDirty: boolean) => void>,
    [],
  );
  const editCategories = useCallback(() => setActive('categories'), []);

  const section = (id: SectionId) => {
    const props = { settings, editable, onDirtyChange: dirtyReporters[id] };
    switch (id) {
      case 'serviceTypes':
        return <ServiceTypesSection {...props} />;
      case 'warranty':
        return <WarrantySection {...props} onEditCategories={editCategories} />;
      case 'hours':
        return <BusinessHoursSection {...props} />;
      case 'categories':
        return <CategoriesSection {...props} />;
      case 'templates':
        return <TemplatesSection {...props} />;
      case 'checklists':
        return <ChecklistsSection {...props} />;
      case 'workflow':
        return <WorkflowSection {...props} />;
      case 'pickup':
        return <PickupSection {...props} />;
      default:
        return assertNever(id);
    }
  };

  return (
    <Tabs
      orientation="vertical"
      variant="pills"
      value={active}
      onChange={(value) => setActive((value as SectionId | null) ?? 'serviceTypes')}
      keepMounted
      classNames={{
        root: classes.sectionRoot,
        list: classes.sectionTabs,
        tab: classes.sectionTab,
        tabLabel: classes.sectionTabLabel,
        panel: classes.sectionPanel,
      }}
    >
      <Tabs.List aria-label={t('serviceSettings.sectionsLabel')}>
        {sectionIds.map((id) => (
          <Tabs.Tab
            key={id}
            value={id}
            rightSection={
              dirty[id] ? (
                <>
                  <span className={classes.dirtyDot} aria-hidden />
                  <VisuallyHidden>{t('serviceSettings.unsaved')}</VisuallyHidden>
                </>
              ) : null
            }
          >
            {t(`serviceSettings.sections.${id}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {sectionIds.map((id) => (
        <Tabs.Panel key={id} value={id}>
          {section(id)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

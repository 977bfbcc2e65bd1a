import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checklists, checklistsMapping } from './checklists-form';
import { NamedItemList } from './NamedItemList';
import type { SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import { useSectionForm } from './use-section-form';

/** The accessories and the visible-condition checklist offered when a product is left at the counter. */
export function ChecklistsSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const title = t('serviceSettings.sections.checklists');
  const state = useSectionForm({ settings, mapping: checklistsMapping, title, onDirtyChange });
  const formElement = () => state.formElement;

  return (
    <SectionFrame title={title} intro={t('serviceSettings.checklists.intro')} editable={editable} state={state}>
      {checklists.map((list) => (
        <Card key={list} withBorder padding="md">
          <Title order={3} size="h5">
            {t(`serviceSettings.checklists.${list}`)}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t(`serviceSettings.checklists.${list}Hint`)}
          </Text>
          <NamedItemList
            form={state.form}
            list={list}
            label={t(`serviceSettings.checklists.${list}`)}
            editable={editable}
            formElement={formElement}
          />
        </Card>
      ))}
    </SectionFrame>
  );
}

import { Card, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/contract';
import { fieldProps } from './fields';
import { useLanguage, type SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import { useSectionForm } from './use-section-form';
import { workflowMapping } from './workflow-form';

/** The workshop: the diagnostic fee charged when a customer declines the repair, and what QC checks per category. */
export function WorkflowSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('serviceSettings.sections.workflow');
  const state = useSectionForm({ settings, mapping: workflowMapping, title, onDirtyChange });
  const { form } = state;
  const categoryName = (code: string) => {
    const category = settings.productCategories.find((entry) => entry.code === code);
    return category ? localize(category.name, language) : code;
  };

  return (
    <SectionFrame title={title} intro={t('serviceSettings.workflow.intro')} editable={editable} state={state}>
      <Card withBorder padding="lg">
        <TextInput
          w={320}
          label={t('serviceSettings.workflow.diagnosticFee')}
          description={t('serviceSettings.workflow.diagnosticFeeHint')}
          inputMode="decimal"
          {...fieldProps(form, 'diagnosticFee', { editable })}
        />
      </Card>
      <Card withBorder padding="lg">
        <Title order={3} size="h5">
          {t('serviceSettings.workflow.qcTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('serviceSettings.workflow.qcHint')}
        </Text>
        <Stack gap="lg">
          {form.getValues().checklists.map((list, index) => (
            <div key={list.productCategory}>
              <Text fw={600} size="sm" mb={4}>
                {categoryName(list.productCategory)}
              </Text>
              <SimpleGrid cols={2}>
                <Textarea
                  label={t('serviceSettings.workflow.itemsIn', { language: '中文' })}
                  autosize
                  minRows={3}
                  {...fieldProps(form, `checklists.${index}.zh`, { editable })}
                />
                <Textarea
                  label={t('serviceSettings.workflow.itemsIn', { language: 'English' })}
                  autosize
                  minRows={3}
                  {...fieldProps(form, `checklists.${index}.en`, { editable })}
                />
              </SimpleGrid>
            </div>
          ))}
        </Stack>
      </Card>
    </SectionFrame>
  );
}

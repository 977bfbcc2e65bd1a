import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../../../../shared/contract';
import { CodeText } from './CodeText';
import { fieldProps, localizedProps } from './fields';
import { useLanguage } from './section-props';
import { categoryOptions, faultOptions } from './template-options';
import { TemplateLinesEditor } from './TemplateLinesEditor';
import type { TemplatesValues } from './templates-form';

export interface TemplateEditorProps {
  form: UseFormReturnType<TemplatesValues>;
  index: number;
  /** The saved product categories, whose faults a template may name. */
  categories: readonly ProductCategory[];
  codePreview: string;
  editable: boolean;
  formElement: () => HTMLFormElement | null;
  onRemove(): void;
}

/** One solution template: what it is called, which fault it answers, the solution and its estimate. */
export function TemplateEditor({
  form,
  index,
  categories,
  codePreview,
  editable,
  formElement,
  onRemove,
}: TemplateEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const at = `solutionTemplates.${index}`;
  const template = form.getValues().solutionTemplates[index];
  const name = localizedProps(form, `${at}.name`, { editable });
  const solution = localizedProps(form, `${at}.solution`, { editable });
  if (!template) return null;
  const category = categories.find((candidate) => candidate.code === template.productCategory);
  const categoryField = fieldProps(form, `${at}.productCategory`, { editable });
  const onCategoryChange = (event: React.ChangeEvent<HTMLSelectElement>) => {
    const code = event.currentTarget.value;
    const next = categories.find((candidate) => candidate.code === code);
    const faults = next?.faults.flatMap((fault) => [fault.code, ...fault.children.map((child) => child.code)]) ?? [];
    form.setFieldValue(`${at}.productCategory`, code);
    // A fault of the old category means nothing in the new one.
    if (!faults.includes(template.faultCategory)) form.setFieldValue(`${at}.faultCategory`, '');
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('serviceSettings.templates.nameZh')} {...name['zh-CN']} />
        <TextInput label={t('serviceSettings.templates.nameEn')} {...name.en} />
      </SimpleGrid>
      <Group gap={6} mt={-8}>
        <Text size="xs" c="dimmed">
          {t('serviceSettings.code')}
        </Text>
        <CodeText saved={template.code} preview={codePreview} inline />
      </Group>
      <SimpleGrid cols={3} spacing="sm">
        <NativeSelect
          label={t('serviceSettings.templates.category')}
          data={categoryOptions(categories, language)}
          {...categoryField}
          onChange={onCategoryChange}
        />
        <NativeSelect
          label={t('serviceSettings.templates.fault')}
          data={faultOptions(category, language, t('serviceSettings.templates.anyFault'))}
          {...fieldProps(form, `${at}.faultCategory`, { editable })}
        />
        <NumberInput
          label={t('serviceSettings.templates.typicalMinutes')}
          min={0}
          max={60 * 24 * 60}
          allowDecimal={false}
          allowNegative={false}
          {...fieldProps(form, `${at}.typicalMinutes`, { editable })}
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <Textarea
          label={t('serviceSettings.templates.solutionZh')}
          autosize
          minRows={2}
          maxRows={6}
          {...solution['zh-CN']}
        />
        <Textarea label={t('serviceSettings.templates.solutionEn')} autosize minRows={2} maxRows={6} {...solution.en} />
      </SimpleGrid>
      <div>
        <Text fw={600} size="sm" mb={4}>
          {t('serviceSettings.templates.lines')}
        </Text>
        <TemplateLinesEditor form={form} index={index} editable={editable} formElement={formElement} />
      </div>
      {editable ? (
        <Group justify="flex-end">
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onRemove}>
            {t('serviceSettings.templates.remove')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

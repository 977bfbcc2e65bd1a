import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CategoriesValues } from './categories-form';
import { CodeText } from './CodeText';
import { fieldProps, localizedProps } from './fields';
import { FaultTreeEditor } from './FaultTreeEditor';
import classes from './ServiceSettings.module.css';

export interface CategoryEditorProps {
  form: UseFormReturnType<CategoriesValues>;
  index: number;
  /** The code a new category will be saved with. */
  codePreview: string;
  editable: boolean;
  formElement: () => HTMLFormElement | null;
  onRemove(): void;
}

/** One product category: its names, the maker's warranty, its code, and its fault tree. */
export function CategoryEditor({ form, index, codePreview, editable, formElement, onRemove }: CategoryEditorProps) {
  const { t } = useTranslation();
  const at = `productCategories.${index}`;
  const category = form.getValues().productCategories[index];
  const name = localizedProps(form, `${at}.name`, { editable });
  if (!category) return null;
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <TextInput flex={1} label={t('serviceSettings.categories.nameZh')} {...name['zh-CN']} />
        <TextInput flex={1} label={t('serviceSettings.categories.nameEn')} {...name.en} />
        <NumberInput
          w={240}
          label={t('serviceSettings.categories.makerWarrantyMonths')}
          min={0}
          max={240}
          allowDecimal={false}
          allowNegative={false}
          {...fieldProps(form, `${at}.makerWarrantyMonths`, { editable })}
        />
        <div className={classes.codeField}>
          <Text size="sm" fw={500}>
            {t('serviceSettings.code')}
          </Text>
          <CodeText saved={category.code} preview={codePreview} />
        </div>
      </Group>
      <div>
        <Text fw={600} size="sm">
          {t('serviceSettings.categories.faults')}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {t('serviceSettings.categories.faultsHint')}
        </Text>
        <FaultTreeEditor form={form} index={index} editable={editable} formElement={formElement} />
      </div>
      {editable ? (
        <Group justify="flex-end">
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onRemove}>
            {t('serviceSettings.categories.remove')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

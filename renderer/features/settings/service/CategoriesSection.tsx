import { Accordion, Badge, Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/contract';
import { assignCodes } from './codes';
import { categoriesMapping, newCategory } from './categories-form';
import { CategoryEditor } from './CategoryEditor';
import { firstItemWithError, GroupError, hasErrorsUnder } from './fields';
import { focusField, useLanguage, type SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import classes from './ServiceSettings.module.css';
import { useSectionForm } from './use-section-form';

/** Product categories with the maker's warranty and their fault trees; one category open at a time. */
export function CategoriesSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('serviceSettings.sections.categories');
  const [opened, setOpened] = useState<string | null>(null);
  const state = useSectionForm({
    settings,
    mapping: categoriesMapping,
    title,
    onDirtyChange,
    onRefused: (paths) => {
      const index = firstItemWithError(paths, 'productCategories');
      const key = index === null ? undefined : form.getValues().productCategories[index]?.key;
      if (key) setOpened(key);
    },
  });
  const { form } = state;
  const categories = form.getValues().productCategories;
  const codes = assignCodes(categories);
  const formElement = () => state.formElement;
  const makerWarranty = (months: number | string) =>
    months === '' || Number(months) === 0
      ? t('serviceSettings.categories.noMakerWarranty')
      : t('serviceSettings.categories.makerWarranty', { count: Number(months) });

  const add = () => {
    const category = newCategory();
    form.insertListItem('productCategories', category);
    setOpened(category.key);
    focusField(formElement(), `productCategories.${categories.length}.name.zh-CN`);
  };
  const remove = (index: number) => {
    form.removeListItem('productCategories', index);
    setOpened(null);
  };
  /** A blocked save names the templates that use what this one removes. */
  const describeBlocker = (path: string) => {
    const index = Number(/^solutionTemplates\.(\d+)/u.exec(path)?.[1]);
    const template = settings.solutionTemplates[index];
    return template ? t('serviceSettings.templates.named', { name: localize(template.name, language) }) : path;
  };

  return (
    <SectionFrame
      title={title}
      intro={t('serviceSettings.categories.intro')}
      editable={editable}
      state={state}
      describeBlocker={describeBlocker}
    >
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('serviceSettings.categories.count', { count: categories.length })}
        </Text>
        {editable ? (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
            {t('serviceSettings.categories.add')}
          </Button>
        ) : null}
      </Group>
      <GroupError form={form} path="productCategories" />
      <Accordion
        variant="contained"
        value={opened}
        onChange={setOpened}
        transitionDuration={0}
        bg="white"
        classNames={{ control: classes.itemControl, label: classes.itemLabel }}
      >
        {categories.map((category, index) => {
          const name = localize(category.name, language) || t('serviceSettings.unnamed');
          const faultCount = category.faults.reduce((sum, fault) => sum + 1 + fault.children.length, 0);
          return (
            <Accordion.Item key={category.key} value={category.key}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600}>{name}</Text>
                    <Text className={classes.itemSummary} ff="monospace">
                      {category.code || t('serviceSettings.newItem')}
                    </Text>
                  </Group>
                  <Group gap="sm" wrap="nowrap">
                    {hasErrorsUnder(form, `productCategories.${index}.`) ? (
                      <Badge color="red" variant="light" tt="none">
                        {t('serviceSettings.needsAttention')}
                      </Badge>
                    ) : null}
                    <Text className={classes.itemSummary}>
                      {[
                        makerWarranty(category.makerWarrantyMonths),
                        t('serviceSettings.categories.faultCount', { count: faultCount }),
                      ].join(' · ')}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {opened === category.key ? (
                  <CategoryEditor
                    form={form}
                    index={index}
                    codePreview={codes[index] ?? ''}
                    editable={editable}
                    formElement={formElement}
                    onRemove={() => remove(index)}
                  />
                ) : null}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </SectionFrame>
  );
}

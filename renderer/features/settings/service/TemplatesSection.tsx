import { Accordion, Badge, Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/contract';
import { formatFen } from '../../../../shared/domain/fees';
import { firstItemWithError, GroupError, hasErrorsUnder } from './fields';
import { focusField, useLanguage, type SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import classes from './ServiceSettings.module.css';
import { TemplateEditor } from './TemplateEditor';
import { categoryOptions, faultLabel } from './template-options';
import { newTemplate, templateCodes, templatesMapping, yuanToFen, type TemplateValues } from './templates-form';
import { useSectionForm } from './use-section-form';

/** What a template's estimate comes to, or null while a price is not an amount yet. */
function estimateFen(template: TemplateValues): number | null {
  let total = 0;
  for (const line of template.lines) {
    const fen = yuanToFen(line.unitPrice);
    const quantity = Number(line.quantity);
    if (fen === null || !Number.isInteger(quantity)) return null;
    total += fen * quantity;
  }
  return total;
}

/** Solution templates, filtered by product category; one open at a time. */
export function TemplatesSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('serviceSettings.sections.templates');
  const [opened, setOpened] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const state = useSectionForm({
    settings,
    mapping: templatesMapping,
    title,
    onDirtyChange,
    onRefused: (paths) => {
      const index = firstItemWithError(paths, 'solutionTemplates');
      const template = index === null ? undefined : form.getValues().solutionTemplates[index];
      if (!template) return;
      // A problem in a template the filter hides would be invisible: show every category.
      if (filter !== '' && template.productCategory !== filter) setFilter('');
      setOpened(template.key);
    },
  });
  const { form } = state;
  const templates = form.getValues().solutionTemplates;
  const categories = settings.productCategories;
  const codes = templateCodes(templates);
  const formElement = () => state.formElement;
  const shown = templates.flatMap((template, index) =>
    filter === '' || template.productCategory === filter ? [{ template, index }] : [],
  );

  const add = () => {
    const template = newTemplate(filter || categories[0]?.code || '');
    form.insertListItem('solutionTemplates', template);
    setOpened(template.key);
    focusField(formElement(), `solutionTemplates.${templates.length}.name.zh-CN`);
  };
  const remove = (index: number) => {
    form.removeListItem('solutionTemplates', index);
    setOpened(null);
  };

  return (
    <SectionFrame title={title} intro={t('serviceSettings.templates.intro')} editable={editable} state={state}>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <NativeSelect
            w={240}
            label={t('serviceSettings.templates.filter')}
            data={[
              { value: '', label: t('serviceSettings.templates.allCategories') },
              ...categoryOptions(categories, language),
            ]}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
          />
          <Text size="sm" c="dimmed" pb={8}>
            {t('serviceSettings.templates.count', { count: shown.length })}
          </Text>
        </Group>
        {editable ? (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
            {t('serviceSettings.templates.add')}
          </Button>
        ) : null}
      </Group>
      <GroupError form={form} path="solutionTemplates" />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('serviceSettings.templates.none')}
        </Text>
      ) : null}
      <Accordion
        variant="contained"
        value={opened}
        onChange={setOpened}
        transitionDuration={0}
        bg="white"
        classNames={{ control: classes.itemControl, label: classes.itemLabel }}
      >
        {shown.map(({ template, index }) => {
          const category = categories.find((candidate) => candidate.code === template.productCategory);
          const fault = faultLabel(category, template.faultCategory, language);
          const total = estimateFen(template);
          const summary = [
            category ? localize(category.name, language) : template.productCategory,
            fault ?? t('serviceSettings.templates.anyFault'),
          ].join(' › ');
          return (
            <Accordion.Item key={template.key} value={template.key}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div>
                    <Text fw={600}>{localize(template.name, language) || t('serviceSettings.unnamed')}</Text>
                    <Text className={classes.itemSummary}>{summary}</Text>
                  </div>
                  <Group gap="sm" wrap="nowrap">
                    {hasErrorsUnder(form, `solutionTemplates.${index}.`) ? (
                      <Badge color="red" variant="light" tt="none">
                        {t('serviceSettings.needsAttention')}
                      </Badge>
                    ) : null}
                    <Text className={classes.itemSummary} ta="right">
                      {t('serviceSettings.templates.summary', {
                        minutes: template.typicalMinutes === '' ? '—' : template.typicalMinutes,
                        estimate: total === null ? '—' : formatFen(total, { locale: language }),
                      })}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {opened === template.key ? (
                  <TemplateEditor
                    form={form}
                    index={index}
                    categories={categories}
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

import { Button, Checkbox, NativeSelect, Table, Text, TextInput, NumberInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { estimateLineKinds, fenToYuanText } from '../../../../shared/domain/fees';
import { fieldProps, GroupError, localizedProps } from './fields';
import { ItemActions } from './ItemActions';
import { focusField } from './section-props';
import classes from './ServiceSettings.module.css';
import { newTemplateLine, yuanToFen, type TemplatesValues } from './templates-form';

export interface TemplateLinesEditorProps {
  form: UseFormReturnType<TemplatesValues>;
  /** The template's index in the form. */
  index: number;
  editable: boolean;
  formElement: () => HTMLFormElement | null;
}

/** A template's estimate: kind, description in both languages, quantity, unit price in yuan, warranty cover. */
export function TemplateLinesEditor({ form, index, editable, formElement }: TemplateLinesEditorProps) {
  const { t } = useTranslation();
  const at = `solutionTemplates.${index}.lines`;
  const lines = form.getValues().solutionTemplates[index]?.lines ?? [];
  const kinds = estimateLineKinds.map((kind) => ({ value: kind, label: t(`lineKinds.${kind}`) }));
  const add = () => {
    form.insertListItem(at, newTemplateLine());
    focusField(formElement(), `${at}.${lines.length}.kind`);
  };

  return (
    <div>
      <Table
        className={classes.editTable}
        verticalSpacing={4}
        horizontalSpacing={6}
        aria-label={t('serviceSettings.templates.lines')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={104}>{t('serviceSettings.templates.kind')}</Table.Th>
            <Table.Th>{t('serviceSettings.templates.descriptionZh')}</Table.Th>
            <Table.Th>{t('serviceSettings.templates.descriptionEn')}</Table.Th>
            <Table.Th w={64}>{t('serviceSettings.templates.quantity')}</Table.Th>
            <Table.Th w={104}>{t('serviceSettings.templates.unitPrice')}</Table.Th>
            <Table.Th w={72}>{t('serviceSettings.templates.covered')}</Table.Th>
            <Table.Th w={editable ? 96 : 0} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed">
                  {t('serviceSettings.templates.noLines')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
          {lines.map((line, lineIndex) => {
            const number = lineIndex + 1;
            const path = `${at}.${lineIndex}`;
            const description = localizedProps(form, `${path}.description`, { editable });
            return (
              <Table.Tr key={line.key}>
                <Table.Td>
                  <NativeSelect
                    size="sm"
                    aria-label={t('serviceSettings.templates.kindOf', { number })}
                    data={kinds}
                    {...fieldProps(form, `${path}.kind`, { editable })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="sm"
                    aria-label={t('serviceSettings.templates.descriptionZhOf', { number })}
                    {...description['zh-CN']}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="sm"
                    aria-label={t('serviceSettings.templates.descriptionEnOf', { number })}
                    {...description.en}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="sm"
                    hideControls
                    min={1}
                    max={999}
                    allowDecimal={false}
                    allowNegative={false}
                    aria-label={t('serviceSettings.templates.quantityOf', { number })}
                    {...fieldProps(form, `${path}.quantity`, { editable })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="sm"
                    inputMode="decimal"
                    styles={{ input: { textAlign: 'right' } }}
                    aria-label={t('serviceSettings.templates.unitPriceOf', { number })}
                    {...fieldProps(form, `${path}.unitPrice`, { editable })}
                    onBlur={() => {
                      // Shown as it will be kept: `128.5` → `128.50`, `¥1,280` → `1280.00`.
                      const fen = yuanToFen(line.unitPrice);
                      if (fen !== null && line.unitPrice.trim() !== '')
                        form.setFieldValue(`${path}.unitPrice`, fenToYuanText(fen));
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    mt={8}
                    aria-label={t('serviceSettings.templates.coveredOf', { number })}
                    {...fieldProps(form, `${path}.warrantyCovered`, { editable, type: 'checkbox' })}
                  />
                </Table.Td>
                <Table.Td>
                  {editable ? (
                    <ItemActions
                      name={t('serviceSettings.templates.lineNumber', { number })}
                      index={lineIndex}
                      count={lines.length}
                      onMove={(from, to) => form.reorderListItem(at, { from, to })}
                      onRemove={() => form.removeListItem(at, lineIndex)}
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <GroupError form={form} path={at} />
      {editable ? (
        <Button variant="light" size="xs" mt="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('serviceSettings.templates.addLine')}
        </Button>
      ) : null}
    </div>
  );
}

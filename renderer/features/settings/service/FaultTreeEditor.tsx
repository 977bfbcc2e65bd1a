import { ActionIcon, Button, Table, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconSubtask } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/contract';
import { faultCodes, newFault, newSubFault, type CategoriesValues } from './categories-form';
import { CodeText } from './CodeText';
import { GroupError, localizedProps } from './fields';
import { ItemActions } from './ItemActions';
import { focusField, useLanguage } from './section-props';
import classes from './ServiceSettings.module.css';

export interface FaultTreeEditorProps {
  form: UseFormReturnType<CategoriesValues>;
  /** The category's index in the form. */
  index: number;
  editable: boolean;
  formElement: () => HTMLFormElement | null;
}

/**
 * A category's faults, two levels deep: each fault and its sub-faults as rows of a table, the
 * sub-faults indented under their fault. Numbered (2, 2.1) so every field has a name to find.
 */
export function FaultTreeEditor({ form, index, editable, formElement }: FaultTreeEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const at = `productCategories.${index}.faults`;
  const faults = form.getValues().productCategories[index]?.faults ?? [];
  const preview = faultCodes(faults);

  const addFault = () => {
    form.insertListItem(at, newFault());
    focusField(formElement(), `${at}.${faults.length}.name.zh-CN`);
  };
  const addSubFault = (faultIndex: number) => {
    const children = faults[faultIndex]?.children ?? [];
    form.insertListItem(`${at}.${faultIndex}.children`, newSubFault());
    focusField(formElement(), `${at}.${faultIndex}.children.${children.length}.name.zh-CN`);
  };
  const nameOf = (name: { 'zh-CN': string; en: string }, number: string) =>
    localize(name, language) || t('serviceSettings.categories.faultNumber', { number });

  const nameInputs = (path: string, number: string) => {
    const name = localizedProps(form, `${path}.name`, { editable });
    return (
      <>
        <Table.Td>
          <TextInput
            size="sm"
            aria-label={t('serviceSettings.categories.faultNameZh', { number })}
            {...name['zh-CN']}
          />
        </Table.Td>
        <Table.Td>
          <TextInput size="sm" aria-label={t('serviceSettings.categories.faultNameEn', { number })} {...name.en} />
        </Table.Td>
      </>
    );
  };

  return (
    <div>
      <Table
        className={classes.editTable}
        verticalSpacing={4}
        horizontalSpacing="xs"
        aria-label={t('serviceSettings.categories.faults')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>#</Table.Th>
            <Table.Th>{t('serviceSettings.nameZh')}</Table.Th>
            <Table.Th>{t('serviceSettings.nameEn')}</Table.Th>
            <Table.Th w={170}>{t('serviceSettings.code')}</Table.Th>
            <Table.Th w={editable ? 130 : 0} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {faults.map((fault, faultIndex) => {
            const number = String(faultIndex + 1);
            const name = nameOf(fault.name, number);
            return (
              <Fragment key={fault.key}>
                <Table.Tr>
                  <Table.Td className={classes.rowLabel}>{number}</Table.Td>
                  {nameInputs(`${at}.${faultIndex}`, number)}
                  <Table.Td>
                    <CodeText saved={fault.code} preview={preview.codes[faultIndex] ?? ''} />
                  </Table.Td>
                  <Table.Td>
                    {editable ? (
                      <ItemActions
                        name={name}
                        index={faultIndex}
                        count={faults.length}
                        onMove={(from, to) => form.reorderListItem(at, { from, to })}
                        onRemove={() => form.removeListItem(at, faultIndex)}
                      >
                        <Tooltip label={t('serviceSettings.categories.addSubFault')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('serviceSettings.categories.addSubFaultTo', { name })}
                            onClick={() => addSubFault(faultIndex)}
                          >
                            <IconSubtask size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </ItemActions>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
                {fault.children.map((child, childIndex) => {
                  const childNumber = `${number}.${childIndex + 1}`;
                  const childPath = `${at}.${faultIndex}.children`;
                  return (
                    <Table.Tr key={child.key} className={classes.subRow}>
                      <Table.Td className={classes.rowLabel}>{childNumber}</Table.Td>
                      {nameInputs(`${childPath}.${childIndex}`, childNumber)}
                      <Table.Td>
                        <CodeText saved={child.code} preview={preview.children[faultIndex]?.[childIndex] ?? ''} />
                      </Table.Td>
                      <Table.Td>
                        {editable ? (
                          <ItemActions
                            name={nameOf(child.name, childNumber)}
                            index={childIndex}
                            count={fault.children.length}
                            onMove={(from, to) => form.reorderListItem(childPath, { from, to })}
                            onRemove={() => form.removeListItem(childPath, childIndex)}
                          />
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      <GroupError form={form} path={at} />
      {editable ? (
        <Button variant="light" size="xs" mt="xs" leftSection={<IconPlus size={14} />} onClick={addFault}>
          {t('serviceSettings.categories.addFault')}
        </Button>
      ) : null}
    </div>
  );
}

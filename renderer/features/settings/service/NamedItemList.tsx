import { Button, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/contract';
import { newCodedItem, type Checklist, type ChecklistsValues } from './checklists-form';
import { assignCodes } from './codes';
import { CodeText } from './CodeText';
import { GroupError, localizedProps } from './fields';
import { ItemActions } from './ItemActions';
import { focusField, useLanguage } from './section-props';
import classes from './ServiceSettings.module.css';

export interface NamedItemListProps {
  form: UseFormReturnType<ChecklistsValues>;
  list: Checklist;
  /** The list's name, for the table and each row's fields. */
  label: string;
  editable: boolean;
  formElement: () => HTMLFormElement | null;
}

/** A checklist the Listen step offers (accessories, visible condition): bilingual names in order. */
export function NamedItemList({ form, list, label, editable, formElement }: NamedItemListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = form.getValues()[list];
  const codes = assignCodes(items);
  const add = () => {
    form.insertListItem(list, newCodedItem());
    focusField(formElement(), `${list}.${items.length}.name.zh-CN`);
  };

  return (
    <div>
      <Table className={classes.editTable} verticalSpacing={4} horizontalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>#</Table.Th>
            <Table.Th>{t('serviceSettings.nameZh')}</Table.Th>
            <Table.Th>{t('serviceSettings.nameEn')}</Table.Th>
            <Table.Th w={170}>{t('serviceSettings.code')}</Table.Th>
            <Table.Th w={editable ? 96 : 0} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text size="sm" c="dimmed">
                  {t('serviceSettings.checklists.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
          {items.map((item, index) => {
            const number = index + 1;
            const name = localizedProps(form, `${list}.${index}.name`, { editable });
            return (
              <Table.Tr key={item.key}>
                <Table.Td className={classes.rowLabel}>{number}</Table.Td>
                <Table.Td>
                  <TextInput
                    size="sm"
                    aria-label={t('serviceSettings.checklists.nameZhOf', { list: label, number })}
                    {...name['zh-CN']}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="sm"
                    aria-label={t('serviceSettings.checklists.nameEnOf', { list: label, number })}
                    {...name.en}
                  />
                </Table.Td>
                <Table.Td>
                  <CodeText saved={item.code} preview={codes[index] ?? ''} />
                </Table.Td>
                <Table.Td>
                  {editable ? (
                    <ItemActions
                      name={localize(item.name, language) || t('serviceSettings.checklists.itemNumber', { number })}
                      index={index}
                      count={items.length}
                      onMove={(from, to) => form.reorderListItem(list, { from, to })}
                      onRemove={() => form.removeListItem(list, index)}
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <GroupError form={form} path={list} />
      {editable ? (
        <Button variant="light" size="xs" mt="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('serviceSettings.checklists.add', { list: label })}
        </Button>
      ) : null}
    </div>
  );
}

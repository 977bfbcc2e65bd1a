import { Card, NativeSelect, Switch, Table, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { serviceTypes } from '../../../../shared/domain/service-types';
import { priorities } from '../../../../shared/domain/sla';
import { fieldProps, GroupError, localizedProps } from './fields';
import type { SectionProps } from './section-props';
import { serviceTypesMapping } from './service-types-form';
import { SectionFrame } from './SectionFrame';
import classes from './ServiceSettings.module.css';
import { useSectionForm } from './use-section-form';

/** Which service types the counter offers, their default priority and the terms read back before consent. */
export function ServiceTypesSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const title = t('serviceSettings.sections.serviceTypes');
  const state = useSectionForm({ settings, mapping: serviceTypesMapping, title, onDirtyChange });
  const { form } = state;
  const priorityOptions = priorities.map((priority) => ({ value: priority, label: t(`priorities.${priority}`) }));

  return (
    <SectionFrame title={title} intro={t('serviceSettings.serviceTypes.intro')} editable={editable} state={state}>
      <GroupError form={form} path="serviceTypes" />
      <Card withBorder padding={0}>
        <Table className={classes.editTable} verticalSpacing="xs" layout="fixed" aria-label={title}>
          <Table.Thead bg="gray.1">
            <Table.Tr>
              <Table.Th w={110}>{t('serviceSettings.serviceTypes.type')}</Table.Th>
              <Table.Th w={80}>{t('serviceSettings.serviceTypes.enabled')}</Table.Th>
              <Table.Th w={130}>{t('serviceSettings.serviceTypes.defaultPriority')}</Table.Th>
              <Table.Th>{t('serviceSettings.serviceTypes.termsZh')}</Table.Th>
              <Table.Th>{t('serviceSettings.serviceTypes.termsEn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {serviceTypes.map((type) => {
              const name = t(`serviceTypes.${type}`);
              const terms = localizedProps(form, `serviceTypes.${type}.terms`, { editable });
              return (
                <Table.Tr key={type}>
                  <Table.Td className={classes.rowLabel}>{name}</Table.Td>
                  <Table.Td>
                    <Switch
                      mt={6}
                      aria-label={t('serviceSettings.serviceTypes.enabledFor', { type: name })}
                      {...fieldProps(form, `serviceTypes.${type}.enabled`, { editable, type: 'checkbox' })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="sm"
                      aria-label={t('serviceSettings.serviceTypes.defaultPriorityFor', { type: name })}
                      data={priorityOptions}
                      {...fieldProps(form, `serviceTypes.${type}.defaultPriority`, { editable })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="sm"
                      autosize
                      minRows={3}
                      maxRows={6}
                      aria-label={t('serviceSettings.serviceTypes.termsZhFor', { type: name })}
                      {...terms['zh-CN']}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="sm"
                      autosize
                      minRows={3}
                      maxRows={6}
                      aria-label={t('serviceSettings.serviceTypes.termsEnFor', { type: name })}
                      {...terms.en}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Card>
    </SectionFrame>
  );
}

import {
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limitedStates, localize } from '../../../../shared/contract';
import { fieldProps } from './fields';
import { useLanguage, type SectionProps } from './section-props';
import { SectionFrame } from './SectionFrame';
import { useSectionForm } from './use-section-form';
import { workflowMapping, type WorkflowValues } from './workflow-form';

const pausableStates = ['awaiting-approval', 'awaiting-parts', 'on-hold'] as const;

/** The workshop: the diagnostic fee charged when a customer declines the repair, and what QC checks per category. */
export function WorkflowSection({ settings, editable, onDirtyChange }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('serviceSettings.sections.workflow');
  const state = useSectionForm({ settings, mapping: workflowMapping, title, onDirtyChange });
  const { form } = state;
  const values = form.getValues();
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
          {t('serviceSettings.workflow.clockTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('serviceSettings.workflow.clockHint')}
        </Text>
        <Checkbox.Group
          label={t('serviceSettings.workflow.pausing')}
          value={values.pausingStates}
          onChange={(states) => form.setFieldValue('pausingStates', states as WorkflowValues['pausingStates'])}
          mb="md"
        >
          <Group mt={6}>
            {pausableStates.map((state) => (
              <Checkbox key={state} value={state} label={t(`ticketStates.${state}`)} disabled={!editable} />
            ))}
          </Group>
        </Checkbox.Group>
        <Table verticalSpacing={6} maw={640} aria-label={t('serviceSettings.workflow.limits')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('serviceSettings.workflow.limitState')}</Table.Th>
              <Table.Th>{t('serviceSettings.workflow.limit')}</Table.Th>
              <Table.Th>{t('serviceSettings.workflow.limitHours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {limitedStates.map((state) => (
              <Table.Tr key={state}>
                <Table.Td>{t(`ticketStates.${state}`)}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('serviceSettings.workflow.limitFor', { state: t(`ticketStates.${state}`) })}
                    allowDeselect={false}
                    data={(['none', 'hours', 'sameDay'] as const).map((kind) => ({
                      value: kind,
                      label: t(`serviceSettings.workflow.limitKinds.${kind}`),
                    }))}
                    {...fieldProps(form, `stateLimits.${state}.kind`, { editable })}
                  />
                </Table.Td>
                <Table.Td>
                  {values.stateLimits[state].kind === 'hours' ? (
                    <NumberInput
                      aria-label={t('serviceSettings.workflow.hoursFor', { state: t(`ticketStates.${state}`) })}
                      min={1}
                      max={2000}
                      allowDecimal={false}
                      allowNegative={false}
                      w={120}
                      {...fieldProps(form, `stateLimits.${state}.hours`, { editable })}
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder padding="lg">
        <Title order={3} size="h5">
          {t('serviceSettings.workflow.qcTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('serviceSettings.workflow.qcHint')}
        </Text>
        <Stack gap="lg">
          {values.checklists.map((list, index) => (
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

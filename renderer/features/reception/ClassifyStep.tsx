import { Input, SegmentedControl, Select, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, ServiceSettings } from '../../../shared/contract';
import { localize } from '../../../shared/contract';
import { intakeChannels, type IntakeChannel } from '../../../shared/domain/intake-channels';
import { serviceTypes, type ServiceType } from '../../../shared/domain/service-types';
import { priorities, type Priority } from '../../../shared/domain/sla';
import { useFieldProps } from '../../components/forms';
import type { IntakeValues } from './intake-form';
import { previewWarranty } from './intake-preview';
import { WarrantyCard } from './WarrantyCard';

interface Props {
  form: UseFormReturnType<IntakeValues>;
  settings: ServiceSettings;
  overview: CustomerOverview | undefined;
}

/** The fault tree of a product category as grouped options: a group per fault area. */
export function faultOptions(settings: ServiceSettings, productCategory: string, language: 'zh-CN' | 'en') {
  const category = settings.productCategories.find((candidate) => candidate.code === productCategory);
  if (!category) return [];
  return category.faults.map((node) =>
    node.children.length === 0
      ? { value: node.code, label: localize(node.name, language) }
      : {
          group: localize(node.name, language),
          items: [
            { value: node.code, label: `${localize(node.name, language)} · ${language === 'en' ? 'other' : '其他'}` },
            ...node.children.map((child) => ({ value: child.code, label: localize(child.name, language) })),
          ],
        },
  );
}

/** Step 3: service type, fault category and priority; the warranty appears as soon as the facts allow. */
export function ClassifyStep({ form, settings, overview }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const field = useFieldProps(form);
  const values = form.getValues();
  const device = overview?.devices.find((candidate) => candidate.id === values.deviceId);
  const warranty = previewWarranty(values, settings, device, new Date());
  const enabled = serviceTypes.filter((type) => settings.serviceTypes[type].enabled);
  // Stable, so a re-render does not reset the option the arrow keys highlighted.
  const faults = useMemo(
    () => faultOptions(settings, values.productCategory, language),
    [settings, values.productCategory, language],
  );

  return (
    <Stack gap="md">
      {/* Across the whole step: six service types read in full in either language. */}
      <Input.Wrapper label={t('reception.classify.serviceType')} withAsterisk error={field('serviceType').error}>
        <SegmentedControl
          fullWidth
          mt={4}
          data={enabled.map((type) => ({ value: type, label: t(`serviceTypes.${type}`) }))}
          value={values.serviceType}
          onChange={(value) => {
            const type = value as ServiceType;
            form.setValues({ serviceType: type, priority: settings.serviceTypes[type].defaultPriority });
          }}
          aria-label={t('reception.classify.serviceType')}
        />
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="md">
          <Select
            label={t('reception.classify.faultCategory')}
            placeholder={t('reception.classify.faultCategoryPlaceholder')}
            data={faults}
            searchable
            clearable
            disabled={values.productCategory === ''}
            {...field('faultCategory')}
            onChange={(value) => form.setFieldValue('faultCategory', value ?? '')}
          />
          <Input.Wrapper label={t('reception.classify.priority')}>
            <SegmentedControl
              fullWidth
              mt={4}
              data={priorities.map((priority) => ({ value: priority, label: t(`priorities.${priority}`) }))}
              value={values.priority}
              onChange={(value) => form.setFieldValue('priority', value as Priority)}
              color={values.priority === 'critical' ? 'red' : values.priority === 'urgent' ? 'orange' : undefined}
              aria-label={t('reception.classify.priority')}
            />
          </Input.Wrapper>
          <Input.Wrapper label={t('reception.classify.channel')}>
            <SegmentedControl
              fullWidth
              mt={4}
              data={intakeChannels.map((channel) => ({ value: channel, label: t(`intakeChannels.${channel}`) }))}
              value={values.channel}
              onChange={(value) => form.setFieldValue('channel', value as IntakeChannel)}
              aria-label={t('reception.classify.channel')}
            />
          </Input.Wrapper>
        </Stack>
        <WarrantyCard warranty={warranty} />
      </SimpleGrid>
    </Stack>
  );
}

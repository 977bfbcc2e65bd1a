import {
  Alert,
  Autocomplete,
  Checkbox,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, ServiceSettings } from '../../../shared/contract';
import { localize } from '../../../shared/contract';
import { foldSerial } from '../../../shared/domain/serial';
import { serviceTypeNeeds } from '../../../shared/domain/service-types';
import { useFieldProps } from '../../components/forms';
import { deviceValues } from './GreetStep';
import type { IntakeValues } from './intake-form';

interface Props {
  form: UseFormReturnType<IntakeValues>;
  settings: ServiceSettings;
  overview: CustomerOverview | undefined;
}

const channels = {
  'zh-CN': ['门店', '京东', '天猫', '淘宝', '拼多多', '品牌官网', '运营商营业厅'],
  en: ['In store', 'JD.com', 'Tmall', 'Taobao', 'Pinduoduo', 'Brand website', 'Carrier shop'],
};

/** Step 2: the product and the fault in the customer's own words, what was left with us and how it looks. */
export function ListenStep({ form, settings, overview }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const field = useFieldProps(form);
  const values = form.getValues();
  const needs = serviceTypeNeeds(values.serviceType);
  const [knownSerial, setKnownSerial] = useState<string | null>(null);
  const devices = overview?.devices ?? [];
  const categoryOptions = useMemo(
    () =>
      settings.productCategories.map((category) => ({
        value: category.code,
        label: localize(category.name, language),
      })),
    [settings, language],
  );

  const deviceLabel = (device: (typeof devices)[number]) =>
    [
      `${device.brand} ${device.model}`.trim() ||
        localize(
          settings.productCategories.find((c) => c.code === device.productCategory)?.name ?? {
            'zh-CN': device.productCategory,
            en: device.productCategory,
          },
          language,
        ),
      device.serial,
    ]
      .filter(Boolean)
      .join(' · ');

  const onSerialBlur = () => {
    if (values.deviceId !== null || values.serial.trim() === '') return;
    const match = devices.find(
      (device) => device.serial !== '' && foldSerial(device.serial) === foldSerial(values.serial),
    );
    if (match) {
      form.setValues(deviceValues(match));
      setKnownSerial(deviceLabel(match));
    }
  };

  const faultLabel =
    values.serviceType === 'consultation'
      ? t('reception.listen.question')
      : values.serviceType === 'complaint'
        ? t('reception.listen.complaint')
        : t('reception.listen.fault');

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('reception.listen.product')}
        </Title>
        {!needs.device ? (
          <Text size="sm" c="dimmed">
            {t('reception.listen.noDeviceNeeded')}
          </Text>
        ) : null}
        {devices.length > 0 ? (
          <Select
            label={t('reception.listen.device')}
            data={[
              { value: 'new', label: t('reception.listen.newDevice') },
              ...devices.map((device) => ({ value: String(device.id), label: deviceLabel(device) })),
            ]}
            value={values.deviceId === null ? 'new' : String(values.deviceId)}
            onChange={(value) => {
              const device = devices.find((candidate) => String(candidate.id) === value);
              setKnownSerial(null);
              if (device) form.setValues(deviceValues(device));
              else
                form.setValues({
                  deviceId: null,
                  brand: '',
                  model: '',
                  serial: '',
                  purchaseDate: '',
                  purchaseChannel: '',
                });
            }}
            allowDeselect={false}
            data-autofocus={values.deviceId === null ? true : undefined}
          />
        ) : null}
        <Select
          label={t('reception.listen.productCategory')}
          withAsterisk={needs.device}
          searchable
          data={categoryOptions}
          {...field('productCategory')}
          onChange={(value) => {
            form.setFieldValue('productCategory', value ?? '');
            form.setFieldValue('faultCategory', '');
          }}
          clearable={!needs.device}
          data-autofocus={devices.length === 0 ? true : undefined}
        />
        <SimpleGrid cols={2}>
          <TextInput label={t('reception.listen.brand')} {...field('brand')} />
          <TextInput label={t('reception.listen.model')} {...field('model')} />
        </SimpleGrid>
        <TextInput label={t('reception.listen.serial')} ff="monospace" {...field('serial')} onBlur={onSerialBlur} />
        {knownSerial ? (
          <Alert color="indigo" p="xs">
            {t('reception.listen.serialKnown', { device: knownSerial })}
          </Alert>
        ) : null}
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t('reception.listen.purchaseDate')} {...field('purchaseDate')} />
          <Autocomplete
            label={t('reception.listen.purchaseChannel')}
            placeholder={t('reception.listen.purchaseChannelPlaceholder')}
            data={channels[language]}
            {...field('purchaseChannel')}
          />
        </SimpleGrid>
        {needs.deviceLeftWithUs ? (
          // With the device's other facts, where the step's fields fit on the screen.
          <PasswordInput
            label={t('reception.listen.devicePassword')}
            description={t('reception.listen.devicePasswordHint')}
            leftSection={<IconLock size={16} />}
            autoComplete="off"
            {...field('devicePassword')}
          />
        ) : null}
      </Stack>
      <Stack gap="sm">
        <Textarea
          label={faultLabel}
          placeholder={t('reception.listen.faultPlaceholder')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={6}
          // A known device needs no product details: the conversation goes straight to the fault.
          data-autofocus={values.deviceId !== null ? true : undefined}
          {...field('faultDescription')}
        />
        {needs.deviceLeftWithUs ? (
          <>
            <Checkbox.Group label={t('reception.listen.accessories')} {...field('accessories')}>
              <Group gap="md" mt={6}>
                {settings.accessories.map((item) => (
                  <Checkbox key={item.code} value={item.code} label={localize(item.name, language)} />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput label={t('reception.listen.accessoriesNote')} {...field('accessoriesNote')} />
            <Checkbox.Group label={t('reception.listen.condition')} {...field('conditions')}>
              <Group gap="md" mt={6}>
                {settings.conditions.map((item) => (
                  <Checkbox key={item.code} value={item.code} label={localize(item.name, language)} />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput label={t('reception.listen.conditionNote')} {...field('conditionNote')} />
          </>
        ) : null}
      </Stack>
    </SimpleGrid>
  );
}

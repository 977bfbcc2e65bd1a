import { Button, Card, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconUser, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, Device } from '../../../shared/contract';
import { phoneDigits } from '../../../shared/domain/phone';
import { navigate } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';
import { useFieldProps } from '../../components/forms';
import { ChosenCustomerCard } from './ChosenCustomerCard';
import type { GreetPick } from './greet-picks';
import { GreetSearch, type GreetSearchHandle } from './GreetSearch';
import { emptyIntake, type IntakeValues } from './intake-form';
import classes from './Reception.module.css';

interface Props {
  form: UseFormReturnType<IntakeValues>;
  overview: CustomerOverview | undefined;
  onContinue(): void;
}

/** The device's details as the Listen step holds them. */
export function deviceValues(device: Device): Partial<IntakeValues> {
  return {
    deviceId: device.id,
    productCategory: device.productCategory,
    brand: device.brand,
    model: device.model,
    serial: device.serial,
    purchaseDate: device.purchaseDate ?? '',
    purchaseChannel: device.purchaseChannel,
  };
}

/** Step 1: one search box over customers, phones, serials and ticket numbers; or a new customer. */
export function GreetStep({ form, overview, onContinue }: Props) {
  const { t } = useTranslation();
  const field = useFieldProps(form);
  const values = form.getValues();
  const [creating, setCreating] = useState(values.customerId === null && values.newCustomer.name !== '');
  const focusWhenShown = useRef(false);
  // Once the chosen customer is shown, the likely next move has the focus: the device they
  // brought before, else on to the next step.
  const shownCustomer = overview?.customer.id;
  useEffect(() => {
    if (!focusWhenShown.current || shownCustomer === undefined) return;
    focusWhenShown.current = false;
    (
      document.querySelector<HTMLElement>('[data-use-device]') ??
      document.querySelector<HTMLElement>('[data-step-next]')
    )?.focus();
  }, [shownCustomer]);
  const search = useRef<GreetSearchHandle>(null);
  useHotkeys([['alt+n', () => startNewCustomer()]], []);

  const chooseCustomer = (id: number) => {
    const blank = emptyIntake();
    form.setValues({ customerId: id, newCustomer: blank.newCustomer, deviceId: null });
    setCreating(false);
    search.current?.clear();
  };
  const choose = (picked: GreetPick) => {
    if (picked.kind === 'ticket') {
      navigate({ section: 'tickets', ticketId: picked.id });
      return;
    }
    if (picked.kind === 'customer') chooseCustomer(picked.id);
    else {
      chooseCustomer(picked.device.customerId);
      form.setValues(deviceValues(picked.device));
    }
    focusWhenShown.current = true;
  };
  const startNewCustomer = () => {
    const query = search.current?.text() ?? '';
    const digits = phoneDigits(query);
    form.setValues({
      customerId: null,
      deviceId: null,
      newCustomer: {
        ...form.getValues().newCustomer,
        phone: digits.length >= 7 ? query.trim() : form.getValues().newCustomer.phone,
      },
    });
    setCreating(true);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-new-customer-name]')?.focus());
  };

  // Stable callbacks for the parts drawn only when their data changes (not on every keystroke).
  const chooseRef = useRef(choose);
  useLayoutEffect(() => {
    chooseRef.current = choose;
  });
  const onChoose = useCallback((picked: GreetPick) => chooseRef.current(picked), []);
  const onUseDevice = useCallback(
    (device: Device) => {
      form.setValues(deviceValues(device));
      onContinue();
    },
    [form, onContinue],
  );
  const onChangeCustomer = useCallback(() => form.setValues({ customerId: null, deviceId: null }), [form]);

  const chosen = values.customerId !== null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <GreetSearch onChoose={onChoose} handle={search} />
        <Group>
          <Button
            variant={creating ? 'light' : 'default'}
            leftSection={<IconUserPlus size={16} />}
            rightSection={<KeyHint keys={['Alt', 'N']} />}
            onClick={startNewCustomer}
          >
            {t('reception.greet.newCustomer')}
          </Button>
        </Group>
        {creating && !chosen ? (
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">
              {t('reception.greet.newCustomerTitle')}
            </Title>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('customers.name')}
                withAsterisk
                data-new-customer-name
                {...field('newCustomer.name')}
              />
              <TextInput
                label={t('customers.phone')}
                description={t('customers.phoneDescription')}
                withAsterisk
                inputMode="tel"
                {...field('newCustomer.phone')}
              />
              <TextInput label={t('customers.company')} {...field('newCustomer.company')} />
              <TextInput label={t('customers.address')} {...field('newCustomer.address')} />
            </SimpleGrid>
          </Card>
        ) : null}
      </Stack>
      <Stack gap="sm">
        {chosen && overview ? (
          <ChosenCustomerCard
            overview={overview}
            deviceId={values.deviceId}
            onUseDevice={onUseDevice}
            onChoose={onChoose}
            onChangeCustomer={onChangeCustomer}
          />
        ) : chosen ? (
          <Loader size="sm" />
        ) : (
          <Card withBorder padding="xl" className={classes.placeholder}>
            <Group gap="sm" wrap="nowrap">
              <IconUser size={28} color="var(--mantine-color-gray-6)" />
              <Text c="dimmed">{t('reception.greet.chooseCustomer')}</Text>
            </Group>
          </Card>
        )}
      </Stack>
    </SimpleGrid>
  );
}

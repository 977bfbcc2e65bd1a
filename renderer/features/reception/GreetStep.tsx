import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceMobile, IconSearch, IconUser, IconUserPlus, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerOverview, Device } from '../../../shared/contract';
import { phoneDigits } from '../../../shared/domain/phone';
import { navigate } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';
import { errorText } from '../../components/messages';
import { useFieldProps } from '../../components/forms';
import { emptyIntake, type IntakeValues } from './intake-form';
import { TicketLine } from './TicketLine';
import { useGreetSearch } from './use-greet-search';
import classes from './Reception.module.css';

interface Props {
  form: UseFormReturnType<IntakeValues>;
  overview: CustomerOverview | undefined;
  onContinue(): void;
}

type Pick = { kind: 'customer'; id: number } | { kind: 'device'; device: Device } | { kind: 'ticket'; id: number };

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
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const [creating, setCreating] = useState(values.customerId === null && values.newCustomer.name !== '');
  const resultsRef = useRef<HTMLDivElement>(null);
  const focusWhenShown = useRef(false);
  // Once the chosen customer is shown, the likely next move has the focus: the device they
  // brought before, else on to the next step.
  const shownCustomer = overview?.customer.id;
  useEffect(() => {
    if (!focusWhenShown.current || shownCustomer === undefined) return;
    focusWhenShown.current = false;
    (
      document.querySelector<HTMLElement>('[data-use-device]') ??
      document.querySelector<HTMLElement>('[data-greet-continue]')
    )?.focus();
  }, [shownCustomer]);
  const search = useGreetSearch(typed, 6);
  useHotkeys([['alt+n', () => startNewCustomer()]], []);

  const chooseCustomer = (id: number) => {
    const blank = emptyIntake();
    form.setValues({ customerId: id, newCustomer: blank.newCustomer, deviceId: null });
    setCreating(false);
    setQuery('');
  };
  const choose = (picked: Pick) => {
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

  const data = search.data;
  const picks: Pick[] = data
    ? [
        ...data.tickets.map((ticket) => ({ kind: 'ticket' as const, id: ticket.id })),
        ...data.customers.map((customer) => ({ kind: 'customer' as const, id: customer.id })),
        ...data.devices.map((entry) => ({ kind: 'device' as const, device: entry.device })),
      ]
    : [];
  const focusResult = (index: number) => {
    const buttons = resultsRef.current?.querySelectorAll<HTMLElement>('[data-result]') ?? [];
    buttons[Math.max(0, Math.min(buttons.length - 1, index))]?.focus();
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(0);
    } else if (event.key === 'Enter' && !event.ctrlKey && search.query === typed && picks[0]) {
      // Only results that answer what is typed now: Enter must never open an older prefix's match.
      event.preventDefault();
      choose(picks[0]);
    }
  };
  const onResultKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusResult(index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };

  // Results are numbered in the order they are shown, for ↑ ↓ between them.
  const order = picks.map((picked) =>
    picked.kind === 'ticket' ? `t${picked.id}` : picked.kind === 'customer' ? `c${picked.id}` : `d${picked.device.id}`,
  );
  const resultButton = (picked: Pick, content: React.ReactNode, key: string) => {
    const at = order.indexOf(key);
    return (
      <UnstyledButton
        key={key}
        data-result
        className={classes.result}
        onClick={() => choose(picked)}
        onKeyDown={(event) => onResultKey(event, at)}
      >
        {content}
      </UnstyledButton>
    );
  };

  const chosen = values.customerId !== null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <TextInput
          label={t('reception.greet.search')}
          placeholder={t('reception.greet.searchPlaceholder')}
          description={t('reception.greet.scanHint')}
          leftSection={<IconSearch size={18} />}
          size="md"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onSearchKey}
          data-autofocus
          data-enter-submits
          autoFocus
          autoComplete="off"
        />
        {typed !== '' ? (
          <div ref={resultsRef} aria-live="polite" aria-busy={search.pending} data-answers={search.query}>
            {!data && !search.error ? (
              <Loader size="sm" />
            ) : search.error ? (
              <Alert color="red">{errorText(t, search.error)}</Alert>
            ) : data && picks.length === 0 ? (
              <Text c="dimmed" size="sm">
                {data.hint === 'too-few-digits'
                  ? t('reception.greet.tooFewDigits')
                  : data.hint === 'whole-number'
                    ? t('reception.greet.wholeNumber')
                    : t('reception.greet.noMatch', { query: search.query })}
              </Text>
            ) : data ? (
              <Stack gap="xs">
                {data.tickets.length > 0 ? (
                  <Text className={classes.groupLabel}>{t('reception.greet.tickets')}</Text>
                ) : null}
                {data.tickets.map((ticket) =>
                  resultButton({ kind: 'ticket', id: ticket.id }, <TicketLine ticket={ticket} />, `t${ticket.id}`),
                )}
                {data.customers.length > 0 ? (
                  <Text className={classes.groupLabel}>{t('reception.greet.customers')}</Text>
                ) : null}
                {data.customers.map((customer) =>
                  resultButton(
                    { kind: 'customer', id: customer.id },
                    <Group justify="space-between" wrap="nowrap">
                      <Group gap="xs" wrap="nowrap">
                        <IconUser size={16} />
                        <Text fw={600}>{customer.name}</Text>
                        {customer.company ? (
                          <Text size="sm" c="dimmed">
                            {customer.company}
                          </Text>
                        ) : null}
                      </Group>
                      <Text ff="monospace" size="sm">
                        {customer.phone ?? customer.phoneMasked}
                      </Text>
                    </Group>,
                    `c${customer.id}`,
                  ),
                )}
                {data.devices.length > 0 ? (
                  <Text className={classes.groupLabel}>{t('reception.greet.devices')}</Text>
                ) : null}
                {data.devices.map(({ device, customer }) =>
                  resultButton(
                    { kind: 'device', device },
                    <Group justify="space-between" wrap="nowrap">
                      <Group gap="xs" wrap="nowrap">
                        <IconDeviceMobile size={16} />
                        <Text fw={600}>{`${device.brand} ${device.model}`.trim()}</Text>
                        <Text size="sm" ff="monospace">
                          {device.serial}
                        </Text>
                      </Group>
                      <Text size="sm">{customer.name}</Text>
                    </Group>,
                    `d${device.id}`,
                  ),
                )}
              </Stack>
            ) : null}
          </div>
        ) : null}
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
          <Card withBorder padding="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text size="xs" c="dimmed">
                  {t('reception.greet.selected')}
                </Text>
                <Title order={2} size="h3">
                  {overview.customer.name}
                </Title>
                <Text ff="monospace">{overview.customer.phone ?? overview.customer.phoneMasked}</Text>
                {overview.customer.company ? <Text size="sm">{overview.customer.company}</Text> : null}
              </div>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconX size={14} />}
                onClick={() => form.setValues({ customerId: null, deviceId: null })}
              >
                {t('reception.greet.changeCustomer')}
              </Button>
            </Group>
            <Text fw={600} mt="md" mb={4}>
              {t('reception.greet.devicesOwned')}
            </Text>
            {overview.devices.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('reception.greet.noDevices')}
              </Text>
            ) : (
              <Stack gap={4}>
                {overview.devices.map((device) => (
                  <Group key={device.id} justify="space-between" wrap="nowrap" className={classes.deviceRow}>
                    <Text size="sm">
                      {`${device.brand} ${device.model}`.trim() || device.productCategory}
                      {device.serial ? (
                        <Text span ff="monospace" size="sm" c="dimmed" ml="xs">
                          {device.serial}
                        </Text>
                      ) : null}
                    </Text>
                    <Button
                      size="compact-sm"
                      data-use-device
                      variant={values.deviceId === device.id ? 'filled' : 'light'}
                      onClick={() => {
                        form.setValues(deviceValues(device));
                        onContinue();
                      }}
                    >
                      {t('reception.greet.useDevice')}
                    </Button>
                  </Group>
                ))}
              </Stack>
            )}
            <Text fw={600} mt="md" mb={4}>
              {t('reception.greet.openTickets')}
            </Text>
            {overview.openTickets.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('reception.greet.noOpenTickets')}
              </Text>
            ) : (
              <Stack gap={4}>
                {overview.openTickets.map((ticket) => (
                  <UnstyledButton
                    key={ticket.id}
                    className={classes.result}
                    onClick={() => choose({ kind: 'ticket', id: ticket.id })}
                  >
                    <TicketLine ticket={ticket} />
                  </UnstyledButton>
                ))}
              </Stack>
            )}
            <Group justify="flex-end" mt="md">
              <Button data-greet-continue data-next onClick={onContinue} rightSection={<KeyHint keys={['Enter']} />}>
                {t('reception.next')}
              </Button>
            </Group>
          </Card>
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

import { Button, Center, Divider, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PinFields } from '../../components/PinFields';
import { z } from 'zod';
import { contract, type Language } from '../../../shared/contract';
import { isLanguage } from '../../../shared/i18n';
import { useApiMutation } from '../../api/hooks';
import { adoptSession } from '../../api/session';
import { schemaValidate, showSaveError, useFieldProps } from '../../components/forms';
import { LanguageSwitch } from '../../components/LanguageSwitch';

const setupInput = contract['setup-complete'].input;
const setupForm = z
  .object({
    shop: setupInput.shape.shop,
    admin: setupInput.shape.admin.extend({ pinConfirm: z.string() }),
  })
  .refine((values) => values.admin.pin === values.admin.pinConfirm, {
    path: ['admin', 'pinConfirm'],
    error: 'validation.pinMismatch',
  });

/** First run: the service center's details and the first administrator. */
export function SetupScreen() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      shop: { name: '', address: '', phone: '', hours: '' },
      admin: { name: '', pin: '', pinConfirm: '' },
    },
    validate: schemaValidate(setupForm),
  });
  const field = useFieldProps(form);
  const complete = useApiMutation('setup-complete', {
    // Setting up signs the administrator in: taken up like any sign-in (the live socket too),
    // and what was asked before anyone was signed in is asked again.
    onSuccess: (session) => {
      adoptSession(queryClient, session);
      void queryClient.invalidateQueries();
    },
    onError: (error) => showSaveError(form, t, error),
  });

  const submit = form.onSubmit((values) => {
    const language: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
    complete.mutate({ language, shop: values.shop, admin: { name: values.admin.name, pin: values.admin.pin } });
  });

  return (
    <Center mih="100%" p="xl">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={640} component="form" onSubmit={submit} noValidate>
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Text c="dimmed" size="sm">
              {t('app.name')}
            </Text>
            <Title order={1} size="h2">
              {t('setup.title')}
            </Title>
          </div>
          <LanguageSwitch />
        </Group>
        <Text c="dimmed" mb="lg">
          {t('setup.intro')}
        </Text>

        <Stack gap="sm">
          <Divider label={t('setup.shopSection')} labelPosition="left" />
          <TextInput
            label={t('setup.shopName')}
            placeholder={t('setup.shopNamePlaceholder')}
            withAsterisk
            data-autofocus
            autoFocus
            {...field('shop.name')}
          />
          <TextInput label={t('setup.shopAddress')} {...field('shop.address')} />
          <SimpleGrid cols={2}>
            <TextInput label={t('setup.shopPhone')} {...field('shop.phone')} />
            <TextInput
              label={t('setup.shopHours')}
              placeholder={t('setup.shopHoursPlaceholder')}
              {...field('shop.hours')}
            />
          </SimpleGrid>

          <Divider label={t('setup.adminSection')} labelPosition="left" mt="md" />
          <TextInput label={t('setup.adminName')} withAsterisk {...field('admin.name')} />
          <PinFields pin={field('admin.pin')} pinConfirm={field('admin.pinConfirm')} />
        </Stack>

        <Group justify="flex-end" mt="xl">
          <Button type="submit" size="md" loading={complete.isPending}>
            {t('setup.submit')}
          </Button>
        </Group>
      </Paper>
    </Center>
  );
}

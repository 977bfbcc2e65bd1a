import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract, type ShopSettings, type StaffDirectoryEntry } from '../../../shared/contract';
import { can } from '../../../shared/domain/roles';
import { queryKey, useApiMutation, useApiQuery } from '../../api/hooks';
import { schemaValidate, showSaveError, useFieldProps } from '../../components/forms';
import { errorText } from '../../components/messages';

export function ShopSettingsForm({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const shop = useApiQuery('settings-shop-get', {});
  if (shop.isPending) return <Loader />;
  if (shop.isError) return <Alert color="red">{errorText(t, shop.error)}</Alert>;
  return <ShopForm initial={shop.data} editable={can(staff.role, 'settings-edit')} />;
}

function ShopForm({ initial, editable }: { initial: ShopSettings; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaValidate(contract['settings-shop-update'].input),
  });
  const field = useFieldProps(form);
  const save = useApiMutation('settings-shop-update', {
    onSuccess: (saved) => {
      queryClient.setQueryData(['settings-shop-get', {}], saved);
      void queryClient.invalidateQueries({ queryKey: queryKey('app-info') });
      form.resetDirty(saved);
      notifications.show({ color: 'teal', message: t('settings.shopSaved') });
    },
    onError: (error) => showSaveError(form, t, error),
  });

  return (
    <Card withBorder padding="lg" component="form" onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <Text c="dimmed" size="sm">
          {t('settings.shopIntro')}
        </Text>
        {editable ? null : <Alert color="gray">{t('settings.readOnly')}</Alert>}
        <TextInput label={t('setup.shopName')} withAsterisk disabled={!editable} {...field('name')} />
        <TextInput label={t('setup.shopAddress')} disabled={!editable} {...field('address')} />
        <SimpleGrid cols={2}>
          <TextInput label={t('setup.shopPhone')} disabled={!editable} {...field('phone')} />
          <TextInput label={t('setup.shopHours')} disabled={!editable} {...field('hours')} />
        </SimpleGrid>
        {editable ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

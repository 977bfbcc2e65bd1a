import { Alert, Button, Card, Group, Loader, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract, type ReportSchedule, type StaffDirectoryEntry } from '../../../shared/contract';
import { can } from '../../../shared/domain/roles';
import { queryKey, useApiMutation, useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { schemaValidate, showSaveError, useFieldProps } from '../../components/forms';
import { errorText } from '../../components/messages';

/**
 * The scheduled export of the daily log: on or off, and the folder each day's workbook is saved
 * in. The core checks the folder can be written before it saves the setting; what was saved last
 * is shown so a manager can see it works.
 */
export function ReportScheduleForm({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const schedule = useApiQuery('settings-report-schedule-get', {});
  if (schedule.isPending) return <Loader />;
  if (schedule.isError) return <Alert color="red">{errorText(t, schedule.error)}</Alert>;
  return <ScheduleForm schedule={schedule.data} editable={can(staff.role, 'settings-edit')} />;
}

function ScheduleForm({ schedule, editable }: { schedule: ReportSchedule; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { enabled: schedule.enabled, folder: schedule.folder },
    validate: schemaValidate(contract['settings-report-schedule-update'].input),
  });
  const field = useFieldProps(form);
  const save = useApiMutation('settings-report-schedule-update', {
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey('settings-report-schedule-get', {}), saved);
      form.resetDirty({ enabled: saved.enabled, folder: saved.folder });
      notifications.show({ color: 'teal', message: t('reportSchedule.saved') });
    },
    onError: (error) => showSaveError(form, t, error),
  });
  const last = schedule.lastWritten;

  return (
    <Card
      withBorder
      padding="lg"
      component="form"
      aria-labelledby="report-schedule-title"
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      noValidate
    >
      <Stack gap="sm">
        <Text fw={600} id="report-schedule-title">
          {t('reportSchedule.title')}
        </Text>
        <Text c="dimmed" size="sm">
          {t('reportSchedule.description')}
        </Text>
        {editable ? null : <Alert color="gray">{t('settings.readOnly')}</Alert>}
        <Switch label={t('reportSchedule.enabled')} disabled={!editable} {...field('enabled', { type: 'checkbox' })} />
        <TextInput
          label={t('reportSchedule.folder')}
          description={t('reportSchedule.folderHint')}
          withAsterisk={form.values.enabled}
          disabled={!editable}
          spellCheck={false}
          {...field('folder')}
        />
        {schedule.enabled ? (
          <Stack gap={2}>
            {schedule.since ? <Text size="sm">{t('reportSchedule.since', { day: schedule.since })}</Text> : null}
            <Text size="sm" c={last ? undefined : 'dimmed'}>
              {last
                ? t('reportSchedule.lastWritten', { day: last.day, at: formatDateTime(last.at), file: last.file })
                : t('reportSchedule.nothingYet')}
            </Text>
          </Stack>
        ) : null}
        {editable ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('reportSchedule.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

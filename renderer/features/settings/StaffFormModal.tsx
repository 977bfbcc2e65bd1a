import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PinFields } from '../../components/PinFields';
import { z } from 'zod';
import { contract, type StaffDirectoryEntry, type StaffMember } from '../../../shared/contract';
import { canManageStaffMember, roles, type Role } from '../../../shared/domain/roles';
import { queryKey, useApiMutation } from '../../api/hooks';
import { schemaValidate, showSaveError, useFieldProps } from '../../components/forms';

export type StaffFormMode =
  { kind: 'create' } | { kind: 'edit'; member: StaffMember } | { kind: 'reset-pin'; member: StaffMember };

const pinPair = z
  .object({ pin: contract['staff-create'].input.shape.pin, pinConfirm: z.string() })
  .refine((values) => values.pin === values.pinConfirm, { path: ['pinConfirm'], error: 'validation.pinMismatch' });

const createForm = z
  .object({ name: contract['staff-create'].input.shape.name, role: contract['staff-create'].input.shape.role })
  .and(pinPair);
const editForm = contract['staff-update'].input.omit({ id: true });

export function StaffFormModal({
  mode,
  actor,
  onClose,
}: {
  mode: StaffFormMode | null;
  actor: StaffDirectoryEntry;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const title =
    mode?.kind === 'edit'
      ? t('settings.editStaff', { name: mode.member.name })
      : mode?.kind === 'reset-pin'
        ? t('settings.resetPinTitle', { name: mode.member.name })
        : t('settings.addStaff');
  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} centered size="md">
      {mode?.kind === 'create' ? <CreateStaff actor={actor} onDone={onClose} /> : null}
      {mode?.kind === 'edit' ? <EditStaff actor={actor} member={mode.member} onDone={onClose} /> : null}
      {mode?.kind === 'reset-pin' ? <ResetPin member={mode.member} onDone={onClose} /> : null}
    </Modal>
  );
}

function useRoleOptions(actor: StaffDirectoryEntry) {
  const { t } = useTranslation();
  return roles
    .filter((role) => canManageStaffMember(actor.role, role))
    .map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

function useStaffSaved(message: (member: StaffMember) => string, onDone: () => void) {
  const queryClient = useQueryClient();
  return (member: StaffMember) => {
    void queryClient.invalidateQueries({ queryKey: queryKey('staff-list') });
    void queryClient.invalidateQueries({ queryKey: queryKey('staff-directory') });
    notifications.show({ color: 'teal', message: message(member) });
    onDone();
  };
}

function CreateStaff({ actor, onDone }: { actor: StaffDirectoryEntry; onDone(): void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', role: 'reception' as Role, pin: '', pinConfirm: '' },
    validate: schemaValidate(createForm),
  });
  const field = useFieldProps(form);
  const create = useApiMutation('staff-create', {
    onSuccess: useStaffSaved((member) => t('settings.staffCreated', { name: member.name }), onDone),
    onError: (error) => showSaveError(form, t, error),
  });
  return (
    <form onSubmit={form.onSubmit(({ name, role, pin }) => create.mutate({ name, role, pin }))} noValidate>
      <Stack gap="sm">
        <TextInput label={t('settings.name')} withAsterisk data-autofocus {...field('name')} />
        <Select
          label={t('settings.role')}
          withAsterisk
          data={useRoleOptions(actor)}
          allowDeselect={false}
          {...field('role')}
        />
        <PinFields pin={field('pin')} pinConfirm={field('pinConfirm')} />
        <FormButtons loading={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function EditStaff({ actor, member, onDone }: { actor: StaffDirectoryEntry; member: StaffMember; onDone(): void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: member.name, role: member.role, active: member.active },
    validate: schemaValidate(editForm),
  });
  const field = useFieldProps(form);
  const update = useApiMutation('staff-update', {
    onSuccess: useStaffSaved((saved) => t('settings.staffSaved', { name: saved.name }), onDone),
    onError: (error) => showSaveError(form, t, error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => update.mutate({ id: member.id, ...values }))} noValidate>
      <Stack gap="sm">
        <TextInput label={t('settings.name')} withAsterisk data-autofocus {...field('name')} />
        <Select
          label={t('settings.role')}
          withAsterisk
          data={useRoleOptions(actor)}
          allowDeselect={false}
          {...field('role')}
        />
        <Switch label={t('settings.active')} {...field('active', { type: 'checkbox' })} />
        <FormButtons loading={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function ResetPin({ member, onDone }: { member: StaffMember; onDone(): void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { pin: '', pinConfirm: '' },
    validate: schemaValidate(pinPair),
  });
  const field = useFieldProps(form);
  const reset = useApiMutation('staff-reset-pin', {
    onSuccess: useStaffSaved((saved) => t('settings.pinReset', { name: saved.name }), onDone),
    onError: (error) => showSaveError(form, t, error),
  });
  return (
    <form onSubmit={form.onSubmit(({ pin }) => reset.mutate({ id: member.id, pin }))} noValidate>
      <Stack gap="sm">
        <PinFields pin={field('pin')} pinConfirm={field('pinConfirm')} autoFocus />
        <FormButtons loading={reset.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function FormButtons({ loading, onCancel }: { loading: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {t('common.save')}
      </Button>
    </Group>
  );
}

import { Alert, Button, Group, Loader, PasswordInput, Radio, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { adoptSession } from '../../api/session';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { errorText } from '../../components/messages';
import { showSaveError, useFieldProps } from '../../components/forms';
import { lastStaffId, rememberStaff } from './last-staff';

export interface SignInFormProps {
  submitLabel: string;
  /** Preselected staff member; the last one on this computer if not given. */
  initialStaffId?: number | null;
  onSignedIn?: () => void;
}

/** Pick your name, type your PIN, Enter. Used to sign in and to switch the active staff member. */
export function SignInForm({ submitLabel, initialStaffId, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const directory = useApiQuery('staff-directory', {});
  const pinRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { staffId: '', pin: '' },
    validate: {
      staffId: (value) => (value ? null : 'validation.required'),
      pin: (value) => (/^\d{4,6}$/u.test(value) ? null : 'validation.pin'),
    },
  });
  const field = useFieldProps(form);
  const signIn = useApiMutation('session-sign-in', {
    onSuccess: (session) => {
      if (session.staff) rememberStaff(session.staff.id);
      onSignedIn?.();
      adoptSession(queryClient, session);
    },
    onError: (error) => {
      form.setFieldValue('pin', '');
      showSaveError(form, t, error);
      pinRef.current?.focus();
    },
  });

  const staff = useMemo(() => directory.data ?? [], [directory.data]);
  const preferred = initialStaffId === undefined ? lastStaffId() : initialStaffId;
  const { setFieldValue } = form;
  useEffect(() => {
    if (staff.length === 0 || form.values.staffId) return;
    const pick = staff.find((member) => member.id === preferred) ?? (staff.length === 1 ? staff[0] : undefined);
    if (pick) {
      setFieldValue('staffId', String(pick.id));
      pinRef.current?.focus();
    }
  }, [staff, preferred, form.values.staffId, setFieldValue]);

  if (directory.isPending) return <Loader />;
  if (directory.isError) return <Alert color="red">{errorText(t, directory.error)}</Alert>;

  const submit = form.onSubmit((values) => signIn.mutate({ staffId: Number(values.staffId), pin: values.pin }));
  const staffField = field('staffId');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group
          label={t('signIn.staff')}
          value={form.values.staffId}
          onChange={(value) => {
            setFieldValue('staffId', value);
            form.clearFieldError('pin');
            pinRef.current?.focus();
          }}
          error={staffField.error}
        >
          <ScrollArea.Autosize mah={280} mt="xs" type="auto">
            <SimpleGrid cols={2} spacing="xs">
              {staff.map((member) => (
                <Radio.Card key={member.id} value={String(member.id)} p="sm" radius="sm">
                  <Group wrap="nowrap" gap="sm">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600} lh={1.2}>
                        {member.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`roles.${member.role}`)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </ScrollArea.Autosize>
        </Radio.Group>
        <PasswordInput
          ref={pinRef}
          label={t('signIn.pin')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          size="md"
          {...field('pin')}
        />
        <Button type="submit" size="md" fullWidth loading={signIn.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconEye, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/roles';
import { can } from '../../../shared/domain/roles';
import { useApiMutation } from '../../api/hooks';
import { errorText } from '../../components/messages';

/**
 * The password the customer gave for the device: hidden until asked for, and only for the roles
 * that repair it. Asking is a recorded act (the core writes an audit entry), so it is a button,
 * never shown on its own.
 */
export function DevicePassword({ ticketId, role }: { ticketId: number; role: Role }) {
  const { t } = useTranslation();
  const reveal = useApiMutation('tickets-device-password');
  if (!can(role, 'device-password-view')) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconLock size={16} aria-hidden />
        <Text size="sm" c="dimmed">
          {t('tickets.detail.passwordRestricted')}
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={4}>
      {reveal.data ? (
        <Group gap="xs">
          <Text size="sm">{t('tickets.detail.devicePassword')}</Text>
          <Code fz="lg" fw={700} aria-label={t('tickets.detail.devicePassword')}>
            {reveal.data.password}
          </Code>
        </Group>
      ) : (
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          leftSection={<IconEye size={16} />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate({ id: ticketId })}
        >
          {t('tickets.detail.showPassword')}
        </Button>
      )}
      <Text size="xs" c="dimmed">
        {t('tickets.detail.passwordAudit')}
      </Text>
      {reveal.error ? (
        <Alert color="red" p="xs">
          {errorText(t, reveal.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}

import { Alert, Badge, Button, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry, StaffMember } from '../../../shared/contract';
import { can, canManageStaffMember } from '../../../shared/domain/roles';
import { useApiQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/dates';
import { errorText } from '../../components/messages';
import { StaffFormModal, type StaffFormMode } from './StaffFormModal';

export function StaffSettings({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  if (!can(staff.role, 'staff-manage')) return <Alert color="gray">{t('settings.readOnly')}</Alert>;
  return <StaffTable actor={staff} />;
}

function StaffTable({ actor }: { actor: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const list = useApiQuery('staff-list', {});
  const [mode, setMode] = useState<StaffFormMode | null>(null);
  if (list.isPending) return <Loader />;
  if (list.isError) return <Alert color="red">{errorText(t, list.error)}</Alert>;

  const row = (member: StaffMember) => {
    const manageable = canManageStaffMember(actor.role, member.role);
    return (
      <Table.Tr key={member.id}>
        <Table.Td fw={600}>{member.name}</Table.Td>
        <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
        <Table.Td>
          <Group gap="xs">
            <Badge variant="light" color={member.active ? 'teal' : 'gray'}>
              {member.active ? t('settings.active') : t('settings.inactive')}
            </Badge>
            {member.lockedUntil ? (
              <Badge variant="light" color="red">
                {t('settings.lockedUntil', { time: formatDateTime(member.lockedUntil) })}
              </Badge>
            ) : null}
          </Group>
        </Table.Td>
        <Table.Td>
          {manageable ? (
            <Group gap="xs" justify="flex-end">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} />}
                aria-label={t('settings.editStaff', { name: member.name })}
                onClick={() => setMode({ kind: 'edit', member })}
              >
                {t('common.edit')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconKey size={14} />}
                aria-label={t('settings.resetPinTitle', { name: member.name })}
                onClick={() => setMode({ kind: 'reset-pin', member })}
              >
                {t('settings.resetPin')}
              </Button>
            </Group>
          ) : null}
        </Table.Td>
      </Table.Tr>
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('settings.staffIntro')}
        </Text>
        <Button leftSection={<IconUserPlus size={18} />} onClick={() => setMode({ kind: 'create' })}>
          {t('settings.addStaff')}
        </Button>
      </Group>
      <Card withBorder padding={0}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead bg="gray.1">
            <Table.Tr>
              <Table.Th>{t('settings.name')}</Table.Th>
              <Table.Th>{t('settings.role')}</Table.Th>
              <Table.Th>{t('settings.status')}</Table.Th>
              <Table.Th ta="right">{t('settings.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{list.data.map(row)}</Table.Tbody>
        </Table>
      </Card>
      <StaffFormModal mode={mode} actor={actor} onClose={() => setMode(null)} />
    </Stack>
  );
}

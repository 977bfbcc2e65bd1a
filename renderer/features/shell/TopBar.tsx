import { Avatar, Badge, Group, Menu, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconHeadset, IconLogout, IconSwitchHorizontal } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry } from '../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { adoptSession } from '../../api/session';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { SwitchStaffModal } from '../session/SwitchStaffModal';
import { GlobalSearch } from './GlobalSearch';

export interface TopBarProps {
  staff: StaffDirectoryEntry;
  shopName: string;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** 王 for 王主管, AL for Ada Lovelace. */
function initials(name: string): string {
  const trimmed = name.trim();
  if (/^[\p{Script=Han}]/u.test(trimmed)) return [...trimmed][0] ?? '';
  return trimmed
    .split(/\s+/u)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function TopBar({ staff, shopName, searchRef }: TopBarProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [switching, switchModal] = useDisclosure(false);
  const signOut = useApiMutation('session-sign-out', { onSuccess: (session) => adoptSession(queryClient, session) });

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="lg">
      <Group gap="sm" wrap="nowrap" miw={232 - 16} maw={320} style={{ flexShrink: 0 }}>
        <ThemeIcon size="lg" radius="md" variant="filled">
          <IconHeadset size={20} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text fw={700} lh={1.1} truncate title={shopName}>
            {shopName}
          </Text>
          <Text size="xs" c="dimmed" lh={1.1}>
            {t('app.tagline')}
          </Text>
        </div>
      </Group>
      <GlobalSearch inputRef={searchRef} />
      <Group gap="md" wrap="nowrap">
        <LanguageSwitch />
        <Menu position="bottom-end" width={220}>
          <Menu.Target>
            <UnstyledButton aria-label={t('topBar.staffMenu', { name: staff.name })} px="xs" py={4}>
              <Group gap="xs" wrap="nowrap">
                <Avatar size="md" radius="xl" color="indigo">
                  {initials(staff.name)}
                </Avatar>
                <div>
                  <Text size="sm" fw={600} lh={1.2}>
                    {staff.name}
                  </Text>
                  <Badge size="xs" variant="light">
                    {t(`roles.${staff.role}`)}
                  </Badge>
                </div>
                <IconChevronDown size={16} />
              </Group>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('topBar.signedInAs', { name: staff.name })}</Menu.Label>
            <Menu.Item leftSection={<IconSwitchHorizontal size={16} />} onClick={switchModal.open}>
              {t('topBar.switchStaff')}
            </Menu.Item>
            <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={() => signOut.mutate({})}>
              {t('topBar.signOut')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <SwitchStaffModal opened={switching} onClose={switchModal.close} />
    </Group>
  );
}

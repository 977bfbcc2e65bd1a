import { Box, NavLink, Stack, Text } from '@mantine/core';
import {
  IconChartBar,
  IconClipboardList,
  IconDeviceDesktopCog,
  IconPackageExport,
  IconSettings,
  IconTool,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref, sectionRoute, sections, type Section } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';

const icons: Record<Section, ComponentType<{ size?: number; stroke?: number }>> = {
  reception: IconDeviceDesktopCog,
  pickup: IconPackageExport,
  tickets: IconClipboardList,
  workbench: IconTool,
  customers: IconUsers,
  reports: IconChartBar,
  settings: IconSettings,
};

export function NavBar({ active, version }: { active: Section; version: string }) {
  const { t } = useTranslation();
  return (
    <Stack justify="space-between" h="100%" p="sm">
      <Box component="nav" aria-label={t('nav.main')}>
        <Stack gap={4}>
          {sections.map((section, index) => {
            const Icon = icons[section];
            return (
              <NavLink
                key={section}
                href={routeHref(sectionRoute(section))}
                label={t(`nav.${section}`)}
                leftSection={<Icon size={20} stroke={1.6} />}
                rightSection={<KeyHint keys={['Alt', String(index + 1)]} />}
                active={section === active}
                aria-current={section === active ? 'page' : undefined}
                variant="light"
                styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
              />
            );
          })}
        </Stack>
      </Box>
      <Text size="xs" c="dimmed" px="sm">
        FrontDesk {version}
      </Text>
    </Stack>
  );
}

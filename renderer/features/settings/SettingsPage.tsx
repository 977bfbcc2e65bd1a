import { Stack, Tabs, Title } from '@mantine/core';
import { IconBuildingStore, IconChartBar, IconPrinter, IconTool, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry } from '../../../shared/contract';
import { can } from '../../../shared/domain/roles';
import { PrintSettingsPanel } from './printing/PrintSettingsPanel';
import { ServiceSettingsPanel } from './service/ServiceSettingsPanel';
import { ReportScheduleForm } from './ReportScheduleForm';
import { ShopSettingsForm } from './ShopSettingsForm';
import { StaffSettings } from './StaffSettings';

export function SettingsPage({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Tabs defaultValue="shop" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="shop" leftSection={<IconBuildingStore size={16} />}>
            {t('settings.shop')}
          </Tabs.Tab>
          <Tabs.Tab value="staff" leftSection={<IconUsersGroup size={16} />}>
            {t('settings.staff')}
          </Tabs.Tab>
          <Tabs.Tab value="service" leftSection={<IconTool size={16} />}>
            {t('serviceSettings.title')}
          </Tabs.Tab>
          <Tabs.Tab value="printing" leftSection={<IconPrinter size={16} />}>
            {t('printing.settings.tab')}
          </Tabs.Tab>
          {/* Reports are for managers: so is where they are saved. */}
          {can(staff.role, 'reports-view') ? (
            <Tabs.Tab value="reports" leftSection={<IconChartBar size={16} />}>
              {t('settings.reports')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="shop" pt="lg">
          <ShopSettingsForm staff={staff} />
        </Tabs.Panel>
        <Tabs.Panel value="staff" pt="lg">
          <StaffSettings staff={staff} />
        </Tabs.Panel>
        <Tabs.Panel value="service" pt="lg">
          <ServiceSettingsPanel staff={staff} />
        </Tabs.Panel>
        <Tabs.Panel value="printing" pt="lg">
          <PrintSettingsPanel staff={staff} />
        </Tabs.Panel>
        {can(staff.role, 'reports-view') ? (
          <Tabs.Panel value="reports" pt="lg">
            <ReportScheduleForm staff={staff} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}

import { Alert, Group, Loader, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry } from '../../../shared/contract';
import { shopToday, shortcutRange, type DateRange } from '../../../shared/domain/report-periods';
import { can } from '../../../shared/domain/roles';
import { useApiQuery } from '../../api/hooks';
import { errorText } from '../../components/messages';
import { useServiceSettings } from '../../components/service-names';
import { DayLogPanel } from './DayLogPanel';
import { ExportButtons } from './ExportButtons';
import { KpiPanel } from './KpiPanel';
import { RangePicker } from './RangePicker';

type Tab = 'figures' | 'day-log';

/** True once `busy` has lasted `afterMs`: a wait that long says what is happening. */
function useLongWait(busy: boolean, afterMs = 1000): boolean {
  const [settled] = useDebouncedValue(busy, afterMs);
  return busy && settled;
}

/**
 * The Reports section (managers and administrators; the core refuses anyone else): a period
 * picked by shortcut or dates, its figures against the period before, and its daily log. Both
 * are worked out in the report worker; a wait over a second says so.
 */
export function ReportsPage({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const settings = useServiceSettings().data;
  const timeZone = settings?.businessHours.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = shopToday(new Date(), timeZone);
  const [range, setRange] = useState<DateRange>(() => shortcutRange('today', today));
  const [tab, setTab] = useState<Tab>('figures');
  if (!can(staff.role, 'reports-view'))
    return (
      <Stack gap="md">
        <Title order={1}>{t('reports.page.title')}</Title>
        <Alert color="orange" role="status">
          {t('reports.page.refused')}
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="md" pb="xl">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('reports.page.title')}</Title>
        <RangePicker value={range} today={today} onChange={setRange} />
      </Group>
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)}>
        <Tabs.List>
          <Tabs.Tab value="figures">{t('reports.page.tabs.figures')}</Tabs.Tab>
          <Tabs.Tab value="day-log">{t('reports.page.tabs.dayLog')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'figures' ? (
        <Figures range={range} onShowLog={() => setTab('day-log')} />
      ) : (
        <>
          <ExportButtons range={range} staff={staff} />
          <DayLog range={range} />
        </>
      )}
    </Stack>
  );
}

function Waiting({ busy, hasData }: { busy: boolean; hasData: boolean }) {
  const { t } = useTranslation();
  const long = useLongWait(busy);
  if (!busy) return null;
  if (!long) return hasData ? null : <Loader aria-label={t('common.loading')} />;
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{t('reports.page.working')}</Text>
      <Progress value={100} animated striped aria-label={t('reports.page.working')} />
    </Stack>
  );
}

function Figures({ range, onShowLog }: { range: DateRange; onShowLog(): void }) {
  const { t } = useTranslation();
  const report = useApiQuery('reports-kpis', range, { placeholderData: keepPreviousData, staleTime: 30_000 });
  return (
    <Stack gap="md">
      <Waiting busy={report.isFetching} hasData={Boolean(report.data)} />
      {report.isError ? (
        <Alert color="red" role="alert">
          {errorText(t, report.error)}
        </Alert>
      ) : null}
      {report.data ? <KpiPanel report={report.data} onShowLog={onShowLog} /> : null}
    </Stack>
  );
}

function DayLog({ range }: { range: DateRange }) {
  const { t } = useTranslation();
  const log = useApiQuery(
    'reports-day-log',
    { ...range, fullPhones: false },
    { placeholderData: keepPreviousData, staleTime: 30_000 },
  );
  return (
    <Stack gap="md">
      <Waiting busy={log.isFetching} hasData={Boolean(log.data)} />
      {log.isError ? (
        <Alert color="red" role="alert">
          {errorText(t, log.error)}
        </Alert>
      ) : null}
      {log.data ? <DayLogPanel log={log.data} /> : null}
    </Stack>
  );
}

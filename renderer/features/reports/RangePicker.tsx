import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DateRange, RangeShortcut } from '../../../shared/domain/report-periods';
import { rangeShortcuts, shortcutRange } from '../../../shared/domain/report-periods';

/**
 * The period a report covers: a shortcut (Today, Yesterday, This week…) or any two dates, typed
 * or picked. The shortcut in force is shown chosen; dates that match none leave none chosen.
 */
export function RangePicker({
  value,
  today,
  onChange,
}: {
  value: DateRange;
  today: string;
  onChange(range: DateRange): void;
}) {
  const { t } = useTranslation();
  const chosen =
    rangeShortcuts.find((shortcut) => {
      const range = shortcutRange(shortcut, today);
      return range.from === value.from && range.to === value.to;
    }) ?? '';
  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('reports.page.range')}>
      <SegmentedControl
        aria-label={t('reports.page.range')}
        value={chosen}
        onChange={(shortcut) => onChange(shortcutRange(shortcut as RangeShortcut, today))}
        data={rangeShortcuts.map((shortcut) => ({ value: shortcut, label: t(`reports.page.shortcuts.${shortcut}`) }))}
      />
      <TextInput
        type="date"
        size="sm"
        label={t('reports.page.from')}
        value={value.from}
        max={today}
        onChange={(event) => {
          const from = event.currentTarget.value;
          if (from) onChange({ from, to: value.to < from ? from : value.to });
        }}
      />
      <TextInput
        type="date"
        size="sm"
        label={t('reports.page.to')}
        value={value.to}
        min={value.from}
        onChange={(event) => {
          const to = event.currentTarget.value;
          if (to) onChange({ from: value.from > to ? to : value.from, to });
        }}
      />
    </Group>
  );
}

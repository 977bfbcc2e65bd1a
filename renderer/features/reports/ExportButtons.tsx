import { Button, Group, Menu, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypeCsv, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLogSections, type DayLogSection, type StaffDirectoryEntry } from '../../../shared/contract';
import type { DateRange } from '../../../shared/domain/report-periods';
import { can } from '../../../shared/domain/roles';
import { useApiMutation } from '../../api/hooks';
import { saveFile } from '../../components/download';
import { errorText } from '../../components/messages';
import { useLanguage } from '../../components/service-names';
import { DayLogPrintModal } from './DayLogPrintModal';

/**
 * The daily log to save or print: the whole workbook for Excel or WPS, one section as CSV for
 * other tools (both written in the report worker), or the pages for paper through the preview. Phones are masked unless whole numbers are switched on (by
 * someone who may see them; the core puts that on record).
 */
export function ExportButtons({ range, staff }: { range: DateRange; staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [fullPhones, setFullPhones] = useState(false);
  const [writing, setWriting] = useState<'xlsx' | 'csv' | null>(null);
  const [printing, setPrinting] = useState(false);
  const write = useApiMutation('reports-day-log-export', {
    onSuccess: saveFile,
    onError: (error) =>
      notifications.show({ color: 'red', title: t('reports.export.failed'), message: errorText(t, error) }),
    onSettled: () => setWriting(null),
  });
  const exportAs = (format: 'xlsx' | 'csv', section: DayLogSection = 'received') => {
    setWriting(format);
    write.mutate({ ...range, fullPhones, format, section, language });
  };
  return (
    <Group gap="sm" role="group" aria-label={t('reports.export.label')}>
      {can(staff.role, 'phone-view-full') ? (
        <Switch
          label={t('reports.export.fullPhones')}
          checked={fullPhones}
          onChange={(event) => setFullPhones(event.currentTarget.checked)}
        />
      ) : null}
      <Button
        variant="light"
        leftSection={<IconFileSpreadsheet size={18} />}
        loading={writing === 'xlsx'}
        disabled={writing !== null}
        onClick={() => exportAs('xlsx')}
      >
        {t('reports.export.xlsx')}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="light"
            leftSection={<IconFileTypeCsv size={18} />}
            rightSection={<IconChevronDown size={14} />}
            loading={writing === 'csv'}
            disabled={writing !== null}
          >
            {t('reports.export.csv')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {dayLogSections.map((section) => (
            <Menu.Item key={section} onClick={() => exportAs('csv', section)}>
              {t(`reports.sheets.${section}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button variant="light" leftSection={<IconPrinter size={18} />} onClick={() => setPrinting(true)}>
        {t('reports.print.button')}
      </Button>
      {printing ? <DayLogPrintModal range={range} onClose={() => setPrinting(false)} /> : null}
    </Group>
  );
}

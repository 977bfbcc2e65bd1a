import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useElementSize } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import { documentPapers, paperSpecs, type Paper } from '../../../shared/domain/printing';
import type { DateRange } from '../../../shared/domain/report-periods';
import { useApiQuery } from '../../api/hooks';
import { errorText } from '../../components/messages';
import { useLanguage } from '../../components/service-names';
import { PaperFrame } from '../printing/PaperFrame';
import { usePrint } from '../printing/use-print';
import { rangeText } from './report-format';

const PX_PER_MM = 96 / 25.4;
/** Room left around the sheet inside the preview, in pixels. */
const GUTTER_PX = 48;

/**
 * The daily log's print preview: the exact pages the printer gets (A4 turned sideways unless the
 * settings say upright), with the paper and language to choose, then print on the printer set in
 * Settings › Printing or save as PDF. Phones are always masked on paper.
 */
export function DayLogPrintModal({ range, onClose }: { range: DateRange; onClose(): void }) {
  const { t } = useTranslation();
  const activeLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(activeLanguage);
  const [chosenPaper, setChosenPaper] = useState<Paper | null>(null);
  const [busy, setBusy] = useState<'printer' | 'pdf' | null>(null);
  const print = usePrint();
  const settings = useApiQuery('settings-printing-get', {});
  const paper = chosenPaper ?? settings.data?.['day-log'].paper ?? null;
  const request = { document: 'day-log' as const, ticketId: null, period: range, language, paper };
  const rendered = useApiQuery('print-render', request, { enabled: paper !== null });
  const name = t('printing.documents.day-log');
  // A sheet turned sideways is wider than most screens leave beside the controls: shown smaller, whole.
  const { ref: areaRef, width: areaWidth } = useElementSize();
  const sheetPx = paperSpecs[rendered.data?.paper ?? paper ?? 'a4-landscape'].widthMm * PX_PER_MM;
  const zoom = areaWidth === 0 ? 1 : Math.min(1, (areaWidth - GUTTER_PX) / sheetPx);

  const printButton = useRef<HTMLButtonElement>(null);
  const pdfButton = useRef<HTMLButtonElement>(null);
  const run = async (output: 'printer' | 'pdf') => {
    setBusy(output);
    await print({ ...request, output });
    setBusy(null);
    // The disabled button dropped focus out of the dialog: bring it back so Esc and Tab still work here.
    window.setTimeout(() => (output === 'pdf' ? pdfButton : printButton).current?.focus());
  };

  return (
    <Modal opened onClose={onClose} size="95%" title={t('reports.print.previewTitle', { days: rangeText(range) })}>
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Stack w={230} gap="md" style={{ flex: 'none' }}>
          <Select
            label={t('printing.panel.paper')}
            data={documentPapers['day-log'].map((value) => ({ value, label: t(`printing.papers.${value}`) }))}
            value={paper}
            allowDeselect={false}
            onChange={(value) => value && setChosenPaper(value as Paper)}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="day-log-print-language">
              {t('printing.panel.language')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="day-log-print-language"
              value={language}
              onChange={(value) => setLanguage(value as Language)}
              data={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </div>
          <Button
            ref={printButton}
            leftSection={<IconPrinter size={16} />}
            loading={busy === 'printer'}
            disabled={busy !== null || !rendered.data}
            onClick={() => void run('printer')}
          >
            {t('printing.panel.print')}
          </Button>
          <Button
            ref={pdfButton}
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            loading={busy === 'pdf'}
            disabled={busy !== null || !rendered.data}
            onClick={() => void run('pdf')}
          >
            {t('printing.panel.savePdf')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('reports.print.masked')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('printing.panel.notSentHint')}
          </Text>
        </Stack>
        <ScrollArea
          ref={areaRef}
          h="72vh"
          style={{ flex: 1 }}
          bg="gray.2"
          type="auto"
          viewportProps={{
            tabIndex: 0,
            role: 'region',
            'aria-label': t('printing.panel.frameTitle', { document: name }),
          }}
        >
          <Center p="lg" style={{ alignItems: 'flex-start' }}>
            {rendered.isError ? (
              <Alert color="red">{errorText(t, rendered.error)}</Alert>
            ) : rendered.data ? (
              <div style={{ zoom }}>
                <PaperFrame
                  html={rendered.data.html}
                  paper={rendered.data.paper}
                  title={t('printing.panel.frameTitle', { document: name })}
                />
              </div>
            ) : (
              <Loader aria-label={t('common.loading')} />
            )}
          </Center>
        </ScrollArea>
      </Group>
    </Modal>
  );
}

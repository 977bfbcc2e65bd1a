import { Alert, Card, Table, Text } from '@mantine/core';
import { IconInfoCircle, IconPrinterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterList, PrintSettings } from '../../../../shared/contract';
import { settingsDocuments, type SettingsDocument } from '../../../../shared/domain/printing';
import { usePrint } from '../../printing/use-print';
import { useLanguage } from '../service/section-props';
import { SectionFrame } from '../service/SectionFrame';
import { DocumentRow } from './DocumentRow';
import classes from './PrintSettings.module.css';
import { usePrintSettingsForm } from './use-print-settings-form';

export interface PrintSettingsFormProps {
  settings: PrintSettings;
  printers: PrinterList;
  editable: boolean;
}

/**
 * One row per document, saved together. The test page uses the row as it stands, saved or not,
 * so a manager can try a printer and paper before keeping them.
 */
export function PrintSettingsForm({ settings, printers, editable }: PrintSettingsFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = usePrintSettingsForm(settings);
  const { form } = state;
  const print = usePrint();
  const [testing, setTesting] = useState<SettingsDocument | null>(null);
  const systemMode = printers.mode === 'system';
  const title = t('printing.settings.tab');

  const printTestPage = async (document: SettingsDocument) => {
    const { printer, paper } = form.getValues()[document];
    setTesting(document);
    try {
      await print({ document: 'test-page', ticketId: null, language, paper, printer });
    } finally {
      setTesting(null);
    }
  };

  return (
    <SectionFrame title={title} intro={t('printing.settings.intro')} editable={editable} state={state}>
      {systemMode ? null : (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('printing.settings.browserMode')}
        </Alert>
      )}
      {systemMode && printers.printers.length === 0 ? (
        <Alert color="yellow" variant="light" icon={<IconPrinterOff size={18} />}>
          {t('printing.settings.noPrinters')}
        </Alert>
      ) : null}
      <Card withBorder padding={0}>
        <Table
          className={classes.table}
          verticalSpacing="sm"
          horizontalSpacing="sm"
          layout="fixed"
          aria-label={t('printing.settings.documentsLabel')}
        >
          <Table.Thead bg="gray.1">
            <Table.Tr>
              <Table.Th className={classes.documentColumn}>{t('printing.settings.document')}</Table.Th>
              <Table.Th>{t('printing.settings.printer')}</Table.Th>
              <Table.Th className={classes.paperColumn}>{t('printing.settings.paper')}</Table.Th>
              <Table.Th className={classes.copiesColumn}>{t('printing.settings.copies')}</Table.Th>
              <Table.Th className={classes.autoPrintColumn}>{t('printing.settings.autoPrintColumn')}</Table.Th>
              <Table.Th className={classes.testColumn}>{t('printing.settings.test')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {settingsDocuments.map((document) => (
              <DocumentRow
                key={document}
                document={document}
                form={form}
                editable={editable}
                printers={systemMode ? printers.printers : null}
                savedPrinter={settings[document].printer}
                testing={testing === document}
                testDisabled={testing !== null}
                onTest={() => void printTestPage(document)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Text size="sm" c="dimmed" component="ul" className={classes.notes}>
        <li>{t('printing.settings.copiesHint')}</li>
        <li>{t('printing.settings.autoPrintNote')}</li>
      </Text>
    </SectionFrame>
  );
}

import { Button, NativeSelect, NumberInput, Switch, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintSettings, SystemPrinter } from '../../../../shared/contract';
import { documentPapers, type SettingsDocument } from '../../../../shared/domain/printing';
import { useFieldProps } from '../../../components/forms';
import classes from './PrintSettings.module.css';
import { printerLabel, printerOptions } from './printer-options';

export interface DocumentRowProps {
  document: SettingsDocument;
  form: UseFormReturnType<PrintSettings>;
  editable: boolean;
  /** The system's printers; null in browser mode, where the browser's dialog chooses. */
  printers: readonly SystemPrinter[] | null;
  /** The printer saved for this document, kept selectable even if the system lost it. */
  savedPrinter: string;
  testing: boolean;
  testDisabled: boolean;
  onTest(): void;
}

/**
 * Documents printed by hand, later: the quote once the work is billed, the daily log from
 * Reports. Their row says when instead of a switch.
 */
const printedLater: Partial<Record<SettingsDocument, 'onceBilled' | 'fromReports'>> = {
  quote: 'onceBilled',
  'day-log': 'fromReports',
};

/** A value shown as text, level with the inputs of the rows around it. */
function CellText({ children, dimmed = false }: { children: ReactNode; dimmed?: boolean }) {
  return (
    <Text size="sm" c={dimmed ? 'dimmed' : undefined} className={classes.cellText}>
      {children}
    </Text>
  );
}

/**
 * One document's settings. Staff who may only look read the values as text (disabled inputs
 * fade them, and a disabled switch hardly shows whether it is on); the test page stays theirs.
 */
export function DocumentRow({
  document,
  form,
  editable,
  printers,
  savedPrinter,
  testing,
  testDisabled,
  onTest,
}: DocumentRowProps) {
  const { t } = useTranslation();
  const field = useFieldProps(form);
  const name = t(`printing.documents.${document}`);
  const { printer, paper, copies, autoPrint } = form.getValues()[document];
  const defaultPrinter = t('printing.settings.defaultPrinter');
  const paperName = t(`printing.papers.${paper}`);
  const printerChoices = printers
    ? printerOptions(printers, savedPrinter, {
        defaultPrinter,
        isDefault: (shown) => t('printing.settings.defaultMark', { printer: shown }),
        missing: (shown) => t('printing.settings.missingPrinter', { printer: shown }),
      })
    : null;
  const testLabel = printers
    ? t('printing.settings.testPageFor', {
        document: name,
        printer: printerLabel(printers, printer, defaultPrinter),
        paper: paperName,
      })
    : t('printing.settings.testPageForPaper', { document: name, paper: paperName });

  const printerCell = () => {
    // Browser mode: the saved printer is kept as it is, for the desktop app.
    if (!printerChoices) return <CellText dimmed>{t('printing.settings.browserChooses')}</CellText>;
    if (!editable)
      return <CellText>{printerChoices.find((choice) => choice.value === printer)?.label ?? printer}</CellText>;
    return (
      <NativeSelect
        aria-label={t('printing.settings.printerFor', { document: name })}
        data={printerChoices}
        {...field(`${document}.printer`)}
      />
    );
  };

  const autoPrintCell = () => {
    const later = printedLater[document];
    if (later)
      return (
        <Text size="sm" c="dimmed" className={classes.cellText} title={t(`printing.settings.${later}Hint`)}>
          {t(`printing.settings.${later}`)}
        </Text>
      );
    if (!editable) return <CellText>{t(autoPrint ? 'common.yes' : 'common.no')}</CellText>;
    return (
      <Switch
        className={classes.switch}
        aria-label={t(
          document === 'pickup-receipt' ? 'printing.settings.autoPrintAtPickupFor' : 'printing.settings.autoPrintFor',
          { document: name },
        )}
        {...field(`${document}.autoPrint`, { type: 'checkbox' })}
      />
    );
  };

  return (
    <Table.Tr>
      <Table.Td className={classes.documentName}>{name}</Table.Td>
      <Table.Td>{printerCell()}</Table.Td>
      <Table.Td>
        {editable ? (
          <NativeSelect
            aria-label={t('printing.settings.paperFor', { document: name })}
            data={documentPapers[document].map((value) => ({ value, label: t(`printing.papers.${value}`) }))}
            {...field(`${document}.paper`)}
          />
        ) : (
          <CellText>{paperName}</CellText>
        )}
      </Table.Td>
      <Table.Td>
        {editable ? (
          <NumberInput
            aria-label={t('printing.settings.copiesFor', { document: name })}
            min={1}
            max={5}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            {...field(`${document}.copies`)}
          />
        ) : (
          <CellText>{copies}</CellText>
        )}
      </Table.Td>
      <Table.Td>{autoPrintCell()}</Table.Td>
      <Table.Td>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          aria-label={testLabel}
          title={testLabel}
          loading={testing}
          disabled={testDisabled && !testing}
          onClick={onTest}
          fullWidth
        >
          {t('printing.settings.testButton')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

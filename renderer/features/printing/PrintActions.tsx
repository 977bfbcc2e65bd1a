import { Button, Group, Menu } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconEye, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../../shared/contract';
import { reachedPrinter, type TicketDocument } from '../../../shared/domain/printing';
import { useApiQuery } from '../../api/hooks';
import { KeyHint } from '../../components/KeyHint';
import { useLanguage } from '../../components/service-names';
import { PrintPreviewModal, printableDocuments, type PrintableTicket } from './PrintPreviewModal';
import { usePrint } from './use-print';

/** How many times a document reached a printer: the next one is 补打 if any. */
export function printedCount(jobs: readonly PrintJob[] | undefined, document: TicketDocument): number {
  return (jobs ?? []).filter((job) => job.document === document && reachedPrinter(job)).length;
}

/**
 * One click prints the screen's main documents (the receipt and the work order at the counter)
 * with the counter's settings; the menu has the others the ticket can print now (the device
 * label, the quote once there is a bill, the pickup receipt once picked up) and the preview with
 * every option. A document printed before reads “Reprint …” (补打…): the paper will say so too.
 */
export function PrintActions({
  ticket,
  main = ['receipt', 'work-order'],
  primary = false,
  shortcuts = false,
}: {
  ticket: PrintableTicket;
  /** The documents with a button of their own, first to last (those the ticket can print now). */
  main?: readonly TicketDocument[];
  /** The first document as the screen's main action (the receipt, as an intake's result). */
  primary?: boolean;
  /** Ctrl+P prints the receipt, Ctrl+Shift+P the work order (instead of the browser's own print). */
  shortcuts?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const jobs = useApiQuery('print-jobs-list', { ticketId: ticket.id });
  const print = usePrint();
  const [busy, setBusy] = useState<TicketDocument | null>(null);
  const [preview, setPreview] = useState<TicketDocument | null>(null);

  const label = (document: TicketDocument) =>
    t(printedCount(jobs.data, document) > 0 ? 'printing.panel.reprintShort' : 'printing.panel.printShort', {
      document: t(`printing.short.${document}`),
    });
  const printNow = async (document: TicketDocument) => {
    setBusy(document);
    await print({ document, ticketId: ticket.id, language });
    setBusy(null);
  };
  const keys = { receipt: ['Ctrl', 'P'], 'work-order': ['Ctrl', '⇧', 'P'] } as const;
  useHotkeys(
    shortcuts
      ? [
          ['mod+P', () => busy === null && void printNow('receipt')],
          ['mod+shift+P', () => busy === null && void printNow('work-order')],
        ]
      : [],
  );
  const printable = printableDocuments(ticket);
  const buttons = main.filter((document) => printable.includes(document));
  const others = printable.filter((document) => !buttons.includes(document));

  return (
    <Group gap="xs" wrap="nowrap">
      {buttons.map((document, index) => (
        <Button
          key={document}
          variant={primary && index === 0 ? 'filled' : 'default'}
          leftSection={<IconPrinter size={16} />}
          rightSection={
            shortcuts && (document === 'receipt' || document === 'work-order') ? (
              <KeyHint keys={[...keys[document]]} />
            ) : undefined
          }
          loading={busy === document}
          disabled={busy !== null && busy !== document}
          onClick={() => void printNow(document)}
        >
          {label(document)}
        </Button>
      ))}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} />} disabled={busy !== null}>
            {t('printing.panel.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {others.map((document) => (
            <Menu.Item key={document} leftSection={<IconPrinter size={16} />} onClick={() => void printNow(document)}>
              {label(document)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconEye size={16} />} onClick={() => setPreview(buttons[0] ?? 'receipt')}>
            {t('printing.panel.previewAll')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {preview ? <PrintPreviewModal ticket={ticket} initial={preview} onClose={() => setPreview(null)} /> : null}
    </Group>
  );
}

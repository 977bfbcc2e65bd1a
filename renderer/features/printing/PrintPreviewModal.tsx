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
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import { documentPapers, hasQuote, type Paper, type TicketDocument } from '../../../shared/domain/printing';
import type { TicketState } from '../../../shared/domain/ticket-states';
import { useApiQuery } from '../../api/hooks';
import { errorText } from '../../components/messages';
import { useLanguage } from '../../components/service-names';
import { PaperFrame } from './PaperFrame';
import { usePrint } from './use-print';

export interface PrintableTicket {
  id: number;
  number: string;
  state: TicketState;
  /** The bill, once diagnosed: what a quote shows. */
  bill: unknown;
}

/**
 * The documents a ticket can print now: the quote once there is a bill to agree to, the pickup
 * receipt only once the product went back.
 */
export function printableDocuments(ticket: PrintableTicket): TicketDocument[] {
  return [
    'receipt',
    'work-order',
    'device-label',
    ...(hasQuote(ticket) ? (['quote'] as const) : []),
    ...(ticket.state === 'picked-up' ? (['pickup-receipt'] as const) : []),
  ];
}

/**
 * The preview: the exact HTML the printer gets, on its paper, with the document, paper and
 * language to choose, and print (marked 补打 when it was printed before) or save as PDF.
 */
export function PrintPreviewModal({
  ticket,
  initial,
  onClose,
}: {
  ticket: PrintableTicket;
  initial: TicketDocument;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [document, setDocument] = useState<TicketDocument>(initial);
  const [chosenPaper, setChosenPaper] = useState<Paper | null>(null);
  const activeLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(activeLanguage);
  const [busy, setBusy] = useState<'printer' | 'pdf' | null>(null);
  const print = usePrint();
  const settings = useApiQuery('settings-printing-get', {});
  const paper = chosenPaper ?? settings.data?.[document].paper ?? null;
  const rendered = useApiQuery(
    'print-render',
    { document, ticketId: ticket.id, language, paper },
    { enabled: paper !== null },
  );
  const name = t(`printing.documents.${document}`);
  const reprint = rendered.data?.reprint ?? 0;

  const printButton = useRef<HTMLButtonElement>(null);
  const pdfButton = useRef<HTMLButtonElement>(null);
  const run = async (output: 'printer' | 'pdf') => {
    setBusy(output);
    await print({ document, ticketId: ticket.id, language, paper, output });
    setBusy(null);
    void rendered.refetch();
    // The button was disabled while it worked, which drops focus out of the dialog: bring it
    // back so Esc and Tab go on working here.
    window.setTimeout(() => (output === 'pdf' ? pdfButton : printButton).current?.focus());
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size={1080}
      title={`${t('printing.panel.previewOf', { document: name })} · ${ticket.number}`}
    >
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Stack w={250} gap="md" style={{ flex: 'none' }}>
          <Select
            label={t('printing.panel.document')}
            data={printableDocuments(ticket).map((value) => ({ value, label: t(`printing.documents.${value}`) }))}
            value={document}
            allowDeselect={false}
            onChange={(value) => {
              if (!value) return;
              setDocument(value as TicketDocument);
              setChosenPaper(null);
            }}
          />
          <Select
            label={t('printing.panel.paper')}
            data={documentPapers[document].map((value) => ({ value, label: t(`printing.papers.${value}`) }))}
            value={paper}
            allowDeselect={false}
            onChange={(value) => value && setChosenPaper(value as Paper)}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="print-language">
              {t('printing.panel.language')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="print-language"
              value={language}
              onChange={(value) => setLanguage(value as Language)}
              data={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </div>
          {reprint > 0 ? (
            <Alert color="orange" variant="light" p="xs">
              <Text size="sm">{t('printing.panel.willBeReprint', { count: reprint })}</Text>
            </Alert>
          ) : null}
          <Button
            ref={printButton}
            leftSection={<IconPrinter size={16} />}
            loading={busy === 'printer'}
            disabled={busy !== null || !rendered.data}
            onClick={() => void run('printer')}
          >
            {reprint > 0 ? t('printing.panel.reprint') : t('printing.panel.print')}
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
            {t('printing.panel.notSentHint')}
          </Text>
        </Stack>
        {/* The paper scrolls by keyboard too: the area takes focus, and ↑ ↓ Page Up/Down move it. */}
        <ScrollArea
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
            ) : rendered.data && paper ? (
              <PaperFrame
                html={rendered.data.html}
                paper={rendered.data.paper}
                title={t('printing.panel.frameTitle', { document: name })}
              />
            ) : (
              <Loader />
            )}
          </Center>
        </ScrollArea>
      </Group>
    </Modal>
  );
}

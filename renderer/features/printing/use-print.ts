import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { InputOf, PrintJob } from '../../../shared/contract';
import { queryKey, request } from '../../api/hooks';
import { errorText } from '../../components/messages';
import { printInBrowser } from './browser-print';
import { askWhetherPrinted } from './PrintedQuestion';

export type PrintInput = InputOf<'print-document'>;

/** A finished job's outcome in words, for a notification or the history. */
export function useJobText() {
  const { t } = useTranslation();
  return (job: PrintJob): string => {
    const document = t(`printing.documents.${job.document}`);
    if (job.state === 'failed')
      return t(`printing.failures.${job.failure ?? 'failed'}`, { printer: job.printer, detail: job.failureDetail });
    if (job.output === 'pdf' && job.savedTo !== '')
      return t('printing.panel.savedPdf', { document, path: job.savedTo });
    if (job.delivery === 'browser') return t('printing.panel.sentBrowser', { document });
    const printer = job.printer === '' ? t('printing.panel.defaultPrinter') : job.printer;
    return t('printing.panel.sent', { document, printer });
  };
}

/**
 * Prints (or saves as PDF) one document and reports the outcome. The desktop app prints in the
 * core and answers with the finished job; browser mode gets the job queued with its document,
 * opens the browser's print dialog and then tells the core it was handed over. The ticket's
 * print history is refreshed either way. Never throws: a failure is shown and returned.
 */
export function usePrint() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const jobText = useJobText();

  return async (input: PrintInput): Promise<PrintJob | null> => {
    let job: PrintJob;
    try {
      const started = await request('print-document', input);
      job = started.job;
      if (started.document && job.state === 'queued') {
        try {
          await printInBrowser(started.document);
          const printed = await askWhetherPrinted(t(`printing.documents.${job.document}`));
          job = await request(
            'print-job-finish',
            printed ? { id: job.id, state: 'sent' } : { id: job.id, state: 'failed', failure: 'cancelled' },
          );
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          job = await request('print-job-finish', { id: job.id, state: 'failed', failure: 'failed', detail });
        }
      }
    } catch (error) {
      const document = t(`printing.documents.${input.document}`);
      notifications.show({
        color: 'red',
        title: t('printing.panel.failed', { document }),
        message: errorText(t, error),
      });
      return null;
    } finally {
      if (input.ticketId)
        void client.invalidateQueries({ queryKey: queryKey('print-jobs-list', { ticketId: input.ticketId }) });
    }
    const document = t(`printing.documents.${job.document}`);
    if (job.failure === 'cancelled') {
      notifications.show({ message: t('printing.panel.notPrinted', { document }) });
      return job;
    }
    notifications.show(
      job.state === 'failed'
        ? { color: 'red', title: t('printing.panel.failed', { document }), message: jobText(job), autoClose: false }
        : { color: 'green', message: jobText(job) },
    );
    return job;
  };
}

import { useEffect } from 'react';
import type { TicketDocument } from '../../../shared/domain/printing';
import { useApiQuery } from '../../api/hooks';
import { useLanguage } from '../../components/service-names';
import { usePrint } from './use-print';

/** Tickets already auto-printed in this window: coming back to the result screen prints nothing again. */
const autoPrinted = new Set<number>();
const onRecord: readonly TicketDocument[] = ['receipt', 'work-order', 'device-label'];

/**
 * Prints what the manager chose to print on recording (Settings → Printing), once per ticket,
 * one document after the other. The ticket is already saved: a failure here is shown and
 * recorded like any other print, and the intake stays done.
 */
export function useAutoPrint(ticketId: number): void {
  const settings = useApiQuery('settings-printing-get', {});
  const language = useLanguage();
  const print = usePrint();
  const data = settings.data;

  useEffect(() => {
    if (!data || autoPrinted.has(ticketId)) return;
    autoPrinted.add(ticketId);
    const documents = onRecord.filter((document) => data[document].autoPrint);
    void (async () => {
      for (const document of documents) await print({ document, ticketId, language });
    })();
  }, [data, ticketId, language, print]);
}

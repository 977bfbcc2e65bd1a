import { useEffect } from 'react';
import type { TicketDocument } from '../../../shared/domain/printing';
import { useApiQuery } from '../../api/hooks';
import { useLanguage } from '../../components/service-names';
import { usePrint } from './use-print';

/** Tickets already auto-printed in this window, per moment: coming back to a result screen prints nothing again. */
const autoPrinted = new Set<string>();
const documentsAt = {
  record: ['receipt', 'work-order', 'device-label'],
  pickup: ['pickup-receipt'],
} as const satisfies Record<string, readonly TicketDocument[]>;

/**
 * Prints what the manager chose to print automatically (Settings → Printing) at this moment of
 * the ticket's life (recorded at intake, or handed over at pickup), once per ticket, one document
 * after the other. The ticket is already saved: a failure here is shown and recorded like any
 * other print, and the intake or pickup stays done.
 */
export function useAutoPrint(
  ticketId: number,
  moment: keyof typeof documentsAt = 'record',
  options: { enabled?: boolean } = {},
): void {
  const enabled = options.enabled ?? true;
  const settings = useApiQuery('settings-printing-get', {});
  const language = useLanguage();
  const print = usePrint();
  const data = settings.data;

  useEffect(() => {
    const key = `${moment}:${ticketId}`;
    if (!enabled || !data || autoPrinted.has(key)) return;
    autoPrinted.add(key);
    const documents = documentsAt[moment].filter((document: TicketDocument) => data[document].autoPrint);
    void (async () => {
      for (const document of documents) await print({ document, ticketId, language });
    })();
  }, [enabled, data, ticketId, moment, language, print]);
}

import type { TFunction } from 'i18next';
import type { TicketSummary } from '../../../shared/contract';

/** A ticket a complaint may be about, as the Propose step offers it and the Confirm step reads it back. */
export function relatedTicketLabel(ticket: TicketSummary, t: TFunction): string {
  return `${ticket.number} · ${t(`serviceTypes.${ticket.serviceType}`)} · ${ticket.deviceLabel || ticket.faultDescription}`;
}

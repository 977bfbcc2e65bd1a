import type { TicketDetail } from '../../../../shared/contract';
import { localDate } from '../../../../shared/domain/calendar';
import { phrase, productText } from '../blocks';
import { code128, qrCode } from '../codes';
import type { DocumentContext } from '../context';
import { html } from '../html';
import { renderPage, sheetMarks } from '../layout';

/**
 * The label stuck on the device at intake (50×30 or 60×40 mm): the ticket number big enough to
 * read across the workshop, its barcode for the scanner, whose device it is and when it came
 * in. No phone number: the label is on the product the customer takes home.
 */
const css = `
  .sheet { display: flex; flex-direction: column; gap: 0.6mm; }
  .label-top { display: flex; justify-content: space-between; align-items: baseline; gap: 1mm; }
  .label-number { font-size: 1.45em; font-weight: 700; letter-spacing: 0.02em; white-space: nowrap; }
  .label-main { display: flex; gap: 1.5mm; align-items: stretch; flex: 1; min-height: 0; }
  .label-main .barcode { flex: 1; min-width: 0; padding: 0 1.5mm; }
  .label-main .barcode svg { width: 100%; height: 100%; }
  .label-main .qr svg { height: 100%; width: auto; aspect-ratio: 1; }
  .label-line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .paper-label-50x30 .label-main { max-height: 13mm; }
  .paper-label-60x40 .label-main { max-height: 22mm; }
  .marks { min-height: 0; font-size: 0.85em; }
`;

export function renderDeviceLabel(context: DocumentContext, ticket: TicketDetail): string {
  const t = context.t;
  const received = localDate(new Date(ticket.createdAt), context.settings.businessHours.timeZone);
  const withQr = context.paper === 'label-60x40';
  const sheet = html`
    ${context.reprint > 0 && sheetMarks(context, null)}
    <div class="label-top">
      <span class="label-number">${ticket.number}</span>
      <span class="small">${t(`serviceTypes.${ticket.serviceType}`)}</span>
    </div>
    <div class="label-main">
      <div class="barcode">${code128(ticket.number)}</div>
      ${withQr && html`<div class="qr">${qrCode(ticket.number)}</div>`}
    </div>
    <div class="label-line strong">${ticket.customer.name} · ${productText(context, ticket)}</div>
    <div class="label-line small">
      ${phrase(context, 'printing.paper.labelReceived', { date: received })}${ticket.device?.serial && ` · ${ticket.device.serial}`}
    </div>
  `;
  return renderPage(context, { title: `${ticket.number}`, css, sheets: [sheet] });
}

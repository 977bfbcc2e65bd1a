import type { TicketDetail } from '../../../../shared/contract';
import type { IsoDate } from '../../../../shared/domain/calendar';
import {
  billTable,
  checklistText,
  fields,
  phrase,
  printedLine,
  productText,
  receiptHead,
  section,
  whole,
} from '../blocks';
import { wallTime, type DocumentContext } from '../context';
import { html, lines } from '../html';
import { renderCopies } from '../layout';

/** What the pickup step settles: when the product went back, what was paid, the warranty it leaves with. */
export interface PickupFacts {
  pickedUpAt: string;
  paidAtPickupFen: number;
  /** Our repair warranty's last day, or null when the service carries none. */
  repairWarrantyUntil: IsoDate | null;
}

const css = `
  .paper-a5 .bill { max-width: 100mm; }
  .warranty-end { border: 2px solid #000; padding: 1mm 2mm; text-align: center; font-weight: 700; margin: 2mm 0; }
`;

/** The receipt given when the customer collects the product: final charges, payment, warranty end. */
export function renderPickupReceipt(
  context: DocumentContext,
  ticket: TicketDetail,
  copies: number,
  facts: PickupFacts,
): string {
  const t = context.t;
  const fees = ticket.fees;
  const rule = html`<hr class="rule" />`;
  const sheet = (copy: 'customer' | 'shop') => html`
    ${receiptHead(context, copy, t('printing.paper.title.pickup-receipt'), ticket.number)} ${rule}
    ${fields([
      [t('printing.paper.customer'), ticket.customer.name],
      [t('printing.paper.phone'), whole(ticket.customer.phoneMasked)],
      [t('printing.paper.received'), whole(wallTime(context, ticket.createdAt))],
      [t('printing.paper.pickedUp'), whole(wallTime(context, facts.pickedUpAt))],
      [t('printing.paper.serviceType'), t(`serviceTypes.${ticket.serviceType}`)],
      [t('printing.paper.product'), productText(context, ticket)],
      [t('printing.paper.serial'), ticket.device?.serial],
      [
        t('printing.paper.accessories'),
        ticket.device && checklistText(context, 'accessories', ticket.accessories, ticket.accessoriesNote),
      ],
    ])}
    ${(ticket.resolution || ticket.solution) && section(t('printing.paper.workDone'), html`<p class="said">${lines(ticket.resolution || ticket.solution)}</p>`)}
    ${rule}
    ${section(
      t('printing.paper.charges'),
      billTable(context, ticket, {
        pickup: true,
        paid: [
          [t('printing.paper.paidDeposit'), fees.depositFen],
          [t('printing.paper.paidAtPickup'), facts.paidAtPickupFen],
        ],
      }),
    )}
    <p class="warranty-end">
      ${
        facts.repairWarrantyUntil
          ? phrase(context, 'printing.paper.repairWarranty', { date: facts.repairWarrantyUntil })
          : t('printing.paper.repairWarrantyNone')
      }
    </p>
    <p>${t('printing.paper.receivedInOrder')}</p>
    <div class="sign"><span>${t('printing.paper.signature')}</span><span class="sign-line"></span></div>
    <div class="footer">
      <p>${t('printing.paper.thanks')}</p>
      ${printedLine(context)}
    </div>
  `;
  return renderCopies(context, {
    document: 'pickup-receipt',
    copies,
    title: `${t('printing.paper.title.pickup-receipt')} ${ticket.number}`,
    css,
    sheet,
  });
}

import type { TicketDetail } from '../../../../shared/contract';
import { serviceTypeNeeds } from '../../../../shared/domain/service-types';
import { isRollPaper } from '../../../../shared/domain/printing';
import {
  billTable,
  checklistText,
  faultText,
  fields,
  phrase,
  printedLine,
  productText,
  receiptHead,
  section,
  signatureBlock,
  termsBlock,
  warrantyText,
  whole,
} from '../blocks';
import { money, wallTime, type DocumentContext } from '../context';
import { html, lines } from '../html';
import { renderCopies } from '../layout';

/**
 * The customer receipt (claim ticket) handed over at intake: what we received, in what state,
 * what the customer said, what it may cost and when it will be ready. The phone is masked:
 * the paper leaves the shop. The first copy is the customer's, further copies the shop's.
 */
const css = `
  .paper-a5 .body { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
`;

function whatWasSaid(context: DocumentContext, ticket: TicketDetail) {
  const t = context.t;
  if (ticket.serviceType === 'consultation')
    return html`${section(t('printing.paper.question'), html`<p class="said">${lines(ticket.faultDescription)}</p>`)}
    ${ticket.resolution !== '' && section(t('printing.paper.answer'), html`<p class="said">${lines(ticket.resolution)}</p>`)}`;
  if (ticket.serviceType === 'complaint')
    return html`${section(t('printing.paper.complaint'), html`<p class="said">${lines(ticket.faultDescription)}</p>`)}
    ${ticket.relatedTicket && fields([[t('printing.paper.aboutTicket'), ticket.relatedTicket.number]])}`;
  return section(t('printing.paper.fault'), html`<p class="said">${lines(ticket.faultDescription)}</p>`);
}

export function renderReceipt(context: DocumentContext, ticket: TicketDetail, copies: number): string {
  const t = context.t;
  const needs = serviceTypeNeeds(ticket.serviceType);
  const device = ticket.device;
  const roll = isRollPaper(context.paper);
  const rule = roll ? html`<hr class="rule" />` : null;

  const sheet = (copy: 'customer' | 'shop') => html`
    ${receiptHead(
      context,
      copy,
      `${t('printing.paper.title.receipt')} · ${t(`serviceTypes.${ticket.serviceType}`)}`,
      ticket.number,
    )}
    ${rule}
    ${fields([
      [t('printing.paper.received'), whole(wallTime(context, ticket.createdAt))],
      [t('printing.paper.receptionist'), ticket.receptionistName],
      [t('printing.paper.customer'), ticket.customer.name],
      [t('printing.paper.phone'), whole(ticket.customer.phoneMasked)],
    ])}
    ${rule}
    <div class="body">
      <div>
        ${
          device &&
          fields([
            [t('printing.paper.product'), productText(context, ticket)],
            [t('printing.paper.serial'), device.serial],
            [t('printing.paper.purchased'), device.purchaseDate && whole(device.purchaseDate)],
            [
              t('printing.paper.accessories'),
              checklistText(context, 'accessories', ticket.accessories, ticket.accessoriesNote),
            ],
            [
              t('printing.paper.condition'),
              checklistText(context, 'conditions', ticket.conditions, ticket.conditionNote),
            ],
          ])
        }
        ${whatWasSaid(context, ticket)}
        ${fields([
          [t('printing.paper.classification'), faultText(context, ticket)],
          [t('printing.paper.warranty'), needs.device && warrantyText(context, ticket)],
          [t('printing.paper.promised'), ticket.promisedAt && whole(wallTime(context, ticket.promisedAt))],
        ])}
      </div>
      <div>
        ${
          ticket.lines.length > 0 &&
          html`${rule}${section(t('printing.paper.estimate'), billTable(context, ticket, { pickup: false }))}
          ${ticket.costLimitFen !== null && html`<p class="small">${phrase(context, 'printing.paper.costLimit', { amount: money(context, ticket.costLimitFen) })}</p>`}`
        }
        ${rule} ${termsBlock(context, ticket)} ${signatureBlock(context, ticket, t('printing.paper.signature'))}
      </div>
    </div>
    <div class="footer">
      ${
        // Both copies carry a line here, so they come out the same length off the roll.
        needs.deviceLeftWithUs &&
        ticket.closedAt === null &&
        html`<p class="strong">${t(copy === 'customer' ? 'printing.paper.keep' : 'printing.paper.keepShop')}</p>`
      }
      ${printedLine(context)}
    </div>
  `;

  return renderCopies(context, {
    document: 'receipt',
    copies,
    title: `${t('printing.paper.title.receipt')} ${ticket.number}`,
    css,
    sheet,
  });
}

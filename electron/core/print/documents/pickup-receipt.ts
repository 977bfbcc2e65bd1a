import type { PaymentEntry, TicketDetail, TicketPickup } from '../../../../shared/contract';
import { itemNames } from '../../../../shared/contract/service-names';
import {
  billTable,
  checklistText,
  fields,
  phrase,
  printedLine,
  productText,
  receiptHead,
  section,
  sumRow,
  whole,
} from '../blocks';
import { money, wallTime, type DocumentContext } from '../context';
import { html, lines, type Html } from '../html';
import { renderCopies } from '../layout';

const css = `
  .paper-a5 .bill { max-width: 100mm; }
  .bill .tendered td { font-size: 0.85em; padding-top: 0; }
  .warranty-end { border: 2px solid #000; padding: 1mm 2mm; text-align: center; font-weight: 700; margin: 2mm 0; }
  .unrepaired { border: 1px solid #000; padding: 1mm 2mm; margin: 2mm 0; }
  .unrepaired strong { font-size: 1.1em; }
`;

/** The ledger's rows under the total: each sum taken or given back, by method, with a cash payment's change. */
function ledgerRows(context: DocumentContext, ticket: TicketDetail, pickup: TicketPickup): Html[] {
  const t = context.t;
  const standing = ticket.ledger.entries.filter((entry) => entry.reversesId === null && entry.reversedById === null);
  const row = (entry: PaymentEntry): Html[] => {
    const label =
      entry.kind === 'deposit'
        ? `${t('printing.paper.paidDeposit')} · ${t(`ledger.methods.${entry.method}`)}`
        : `${t(`printing.paper.${entry.kind === 'refund' ? 'refunded' : 'paidAtPickup'}`)} · ${t(`ledger.methods.${entry.method}`)}`;
    const rows = [sumRow(context, label, entry.amountFen, entry.kind === 'refund' ? '−' : '')];
    if (entry.tenderedFen !== null && entry.changeFen > 0)
      rows.push(
        html`<tr class="tendered">
          <td colspan="2">
            ${phrase(context, 'printing.paper.tenderedChange', {
              tendered: money(context, entry.tenderedFen),
              change: money(context, entry.changeFen),
            })}
          </td>
        </tr>`,
      );
    return rows;
  };
  const rows = standing.flatMap(row);
  if (pickup.owedFen > 0) rows.push(sumRow(context, t('printing.paper.stillOwed'), pickup.owedFen));
  return rows;
}

/**
 * The receipt given when the customer collects the product: the final charges, every payment by
 * method with the change given, who handed it over, the warranty it leaves with, the customer's
 * acceptance; or, for a product going back unrepaired (返回不修), why.
 */
export function renderPickupReceipt(context: DocumentContext, ticket: TicketDetail, copies: number): string {
  const t = context.t;
  const pickup = ticket.pickup;
  if (!pickup) throw new Error(`Ticket ${ticket.number} has not been picked up`);
  const rule = html`<hr class="rule" />`;
  const missing = pickup.accessoriesMissing.map(
    (item) => `${itemNames(context.settings.accessories, [item.code], context.language).join('')}: ${item.note}`,
  );
  const identity =
    pickup.identity === 'checked' ? phrase(context, 'printing.paper.identityChecked', { note: pickup.idNote }) : null;
  const workDone = ticket.workDone || ticket.resolution || ticket.solution;
  const sheet = (copy: 'customer' | 'shop') => html`
    ${receiptHead(context, copy, t('printing.paper.title.pickup-receipt'), ticket.number)} ${rule}
    ${fields([
      [t('printing.paper.customer'), ticket.customer.name],
      [t('printing.paper.phone'), whole(ticket.customer.phoneMasked)],
      [t('printing.paper.received'), whole(wallTime(context, ticket.createdAt))],
      [t('printing.paper.pickedUp'), whole(wallTime(context, pickup.at))],
      [t('printing.paper.handedOverBy'), pickup.handedOverBy],
      [t('printing.paper.serviceType'), t(`serviceTypes.${ticket.serviceType}`)],
      [t('printing.paper.product'), productText(context, ticket)],
      [t('printing.paper.serial'), ticket.device?.serial],
      [
        t('printing.paper.accessoriesBack'),
        ticket.device &&
          checklistText(
            context,
            'accessories',
            ticket.accessories.filter((code) => !pickup.accessoriesMissing.some((item) => item.code === code)),
            '',
          ),
      ],
      [t('printing.paper.accessoriesMissing'), missing.join(context.language === 'zh-CN' ? '；' : '; ')],
      [t('printing.paper.identity'), identity],
    ])}
    ${
      pickup.cancelled
        ? html`<div class="unrepaired">
            <strong>${t('printing.paper.cancelled')}</strong>
            ${pickup.cancelled.reason && html`<p>${lines(pickup.cancelled.reason)}</p>`}
          </div>`
        : pickup.unrepaired
          ? html`<div class="unrepaired">
              <strong>${t('printing.paper.returnedUnrepaired')}</strong>
              <p>
                ${t(`workflow.unrepairedReasons.${pickup.unrepaired.reason}`)}${
                  pickup.unrepaired.note && html`: ${lines(pickup.unrepaired.note)}`
                }
              </p>
            </div>`
          : workDone && section(t('printing.paper.workDone'), html`<p class="said">${lines(workDone)}</p>`)
    }
    ${rule}
    ${section(
      t('printing.paper.charges'),
      billTable(context, ticket, {
        pickup: true,
        paid: ledgerRows(context, ticket, pickup),
        ...(ticket.bill ? { bill: ticket.bill } : {}),
      }),
    )}
    <p class="warranty-end">
      ${
        pickup.repairWarrantyUntil
          ? phrase(context, 'printing.paper.repairWarranty', { date: pickup.repairWarrantyUntil })
          : t('printing.paper.repairWarrantyNone')
      }
    </p>
    <p>${t('printing.paper.receivedInOrder')}</p>
    <div class="sign">
      <span>${t('printing.paper.signature')}</span>
      <span class="sign-line"
        >${pickup.acceptanceSignaturePng && html`<img alt="" src="${pickup.acceptanceSignaturePng}" />`}</span
      >
    </div>
    ${
      pickup.acceptance &&
      html`<p class="small">
        ${t(pickup.acceptance === 'signature' ? 'printing.paper.acceptedSigned' : 'printing.paper.acceptedTicked')}
      </p>`
    }
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

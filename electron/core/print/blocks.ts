import type { TicketDetail } from '../../../shared/contract';
import { categoryName, faultName, itemNames } from '../../../shared/contract/service-names';
import { localize } from '../../../shared/contract/service-settings';
import { code128, qrCode } from './codes';
import { money, wallTime, type DocumentContext } from './context';
import { html, type Html } from './html';

/** Pieces several documents share: the shop's header, the ticket's codes, fields, the bill. */

export function shopHeader(context: DocumentContext): Html {
  const { shop } = context;
  const meta = [shop.address, shop.phone, shop.hours].filter((part) => part.trim() !== '');
  return html`<header class="shop">
    <div class="shop-name">${shop.name}</div>
    ${meta.map((part) => html`<div class="shop-meta">${part}</div>`)}
  </header>`;
}

/** The ticket number as text, Code 128 and QR: typed, scanned by a gun or by a phone. */
export function ticketCodes(number: string, options: { qr: boolean }): Html {
  return html`<div class="codes">
    <div class="barcode">${code128(number)}</div>
    <div class="number">${number}</div>
    ${options.qr && html`<div class="qr">${qrCode(number)}</div>`}
  </div>`;
}

export type Field = readonly [label: string, value: Html | string | null | false | undefined];

/** Label–value rows; rows without a value are left out. */
export function fields(rows: readonly Field[]): Html {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '');
  return html`<dl class="fields">
    ${shown.map(
      ([label, value]) =>
        html`<dt>${label}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}

export function section(heading: string, body: Html): Html {
  return html`<section class="section">
    <h2>${heading}</h2>
    ${body}
  </section>`;
}

export function productText(context: DocumentContext, ticket: TicketDetail): string {
  const device = ticket.device;
  if (!device) return '';
  const category = categoryName(context.settings, device.productCategory, context.language);
  return [category, device.brand, device.model].filter((part) => part.trim() !== '').join(' ');
}

export function faultText(context: DocumentContext, ticket: TicketDetail): string {
  if (ticket.faultCategory === '' || !ticket.device) return '';
  return faultName(context.settings, ticket.device.productCategory, ticket.faultCategory, context.language);
}

/** Accessories or conditions recorded, with the free note after them. */
export function checklistText(
  context: DocumentContext,
  kind: 'accessories' | 'conditions',
  codes: readonly string[],
  note: string,
): string {
  const names = itemNames(context.settings[kind], codes, context.language);
  const separator = context.language === 'zh-CN' ? '、' : ', ';
  const text = [names.join(separator), note]
    .filter((part) => part !== '')
    .join(context.language === 'zh-CN' ? '；' : '; ');
  return text === '' ? context.t('printing.paper.none') : text;
}

export function warrantyText(context: DocumentContext, ticket: TicketDetail): string {
  const status = context.t(`warranty.status.${ticket.warranty.status}`);
  return ticket.warranty.coveredUntil
    ? `${status} ${context.t('printing.paper.until', { date: ticket.warranty.coveredUntil })}`
    : status;
}

/**
 * The estimate (or, at pickup, the final charges): one row a line, quantity × price under the
 * description so narrow rolls keep room for it, then the sums that apply. `compact` (the work
 * order) keeps the total only: the technician needs what was agreed, not the arithmetic.
 */
export function billTable(
  context: DocumentContext,
  ticket: TicketDetail,
  options: { pickup: boolean; compact?: boolean },
): Html {
  const t = context.t;
  const fees = ticket.fees;
  const rows = ticket.lines.map((line, index) => {
    const covered = (fees.lines[index]?.coveredFen ?? 0) > 0;
    const each = line.quantity > 1 ? `${line.quantity} × ${money(context, line.unitPriceFen)}` : '';
    const notes = [each, covered ? t('printing.paper.covered') : ''].filter((note) => note !== '').join(' · ');
    return html`<tr>
      <td>${line.description}${notes && html`<div class="small">${notes}</div>`}</td>
      <td class="money">${money(context, fees.lines[index]?.amountFen ?? 0)}</td>
    </tr>`;
  });
  const sum = (label: string, fen: number, sign = '') =>
    html`<tr>
      <td>${label}</td>
      <td class="money">${sign}${money(context, fen)}</td>
    </tr>`;
  const full = !options.compact;
  return html`<table class="bill">
    <thead>
      <tr>
        <th>${t('printing.paper.item')}</th>
        <th class="money">${t('printing.paper.amount')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
    <tbody class="totals">
      ${full && fees.subtotalFen !== fees.totalFen && sum(t('printing.paper.subtotal'), fees.subtotalFen)}
      ${full && fees.warrantyCoverFen > 0 && sum(t('printing.paper.warrantyCover'), fees.warrantyCoverFen, '−')}
      ${full && fees.discountFen > 0 && sum(t('printing.paper.discount'), fees.discountFen, '−')}
      <tr class="grand">
        <td>${t(options.pickup ? 'printing.paper.totalDue' : 'printing.paper.total')}</td>
        <td class="money">${money(context, fees.totalFen)}</td>
      </tr>
      ${full && !options.pickup && fees.depositFen > 0 && sum(t('printing.paper.deposit'), fees.depositFen)}
      ${full && !options.pickup && fees.depositFen > 0 && sum(t('printing.paper.balance'), fees.balanceFen)}
    </tbody>
  </table>`;
}

/** The terms for the ticket's service type, as the manager wrote them in Settings. */
export function termsBlock(context: DocumentContext, ticket: TicketDetail): Html | null {
  const text = localize(context.settings.serviceTypes[ticket.serviceType].terms, context.language).trim();
  if (text === '') return null;
  return section(
    context.t('printing.paper.terms'),
    html`<div class="terms">${text.split(/\r?\n/u).map((line) => html`<p>${line}</p>`)}</div>`,
  );
}

/** The customer's signature (the one given on the pad, if any) and how consent was given. */
export function signatureBlock(context: DocumentContext, ticket: TicketDetail, label: string): Html {
  const consent =
    ticket.consentMethod === 'signature'
      ? context.t('printing.paper.signedAt', { time: wallTime(context, ticket.consentAt) })
      : context.t('printing.paper.agreedAt', { time: wallTime(context, ticket.consentAt) });
  return html`<div class="sign">
      <span>${label}</span>
      <span class="sign-line">${ticket.signaturePng && html`<img alt="" src="${ticket.signaturePng}" />`}</span>
    </div>
    <p class="small">${consent}</p>`;
}

/** When and by whom this paper was printed. */
export function printedLine(context: DocumentContext): Html {
  const time = wallTime(context, context.printedAt.toISOString());
  return html`<span class="small">${context.t('printing.paper.printed', { time, name: context.printedBy })}</span>`;
}

import type { TicketDetail } from '../../../shared/contract';
import { categoryName, faultName, itemNames } from '../../../shared/contract/service-names';
import { localize } from '../../../shared/contract/service-settings';
import { code128, qrCode } from './codes';
import { money, wallTime, type DocumentContext } from './context';
import type { CopyLabel } from '../../../shared/domain/printing';
import { balanceOf } from '../../../shared/domain/ledger';
import { html, type Html } from './html';
import { sheetMarks } from './layout';

/** Pieces several documents share: the shop's header, the ticket's codes, fields, the bill. */

export function shopHeader(context: DocumentContext): Html {
  const { shop } = context;
  const meta = [shop.address, shop.phone, shop.hours].filter((part) => part.trim() !== '');
  return html`<header class="shop">
    <div class="shop-name">${shop.name}</div>
    ${meta.map((part) => html`<div class="shop-meta">${part}</div>`)}
  </header>`;
}

/**
 * The top of a receipt or a quote: which copy (none for a quote) and 补打, the shop, the title,
 * and the ticket's codes — stacked on a roll, side by side on A5.
 */
export function receiptHead(context: DocumentContext, copy: CopyLabel | null, title: string, number: string): Html {
  return html`${sheetMarks(context, copy)}
    <div class="head">
      <div>
        ${shopHeader(context)}
        <h1 class="title">${title}</h1>
      </div>
      ${ticketCodes(number, { qr: true })}
    </div>`;
}

/** The ticket number as text, Code 128 and QR: typed, scanned by a gun or by a phone. */
export function ticketCodes(number: string, options: { qr: boolean }): Html {
  return html`<div class="codes">
    <div class="barcode">${code128(number)}</div>
    <div class="number">${number}</div>
    ${options.qr && html`<div class="qr">${qrCode(number)}</div>`}
  </div>`;
}

/** A date, a time or an amount kept on one line: `2027-02-28` never breaks at its hyphens. */
export function whole(text: string): Html {
  return html`<span class="nowrap">${text}</span>`;
}

/** A translated sentence whose values (dates, times, amounts) stay whole on the paper. */
export function phrase(context: DocumentContext, key: string, values: Record<string, string>): Html {
  const names = Object.keys(values);
  const markers = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE000`]));
  const parts = context.t(key, markers).split(/\uE000(\d+)\uE000/u);
  return html`${parts.map((part, index) => (index % 2 === 1 ? whole(values[names[Number(part)]!] ?? '') : part))}`;
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

export function warrantyText(context: DocumentContext, ticket: TicketDetail): Html {
  const status = context.t(`warranty.status.${ticket.warranty.status}`);
  const until = ticket.warranty.coveredUntil;
  return until ? html`${status} ${phrase(context, 'printing.paper.until', { date: until })}` : html`${status}`;
}

/**
 * The estimate (or, at pickup, the final charges): one row a line, quantity × price under the
 * description so narrow rolls keep room for it, then the sums that apply. `compact` (the work
 * order) keeps the total only: the technician needs what was agreed, not the arithmetic.
 */
export function billTable(
  context: DocumentContext,
  ticket: TicketDetail,
  options: {
    pickup: boolean;
    compact?: boolean;
    /** At pickup: what was paid, given back and left owed, under the total, in the same money column. */
    paid?: readonly Html[];
    /** The bill (what the work needed) rather than the estimate agreed at intake. */
    bill?: NonNullable<TicketDetail['bill']>;
  },
): Html {
  const t = context.t;
  const { fees, lines } = options.bill ?? ticket;
  const paid = ticket.ledger.summary;
  const rows = lines.map((line, index) => {
    const covered = (fees.lines[index]?.coveredFen ?? 0) > 0;
    const each = line.quantity > 1 ? `${line.quantity} × ${money(context, line.unitPriceFen)}` : '';
    const part = 'spec' in line ? [line.spec, line.reason] : [];
    const notes = [...part, each, covered ? t('printing.paper.covered') : ''].filter((note) => note !== '').join(' · ');
    return html`<tr>
      <td>${line.description}${notes && html`<div class="small">${notes}</div>`}</td>
      <td class="money">${money(context, fees.lines[index]?.amountFen ?? 0)}</td>
    </tr>`;
  });
  const sum = (label: string, fen: number, sign = '') => sumRow(context, label, fen, sign);
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
        <td>
          ${t(options.pickup ? 'printing.paper.totalDue' : options.bill ? 'printing.paper.billTotal' : 'printing.paper.total')}
        </td>
        <td class="money">${money(context, fees.totalFen)}</td>
      </tr>
      ${full && !options.pickup && paid.depositFen > 0 && sum(t('printing.paper.deposit'), paid.depositFen)}
      ${full && !options.pickup && paid.paidFen > 0 && sum(t('printing.paper.balance'), balanceOf(fees.totalFen, paid.paidFen))}
      ${options.paid}
    </tbody>
  </table>`;
}

/** A row of the bill's sums: a label and an amount in the money column (`sign`: − for money off or given back). */
export function sumRow(context: DocumentContext, label: Html | string, fen: number, sign = ''): Html {
  return html`<tr>
    <td>${label}</td>
    <td class="money">${sign}${money(context, fen)}</td>
  </tr>`;
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
      ? phrase(context, 'printing.paper.signedAt', { time: wallTime(context, ticket.consentAt) })
      : phrase(context, 'printing.paper.agreedAt', { time: wallTime(context, ticket.consentAt) });
  return html`<div class="sign">
      <span>${label}</span>
      <span class="sign-line">${ticket.signaturePng && html`<img alt="" src="${ticket.signaturePng}" />`}</span>
    </div>
    <p class="small">${consent}</p>`;
}

/** When and by whom this paper was printed. */
export function printedLine(context: DocumentContext): Html {
  const time = wallTime(context, context.printedAt.toISOString());
  return html`<span class="small"
    >${phrase(context, 'printing.paper.printed', { time, name: context.printedBy })}</span
  >`;
}

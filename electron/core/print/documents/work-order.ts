import type { TicketDetail } from '../../../../shared/contract';
import { serviceTypeNeeds } from '../../../../shared/domain/service-types';
import {
  billTable,
  checklistText,
  faultText,
  fields,
  printedLine,
  productText,
  section,
  shopHeader,
  warrantyText,
  whole,
} from '../blocks';
import { code128, qrCode } from '../codes';
import { money, wallTime, type DocumentContext } from '../context';
import { html, lines } from '../html';
import { renderPage, sheetMarks } from '../layout';

/**
 * The work order the technician works from (A4 or A5): everything recorded at the counter,
 * including the device password and the phone number (for a role allowed to see it), then
 * space to write the cause, the work done, parts and labour, the quality check and signatures.
 * Identical copies are the printer's job (`copies`), so the document is one sheet.
 */
const css = `
  .sheet { padding-right: 0.3mm; }
  body.paper-a5 { font-size: 10px; }
  .wo-head { display: grid; grid-template-columns: 1fr auto; gap: 4mm; align-items: end; border-bottom: 2px solid #000; padding-bottom: 1.5mm; }
  .wo-head .shop { text-align: left; }
  .wo-head .title { text-align: left; font-size: 1.5em; margin: 0.5mm 0 0; }
  .wo-codes { display: flex; gap: 3mm; align-items: center; }
  .wo-codes .barcode svg { width: 58mm; height: 13mm; }
  .wo-codes .number { font-size: 1.5em; text-align: center; }
  .wo-codes .qr svg { width: 22mm; height: 22mm; }
  .paper-a5 .wo-codes .barcode svg { width: 44mm; height: 11mm; }
  .paper-a5 .wo-codes .qr svg { width: 17mm; height: 17mm; }
  .boxes { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm; margin-top: 2mm; }
  .box { border: 1px solid #000; padding: 1.5mm 2mm; break-inside: avoid; }
  .box.wide { grid-column: 1 / -1; }
  .box.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 5mm; }
  .box h2 { font-size: 1em; margin-bottom: 0.8mm; }
  .password { display: inline-block; border: 2px solid #000; padding: 0 2mm; font-weight: 700; letter-spacing: 0.05em; }
  .write { border-bottom: 1px solid #000; height: 7mm; }
  .paper-a5 .write { height: 5.5mm; }
  .paper-a5 .box { padding: 1mm 1.5mm; }
  .paper-a5 .boxes { gap: 1.5mm; margin-top: 1.5mm; }
  .paper-a5 .box.cols { grid-template-columns: 1fr; }
  .tech-head { display: none; }
  .paper-a5 .tech { break-before: page; }
  .paper-a5 .tech-head { display: block; border: 0; border-bottom: 2px solid #000; font-weight: 700; font-size: 1.3em; padding: 0 0 1mm; }
  .blank td { height: 6.5mm; border-bottom: 1px solid #000; }
  .paper-a5 .blank td { height: 5mm; }
  .qc { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 1mm 3mm; }
  .paper-a5 .qc { grid-template-columns: 1fr 1fr; }
  .tick { display: inline-block; width: 3.2mm; height: 3.2mm; border: 1px solid #000; margin-right: 1.5mm; vertical-align: -0.5mm; }
  .signs { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4mm; margin-top: 2mm; }
  .paper-a5 .signs { grid-template-columns: 1fr 1fr; }
  .signs .write { height: 8mm; }
`;

const qcItems = ['fixed', 'functions', 'appearance', 'accessories', 'data', 'clean'] as const;

export interface WorkOrderExtras {
  /** The device password, if the customer gave one. */
  password: string | null;
}

export function renderWorkOrder(context: DocumentContext, ticket: TicketDetail, extras: WorkOrderExtras): string {
  const t = context.t;
  const needs = serviceTypeNeeds(ticket.serviceType);
  const device = ticket.device;
  // On A5 the technician's part has a page of its own: more room to write.
  const roomy = context.paper === 'a5';
  const writeLines = (count: number) => Array.from({ length: count }, () => html`<div class="write"></div>`);

  const sheet = html`
    ${sheetMarks(context, null, printedLine(context))}
    <div class="wo-head">
      <div>
        ${shopHeader(context)}
        <h1 class="title">${t('printing.paper.title.work-order')}</h1>
      </div>
      <div class="wo-codes">
        <div>
          <div class="barcode">${code128(ticket.number)}</div>
          <div class="number">${ticket.number}</div>
        </div>
        <div class="qr">${qrCode(ticket.number)}</div>
      </div>
    </div>
    <div class="boxes">
      <div class="box">
        ${fields([
          [t('printing.paper.serviceType'), t(`serviceTypes.${ticket.serviceType}`)],
          [t('printing.paper.priority'), html`<span class="strong">${t(`priorities.${ticket.priority}`)}</span>`],
          [
            t('printing.paper.received'),
            html`${whole(wallTime(context, ticket.createdAt))} · ${ticket.receptionistName}`,
          ],
          [t('printing.paper.promisedShort'), ticket.promisedAt && whole(wallTime(context, ticket.promisedAt))],
          [
            t('printing.paper.technician'),
            ticket.technician
              ? html`<span class="strong">${ticket.technician.name}</span>`
              : html`<span class="write" style="display:inline-block;width:40mm;height:4.5mm"></span>`,
          ],
        ])}
      </div>
      <div class="box">
        ${fields([
          [t('printing.paper.customer'), ticket.customer.name],
          [t('printing.paper.phone'), ticket.customer.phone ?? ticket.customer.phoneMasked],
          [t('printing.paper.company'), ticket.customer.company],
          [t('printing.paper.address'), ticket.customer.address],
        ])}
      </div>
      ${
        device &&
        html`<div class="box wide cols">
          ${fields([
            [t('printing.paper.product'), productText(context, ticket)],
            [t('printing.paper.serial'), device.serial],
            [t('printing.paper.purchased'), device.purchaseDate && whole(device.purchaseDate)],
            [
              t('printing.paper.password'),
              extras.password ? html`<span class="password">${extras.password}</span>` : t('printing.paper.noPassword'),
            ],
          ])}
          ${fields([
            [
              t('printing.paper.accessories'),
              checklistText(context, 'accessories', ticket.accessories, ticket.accessoriesNote),
            ],
            [
              t('printing.paper.condition'),
              checklistText(context, 'conditions', ticket.conditions, ticket.conditionNote),
            ],
            [t('printing.paper.warranty'), needs.device && warrantyText(context, ticket)],
          ])}
        </div>`
      }
      <div class="box wide">
        ${section(
          t(ticket.serviceType === 'complaint' ? 'printing.paper.complaint' : 'printing.paper.fault'),
          html`<p class="said">${lines(ticket.faultDescription)}</p>`,
        )}
        ${fields([
          [t('printing.paper.classification'), faultText(context, ticket)],
          [t('printing.paper.aboutTicket'), ticket.relatedTicket?.number],
          [t('printing.paper.solution'), ticket.solution && html`<span class="said">${lines(ticket.solution)}</span>`],
        ])}
      </div>
      ${
        ticket.lines.length > 0 &&
        !ticket.bill?.lines.length &&
        html`<div class="box wide">
          ${section(t('printing.paper.approvedEstimate'), billTable(context, ticket, { pickup: false, compact: true }))}
          ${fields([
            [
              t('printing.paper.costLimitShort'),
              ticket.costLimitFen === null ? t('printing.paper.noCostLimit') : money(context, ticket.costLimitFen),
            ],
          ])}
        </div>`
      }
    </div>
    <div class="boxes tech">
      <div class="tech-head box wide">${t('printing.paper.title.work-order')} ${ticket.number}</div>
      <div class="box">
        <h2>${t('printing.paper.cause')}</h2>
        ${
          ticket.diagnosis
            ? html`<p class="said">${lines(ticket.diagnosis.cause)}</p>
                ${ticket.diagnosis.findings && html`<p class="said small">${lines(ticket.diagnosis.findings)}</p>`}`
            : writeLines(roomy ? 7 : 3)
        }
      </div>
      <div class="box">
        <h2>${t('printing.paper.correction')}</h2>
        ${ticket.workDone ? html`<p class="said">${lines(ticket.workDone)}</p>` : writeLines(roomy ? 7 : 3)}
      </div>
      <div class="box wide">
        <h2>${t('printing.paper.partsAndLabour')}</h2>
        ${
          ticket.bill && ticket.bill.lines.length > 0
            ? html`${billTable(context, ticket, { pickup: false, bill: ticket.bill })}
              ${fields([
                [t('printing.paper.estimateAgreed'), money(context, ticket.fees.totalFen)],
                [t('printing.paper.approvedAmount'), money(context, ticket.approvedFen)],
              ])}`
            : blankPartsTable(context)
        }
      </div>
      <div class="box wide">
        <h2>${t('printing.paper.qualityCheck')}</h2>
        ${qcBlock(context, ticket)}
        <div class="signs">
          ${(['signTechnician', 'signQc', 'signDate', 'signCustomer'] as const).map(
            (label) =>
              html`<div>
                <div class="write"></div>
                <div class="small">${t(`printing.paper.${label}`)}</div>
              </div>`,
          )}
        </div>
      </div>
    </div>
  `;

  return renderPage(context, {
    title: `${t('printing.paper.title.work-order')} ${ticket.number}`,
    css,
    sheets: [sheet],
  });
}

/** Rows to write the parts and labour in by hand, before there is a bill. */
function blankPartsTable(context: DocumentContext) {
  const t = context.t;
  return html`<table>
    <thead>
      <tr>
        <th style="width:55%">${t('printing.paper.item')}</th>
        <th class="qty">${t('printing.paper.quantity')}</th>
        <th class="money">${t('printing.paper.price')}</th>
        <th class="money">${t('printing.paper.amount')}</th>
      </tr>
    </thead>
    <tbody class="blank">
      ${Array.from(
        { length: 4 },
        () =>
          html`<tr>
            <td></td>
            <td></td>
            <td></td>
            <td></td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The quality check as recorded (the last QC: each item passed or failed, and the result), or
 * boxes to tick by hand before there is one.
 */
function qcBlock(context: DocumentContext, ticket: TicketDetail) {
  const t = context.t;
  const last = ticket.events.findLast((event) => event.kind === 'pass-qc' || event.kind === 'fail-qc');
  if (last && (last.kind === 'pass-qc' || last.kind === 'fail-qc')) {
    return html`<p class="strong">
        ${t(`workflow.events.${last.kind}`)} · ${whole(wallTime(context, last.at))} · ${last.actorName}
      </p>
      <div class="qc">
        ${last.facts.checks.map((check) => html`<div>${check.passed ? '☑' : '☒'} ${check.item}</div>`)}
      </div>`;
  }
  return html`<div class="qc">
    ${qcItems.map((item) => html`<div><span class="tick"></span>${t(`printing.paper.qcItems.${item}`)}</div>`)}
  </div>`;
}

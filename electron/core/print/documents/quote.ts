import type { TicketDetail, TicketEvent } from '../../../../shared/contract';
import { isRollPaper } from '../../../../shared/domain/printing';
import { billTable, fields, phrase, printedLine, productText, receiptHead, section, whole } from '../blocks';
import { money, wallTime, type DocumentContext } from '../context';
import { html, lines, type Html } from '../html';
import { renderPage } from '../layout';

/**
 * The quote (报价单, A5 or an 80 mm roll): what the diagnosis found and what the work will cost,
 * for the customer to read and sign before the repair starts. It sets the bill beside what they
 * agreed to at intake, and leaves boxes to tick (repair, or take it back unrepaired with the
 * diagnostic fee) and a line to sign; once their decision is on record it prints that instead.
 * It leaves the shop, so the phone is masked. One sheet: further copies are identical.
 */
const css = `
  /* On A5 the customer and the dates side by side, so a usual quote (four or five lines) fits one page. */
  .paper-a5 .facts { display: grid; grid-template-columns: 1fr 1fr; gap: 0 5mm; }
  .limit { margin: 1.5mm 0; }
  .over { font-weight: 700; }
  .choices { margin: 2mm 0 1mm; }
  .choice { display: flex; gap: 2mm; align-items: baseline; margin: 1.2mm 0; }
  .tick { flex: none; display: inline-block; width: 3.4mm; height: 3.4mm; border: 1px solid #000; vertical-align: -0.6mm; }
  .decided { border: 2px solid #000; padding: 1mm 2mm; margin: 2mm 0; font-weight: 700; }
  .paper-a5 .signs { display: grid; grid-template-columns: 3fr 2fr; gap: 6mm; }
`;

/** The bill the quote shows, and what was recorded about it: the move that set it, and any decision since. */
interface QuoteFacts {
  quotedAt: string | null;
  quotedBy: string | null;
  decision: Extract<TicketEvent, { kind: 'record-approval' }> | null;
  /** Within what the customer agreed to at intake: approved without asking. */
  autoApproved: boolean;
}

function quoteFacts(ticket: TicketDetail): QuoteFacts {
  let facts: QuoteFacts = { quotedAt: null, quotedBy: null, decision: null, autoApproved: false };
  for (const event of ticket.events) {
    if (event.kind === 'diagnose' || event.kind === 'revise-bill')
      facts = {
        quotedAt: event.at,
        quotedBy: event.actorName,
        decision: null,
        autoApproved: event.facts.autoApproved === true,
      };
    else if (event.kind === 'record-approval') facts = { ...facts, decision: event };
  }
  return facts;
}

function decisionText(context: DocumentContext, facts: QuoteFacts): Html | null {
  const t = context.t;
  if (facts.decision) {
    // Only an approval is ever shown: a declined quote sends the ticket back unrepaired, and
    // then there is no quote to print (`hasQuote`).
    const { channel, approvedFen } = facts.decision.facts;
    return html`<p class="decided">
      ${phrase(context, 'printing.quote.approved', {
        amount: money(context, approvedFen),
        channel: t(`workflow.approvalChannels.${channel}`),
        time: wallTime(context, facts.decision.at),
        name: facts.decision.actorName,
      })}
    </p>`;
  }
  if (facts.autoApproved) return html`<p class="decided">${t('printing.quote.autoApproved')}</p>`;
  return null;
}

export function renderQuote(context: DocumentContext, ticket: TicketDetail): string {
  const t = context.t;
  const bill = ticket.bill;
  if (!bill) throw new Error(`Ticket ${ticket.number} has no bill to quote`);
  const roll = isRollPaper(context.paper);
  const rule = roll ? html`<hr class="rule" />` : null;
  const facts = quoteFacts(ticket);
  const total = bill.fees.totalFen;
  const limit = ticket.costLimitFen;
  const fee = context.settings.workflow.diagnosticFeeFen;
  const decided = decisionText(context, facts);

  const limitLine =
    limit === null
      ? null
      : total > limit
        ? html`<p class="limit over">
            ${phrase(context, 'printing.quote.overLimit', { limit: money(context, limit), over: money(context, total - limit) })}
          </p>`
        : html`<p class="limit">${phrase(context, 'printing.quote.withinLimit', { limit: money(context, limit) })}</p>`;

  const choices = html`<div class="choices">
      <div class="choice">
        <span class="tick"></span
        ><span>${phrase(context, 'printing.quote.chooseRepair', { amount: money(context, total) })}</span>
      </div>
      <div class="choice">
        <span class="tick"></span
        ><span
          >${
            fee > 0
              ? phrase(context, 'printing.quote.chooseReturn', { fee: money(context, fee) })
              : t('printing.quote.chooseReturnFree')
          }</span
        >
      </div>
    </div>
    <div class="signs">
      <div class="sign"><span>${t('printing.paper.signature')}</span><span class="sign-line"></span></div>
      <div class="sign"><span>${t('printing.paper.signDate')}</span><span class="sign-line"></span></div>
    </div>`;

  const sheet = html`
    ${receiptHead(context, null, t('printing.paper.title.quote'), ticket.number)} ${rule}
    <div class="facts">
      ${fields([
        [t('printing.paper.customer'), ticket.customer.name],
        [t('printing.paper.phone'), whole(ticket.customer.phoneMasked)],
        [t('printing.paper.product'), productText(context, ticket)],
        [t('printing.paper.serial'), ticket.device?.serial],
      ])}
      ${fields([
        [t('printing.paper.received'), whole(wallTime(context, ticket.createdAt))],
        [t('printing.quote.quotedAt'), facts.quotedAt && whole(wallTime(context, facts.quotedAt))],
        [t('printing.paper.technician'), ticket.technician?.name ?? facts.quotedBy],
      ])}
    </div>
    ${rule} ${section(t('printing.paper.fault'), html`<p class="said">${lines(ticket.faultDescription)}</p>`)}
    ${
      ticket.diagnosis &&
      section(
        t('printing.quote.found'),
        html`<p class="said">${lines(ticket.diagnosis.cause)}</p>
          ${ticket.diagnosis.findings && html`<p class="said small">${lines(ticket.diagnosis.findings)}</p>`}`,
      )
    }
    ${rule} ${section(t('printing.quote.charges'), billTable(context, ticket, { pickup: false, bill }))} ${limitLine}
    <p class="small">${t('printing.quote.noSurprises')}</p>
    ${rule} ${decided ?? choices}
    <div class="footer">${printedLine(context)}</div>
  `;
  return renderPage(context, { title: `${t('printing.paper.title.quote')} ${ticket.number}`, css, sheets: [sheet] });
}

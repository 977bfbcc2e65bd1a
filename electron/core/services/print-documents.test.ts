import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, Language, PickupInput, TicketDetail } from '../../../shared/contract';
import type { Session } from '../context';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import {
  consultationIntake,
  quoteAboveLimit,
  readyForPickup,
  repairIntake,
  settledPickup,
} from '../../../test/fixtures/sample-intakes';

/**
 * What the printed documents say, as `print-render` lays them out: the same HTML the printer
 * or the browser's print dialog gets.
 */

/** Wednesday 25 November 2026, 10:00 in Shanghai. */
const intakeTime = new Date('2026-11-25T02:00:00.000Z');
let now = intakeTime;
/** Stored as +8613800135678; customer copies show 138****5678. */
const PHONE = '138 0013 5678';
const PHONE_DIGITS = '13800135678';
const MASKED = '138****5678';
/** Unlike anything else on the paper, so finding it can only mean the password was printed. */
const PASSWORD = 'open-sesame-7319';
const SHOP = 'Test Service Center';

let core: TestCore;
let admin: Session;
let reception: Session;
let technician: Session;
let manager: Session;
let customerId: number;

beforeEach(async () => {
  now = intakeTime;
  core = await openTestCore({ now: () => now });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  technician = await core.staffSession(admin, 'technician', 'Tom');
  manager = await core.staffSession(admin, 'manager', 'Mia');
  customerId = (await core.expectOk('customers-create', { name: '王芳', phone: PHONE }, reception)).id;
});
afterEach(() => core.dispose());

async function repairTicket() {
  return core.expectOk('intake-save', repairIntake(customerId, { devicePassword: PASSWORD }), reception);
}

function render(input: InputOf<'print-render'>, session: Session = reception) {
  return core.expectOk('print-render', input, session);
}

/** The words a reader sees on the paper: no styles, no markup, no barcode drawing. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gu, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/gu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/\s+/gu, ' ');
}

/**
 * Whether any 7 digits of the customer's phone in a row can be read on the paper, however they
 * are spaced or dashed (138 0013 5678, 138-0013-5678, +86 13800135678).
 */
function showsPhoneDigits(html: string): boolean {
  const collapsed = visibleText(html).replace(/[\s\-().\u00a0]/gu, '');
  for (let start = 0; start + 7 <= PHONE_DIGITS.length; start += 1)
    if (collapsed.includes(PHONE_DIGITS.slice(start, start + 7))) return true;
  return false;
}

function sheets(html: string): string[] {
  return html.split('<main class="sheet">').slice(1);
}

describe('the customer receipt', () => {
  it.each<[Language, string, string]>([
    ['zh-CN', '客户联', '存根联'],
    ['en', 'Customer copy', 'Shop copy'],
  ])(
    'in %s shows the ticket, the shop and the masked phone on a customer copy and a shop copy',
    async (language, customerCopy, shopCopy) => {
      const ticket = await repairTicket();
      const receipt = await render({ document: 'receipt', ticketId: ticket.id, language });

      expect(receipt).toMatchObject({
        document: 'receipt',
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        language,
        paper: 'roll-80',
        copies: 2,
        reprint: 0,
      });
      expect(receipt.title).toContain(ticket.number);
      expect(receipt.html).toContain(`<html lang="${language}">`);
      const text = visibleText(receipt.html);
      expect(text).toContain(ticket.number);
      expect(text).toContain(SHOP);
      expect(text).toContain('王芳');
      expect(text).toContain(MASKED);
      expect(showsPhoneDigits(receipt.html)).toBe(false);
      expect(receipt.html).not.toContain(PASSWORD);
      // Received at 10:00 on the shop's clock (02:00 UTC).
      expect(text).toContain('2026-11-25 10:00');

      const [first, second, ...more] = sheets(receipt.html);
      expect(more).toEqual([]);
      expect(first).toContain(customerCopy);
      expect(first).not.toContain(shopCopy);
      expect(second).toContain(shopCopy);
      expect(second).not.toContain(customerCopy);
      // Both copies name the ticket: the shop files its copy by number.
      expect(visibleText(second!)).toContain(ticket.number);
      // Only the customer is told to keep their copy to collect the product.
      const keep = language === 'en' ? 'Keep this receipt' : '请妥善保管';
      expect(first).toContain(keep);
      expect(second).not.toContain(keep);
    },
  );

  it('keeps the phone masked whoever prints it, a manager included', async () => {
    const ticket = await repairTicket();
    for (const session of [reception, technician, manager, admin]) {
      const receipt = await render({ document: 'receipt', ticketId: ticket.id, language: 'zh-CN' }, session);
      expect(visibleText(receipt.html)).toContain(MASKED);
      expect(showsPhoneDigits(receipt.html)).toBe(false);
    }
  });

  it('prints a consultation answered at the counter, with no device and the phone masked', async () => {
    const ticket = await core.expectOk('intake-save', consultationIntake(customerId), reception);
    const receipt = await render({ document: 'receipt', ticketId: ticket.id, language: 'zh-CN' });
    const text = visibleText(receipt.html);
    expect(text).toContain(ticket.number);
    expect(text).toContain('E21 为排水超时');
    expect(text).toContain(MASKED);
    expect(showsPhoneDigits(receipt.html)).toBe(false);
  });

  it('lays out as many labelled pages as copies asked for, and fits the narrow roll and A5', async () => {
    const ticket = await repairTicket();
    for (const paper of ['roll-58', 'a5'] as const) {
      const receipt = await render({ document: 'receipt', ticketId: ticket.id, language: 'en', paper });
      expect(receipt.paper).toBe(paper);
      expect(receipt.html).toContain(`paper-${paper}`);
      expect(sheets(receipt.html)).toHaveLength(2);
    }
  });

  it('prints what was typed as text, never as markup', async () => {
    const company = await core.expectOk(
      'customers-create',
      { name: '<img src=x onerror=alert(1)> & Co', phone: '139 0000 1111' },
      reception,
    );
    const ticket = await core.expectOk('intake-save', repairIntake(company.id), reception);
    const receipt = await render({ document: 'receipt', ticketId: ticket.id, language: 'en' });
    expect(receipt.html).not.toContain('<img src=x');
    expect(receipt.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; Co');
  });
});

describe('the work order', () => {
  it('carries the device password and, for reception and managers, the full phone', async () => {
    const ticket = await repairTicket();
    for (const session of [reception, manager]) {
      const order = await render({ document: 'work-order', ticketId: ticket.id, language: 'zh-CN' }, session);
      expect(order).toMatchObject({ paper: 'a4', copies: 1, reprint: 0, ticketNumber: ticket.number });
      const text = visibleText(order.html);
      expect(text).toContain(ticket.number);
      expect(text).toContain(PASSWORD);
      expect(text).toContain(PHONE);
      expect(showsPhoneDigits(order.html)).toBe(true);
      // One sheet: its copies are the printer's to make, all alike.
      expect(sheets(order.html)).toHaveLength(1);
    }
  });

  it('shows a technician the password but only the masked phone', async () => {
    const ticket = await repairTicket();
    const order = await render({ document: 'work-order', ticketId: ticket.id, language: 'en' }, technician);
    const text = visibleText(order.html);
    expect(text).toContain(PASSWORD);
    expect(text).toContain(MASKED);
    expect(showsPhoneDigits(order.html)).toBe(false);
  });

  it('says no password was given when the customer gave none, and fits A5', async () => {
    const ticket = await core.expectOk('intake-save', repairIntake(customerId, { devicePassword: '' }), reception);
    const order = await render({ document: 'work-order', ticketId: ticket.id, language: 'en', paper: 'a5' });
    expect(order.paper).toBe('a5');
    expect(visibleText(order.html)).toContain('none given');
  });
});

describe('the device label', () => {
  it('shows the ticket number and whose device it is, with no phone and no password', async () => {
    const ticket = await repairTicket();
    for (const language of ['zh-CN', 'en'] as const) {
      const label = await render({ document: 'device-label', ticketId: ticket.id, language });
      expect(label).toMatchObject({ paper: 'label-50x30', copies: 1 });
      const text = visibleText(label.html);
      expect(text).toContain(ticket.number);
      expect(text).toContain('王芳');
      expect(label.html).not.toContain(PASSWORD);
      expect(label.html).not.toContain(MASKED);
      expect(showsPhoneDigits(label.html)).toBe(false);
    }
    const larger = await render({
      document: 'device-label',
      ticketId: ticket.id,
      language: 'en',
      paper: 'label-60x40',
    });
    expect(larger.paper).toBe('label-60x40');
  });
});

/** The ticket repaired and handed over, the moves made at `at`; the pickup as `settledPickup`, changed by `changes`. */
async function pickUp(ticket: TicketDetail, at: string, changes: Partial<PickupInput> = {}): Promise<void> {
  now = new Date(at);
  const ready = await readyForPickup(ticket, (input) => core.expectOk('tickets-move', input, manager));
  await core.expectOk('pickup-complete', { ...settledPickup(ready), ...changes }, reception);
}

describe('the pickup receipt', () => {
  it('is refused until the product has been picked up', async () => {
    const ticket = await repairTicket();
    expect(
      await core.call('print-render', { document: 'pickup-receipt', ticketId: ticket.id, language: 'en' }, reception),
    ).toMatchObject({ ok: false, error: { code: 'conflict', key: 'printing.errors.notPickedUp' } });
  });

  it('states each payment by method with the change, who handed it over, and the warranty end counted from the pickup day in the shop', async () => {
    const ticket = await repairTicket();
    // 01:30 on 2 December in Shanghai, still 1 December in UTC: the warranty counts from the 2nd.
    // 990 + 30 − 80 covered by the maker warranty − 10 discount − 200 deposit = 700: 500 in cash (600 handed over), 200 by WeChat Pay.
    await pickUp(ticket, '2026-12-01T17:30:00.000Z', {
      payments: [
        { method: 'cash', amountFen: 50_000, tenderedFen: 60_000 },
        { method: 'wechat', amountFen: 20_000, reference: '4417' },
      ],
    });

    const zh = await render({ document: 'pickup-receipt', ticketId: ticket.id, language: 'zh-CN' });
    expect(zh).toMatchObject({ paper: 'roll-80', copies: 2, ticketNumber: ticket.number });
    const zhText = visibleText(zh.html);
    expect(zhText).toContain('维修保修至 2027-03-01');
    expect(zhText).toMatch(/接机时已付定金 · 现金 ¥200\.00/u);
    expect(zhText).toMatch(/取机时实收 · 现金 ¥500\.00 现金实收 ¥600\.00\s*，找零 ¥100\.00/u);
    expect(zhText).toMatch(/取机时实收 · 微信支付 ¥200\.00/u);
    expect(zhText).toContain('交机人 Rita');
    expect(zhText).toContain('2026-12-02 01:30');
    expect(zhText).toContain(MASKED);
    expect(showsPhoneDigits(zh.html)).toBe(false);
    expect(zh.html).not.toContain(PASSWORD);
    const [customerCopy, shopCopy] = sheets(zh.html);
    expect(customerCopy).toContain('客户联');
    expect(shopCopy).toContain('存根联');

    const en = await render({ document: 'pickup-receipt', ticketId: ticket.id, language: 'en' });
    const enText = visibleText(en.html);
    expect(enText).toContain('Repair warranty until 2027-03-01');
    expect(enText).toMatch(/Paid at pickup · Cash ¥500\.00 Cash tendered ¥600\.00\s*, change ¥100\.00/u);
    expect(enText).toMatch(/Paid at pickup · WeChat Pay ¥200\.00/u);
    expect(enText).toContain(SHOP);
  });

  it('reprints for a device handed over before the counter recorded pickups, with only what was on record then', async () => {
    const ticket = await repairTicket();
    const ready = await readyForPickup(ticket, (input) => core.expectOk('tickets-move', input, manager));
    // As the workbench once handed devices over: the move alone, no identity, acceptance or payments asked.
    const handedOver = '2026-11-26T06:00:00.000Z';
    core.core.db
      .prepare(
        `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, payload)
         VALUES (?, ?, (SELECT id FROM staff WHERE name = 'Rita'), 'hand-over', 'ready', 'picked-up', '{}')`,
      )
      .run(ready.id, handedOver);
    core.core.db
      .prepare(`UPDATE tickets SET state = 'picked-up', shelved_at = NULL, closed_at = ? WHERE id = ?`)
      .run(handedOver, ready.id);

    const detail = await core.expectOk('tickets-get', { id: ready.id }, reception);
    expect(detail.pickup).toMatchObject({ at: handedOver, handedOverBy: 'Rita', identity: null, acceptance: null });
    const en = visibleText((await render({ document: 'pickup-receipt', ticketId: ready.id, language: 'en' })).html);
    expect(en).toContain('Handed over by Rita');
    expect(en).toContain('2026-11-26 14:00');
    expect(en).not.toContain('The customer checked the product');
    const zh = visibleText((await render({ document: 'pickup-receipt', ticketId: ready.id, language: 'zh-CN' })).html);
    expect(zh).toContain('交机人 Rita');
  });

  it('gives the repair warranty the manager set at the time of pickup, which a later change of the setting does not move', async () => {
    await core.expectOk('settings-service-update', { repairWarrantyDays: 180 }, manager);
    const ticket = await repairTicket();
    await pickUp(ticket, '2026-12-01T17:30:00.000Z');
    await core.expectOk('settings-service-update', { repairWarrantyDays: 30 }, manager);
    const longer = await render({ document: 'pickup-receipt', ticketId: ticket.id, language: 'en' });
    expect(visibleText(longer.html)).toContain('Repair warranty until 2027-05-30');

    await core.expectOk('settings-service-update', { repairWarrantyDays: 0 }, manager);
    const other = await repairTicket();
    await pickUp(other, '2026-12-01T17:30:00.000Z');
    const none = await render({ document: 'pickup-receipt', ticketId: other.id, language: 'en' });
    expect(visibleText(none.html)).toContain('No repair warranty on this service');
    expect(visibleText(none.html)).not.toContain('Repair warranty until');
  });
});

/** Examined and billed by Tom at 15:00: the intake's estimate and a swollen battery, ¥1,099.00 in all. */
async function quotedTicket(): Promise<TicketDetail> {
  const ticket = await repairTicket();
  now = new Date('2026-11-25T07:00:00.000Z');
  return quoteAboveLimit(ticket, (input) => core.expectOk('tickets-move', input, technician));
}

describe('the quote', () => {
  it('is refused until the ticket has been diagnosed', async () => {
    const ticket = await repairTicket();
    expect(
      await core.call('print-render', { document: 'quote', ticketId: ticket.id, language: 'zh-CN' }, reception),
    ).toMatchObject({ ok: false, error: { code: 'conflict', key: 'printing.errors.noQuote' } });
  });

  it('shows what was found, the bill against the limit agreed at intake, boxes to tick and a line to sign', async () => {
    const ticket = await quotedTicket();
    expect(ticket.state).toBe('awaiting-approval');
    const zh = await render({ document: 'quote', ticketId: ticket.id, language: 'zh-CN' });
    expect(zh).toMatchObject({ paper: 'a5', copies: 1, reprint: 0, title: `报价单 ${ticket.number}` });
    expect(sheets(zh.html)).toHaveLength(1);
    const text = visibleText(zh.html);
    for (const wanted of [
      '维修报价单',
      ticket.number,
      '王芳',
      MASKED,
      '报价时间 2026-11-25 15:00',
      '维修技师 Tom',
      '手机摔了一下',
      '电池鼓包',
      '电池健康度 61%',
      '4500mAh · 鼓包 Swollen',
      '费用合计 ¥1,099.00',
      '本报价比您受理时同意的上限 ¥1,000.00 高出 ¥99.00',
      '同意按本报价维修，费用 ¥1,099.00',
      '不维修，取回产品，不收取费用',
      '客户签名',
    ])
      expect(text).toContain(wanted);
    expect(showsPhoneDigits(zh.html)).toBe(false);
    expect(zh.html).not.toContain(PASSWORD);

    await core.expectOk('settings-service-update', { workflow: { diagnosticFeeFen: 5_000, qcChecklists: [] } }, admin);
    const roll = await render({ document: 'quote', ticketId: ticket.id, language: 'en', paper: 'roll-80' });
    expect(roll.paper).toBe('roll-80');
    const rollText = visibleText(roll.html);
    expect(rollText).toContain('Repair quote');
    expect(rollText).toContain('This is ¥99.00 above the ¥1,000.00 you agreed to at intake');
    expect(rollText).toContain('pay the diagnostic fee of ¥50.00');
  });

  it('prints the customer’s decision once it is recorded, instead of the boxes', async () => {
    let ticket = await quotedTicket();
    now = new Date('2026-11-25T08:30:00.000Z');
    ticket = await core.expectOk(
      'tickets-move',
      {
        ticketId: ticket.id,
        version: ticket.version,
        move: { action: 'record-approval', decision: 'approved', channel: 'phone', approvedFen: 109_900, note: '' },
      },
      reception,
    );
    const text = visibleText((await render({ document: 'quote', ticketId: ticket.id, language: 'en' })).html);
    expect(text).toMatch(
      /Agreed: the repair for ¥1,099\.00 \(\s*By phone\s*,\s*2026-11-25 16:30\s*, recorded by Rita\s*\)/u,
    );
    expect(text).not.toContain('I agree to the repair');
  });

  it('says a bill within the agreed limit went ahead without asking, and is refused once the ticket went back unrepaired', async () => {
    let ticket = await repairTicket();
    const move = async (session: Session, step: InputOf<'tickets-move'>['move']) =>
      (ticket = await core.expectOk(
        'tickets-move',
        { ticketId: ticket.id, version: ticket.version, move: step },
        session,
      ));
    await move(technician, { action: 'start-diagnosis' });
    await move(technician, {
      action: 'diagnose',
      cause: '屏幕碎裂',
      faultCategory: '',
      findings: '',
      lines: ticket.lines.map((line) => ({ ...line, spec: '', reason: '' })),
    });
    expect(ticket.state).toBe('repairing');
    const text = visibleText((await render({ document: 'quote', ticketId: ticket.id, language: 'zh-CN' })).html);
    expect(text).toContain('在您受理时同意的费用上限 ¥1,000.00 以内');
    expect(text).toContain('已确认维修，无需再次确认');
    expect(text).not.toContain('同意按本报价维修');

    await move(manager, { action: 'return-unrepaired', reason: 'no-parts', note: '' });
    expect(
      await core.call('print-render', { document: 'quote', ticketId: ticket.id, language: 'en' }, reception),
    ).toMatchObject({ ok: false, error: { code: 'conflict', key: 'printing.errors.noQuote' } });
  });
});

describe('what print-render refuses', () => {
  it.each<[InputOf<'print-render'>['document'], InputOf<'print-render'>['paper']]>([
    ['receipt', 'a4'],
    ['receipt', 'label-50x30'],
    ['pickup-receipt', 'a4'],
    ['work-order', 'roll-80'],
    ['work-order', 'label-60x40'],
    ['device-label', 'roll-58'],
    ['device-label', 'a4'],
    ['quote', 'a4'],
    ['quote', 'roll-58'],
  ])('a %s on %s paper, which it does not fit', async (document, paper) => {
    const ticket = await repairTicket();
    expect(
      await core.call('print-render', { document, ticketId: ticket.id, language: 'en', paper }, reception),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { paper: { key: 'validation.paperForDocument' } } },
    });
  });

  it('a test page for a ticket, and a ticket document without a ticket', async () => {
    const ticket = await repairTicket();
    expect(
      await core.call('print-render', { document: 'test-page', ticketId: ticket.id, language: 'en' }, reception),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { ticketId: { key: 'validation.ticketForDocument' } } },
    });
    for (const document of ['receipt', 'work-order', 'pickup-receipt', 'device-label'] as const)
      expect(await core.call('print-render', { document, ticketId: null, language: 'en' }, reception)).toMatchObject({
        ok: false,
        error: { code: 'validation', fields: { ticketId: { key: 'validation.ticketForDocument' } } },
      });
  });

  it('a ticket that does not exist', async () => {
    for (const document of ['receipt', 'work-order', 'pickup-receipt', 'device-label'] as const)
      expect(await core.call('print-render', { document, ticketId: 9999, language: 'en' }, reception)).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
  });

  it('anyone not signed in', async () => {
    const ticket = await repairTicket();
    expect(
      await core.call('print-render', { document: 'receipt', ticketId: ticket.id, language: 'en' }, { staffId: null }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});

describe('the test page', () => {
  it('renders without a ticket on any paper, A4 by default', async () => {
    const page = await render({ document: 'test-page', ticketId: null, language: 'zh-CN' });
    expect(page).toMatchObject({ document: 'test-page', ticketId: null, ticketNumber: null, paper: 'a4', reprint: 0 });
    expect(visibleText(page.html)).toContain(SHOP);
    expect(visibleText(page.html)).toContain('FRONTDESK-TEST');
    const label = await render({ document: 'test-page', ticketId: null, language: 'en', paper: 'label-50x30' });
    expect(label.paper).toBe('label-50x30');
    // Browser mode (no printing system here): the browser's dialog chooses the printer.
    expect(visibleText(page.html)).toContain('由浏览器打印对话框选择');
  });
});

import { mkdirSync } from 'node:fs';
import type { Language, TicketDetail } from '../../shared/contract';
import { repairWarrantyEnd } from '../../shared/domain/pickup';
import { readyForPickup, repairIntake, settledPickup } from '../fixtures/sample-intakes';
import { accessibilityProblems } from './accessibility';
import { expect, test, type Page } from './fixtures';
import { admin, callApi, completeSetup, scan, signIn, signOut, submitSetup, words } from './flows';
import { pdfText } from './pdf-tools';

const reception = { name: 'Rita Wu', pin: '246802' };
const manager = { name: 'Mia Zhou', pin: '975310' };

/**
 * A shop with a receptionist and a manager, and the sample repair (¥900.00 with a ¥200.00 deposit,
 * the charger and the case left with it) taken to the shelf by the workshop's moves.
 */
async function shopWithReadyRepair(page: Page, lang: Language): Promise<{ ready: TicketDetail; customerId: number }> {
  await completeSetup(page, lang);
  await submitSetup(page, lang);
  await callApi(page, 'staff-create', { ...reception, role: 'reception' });
  await callApi(page, 'staff-create', { ...manager, role: 'manager' });
  const customer = await callApi<{ id: number }>(page, 'customers-create', { name: '王芳', phone: '13812345678' });
  const intake = await callApi<TicketDetail>(page, 'intake-save', repairIntake(customer.id));
  const ready = await readyForPickup(intake, (input) => callApi<TicketDetail>(page, 'tickets-move', input));
  return { ready, customerId: customer.id };
}

async function asReception(page: Page, lang: Language): Promise<void> {
  await signOut(page, lang, admin.name);
  await signIn(page, lang, reception.name, reception.pin);
  await page
    .getByRole('navigation', { name: words(lang)('nav.main') })
    .getByRole('link', { name: words(lang)('nav.pickup') })
    .click();
}

/** A few strokes across the signature pad. */
async function sign(page: Page): Promise<void> {
  const pad = page.locator('canvas').first();
  // The pad may be below the fold of the panel: strokes land only where the pointer can reach.
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('No signature pad');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1)
    await page.mouse.move(box.x + 20 + step * 18, box.y + box.height / 2 + (step % 2 ? -14 : 14));
  await page.mouse.up();
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`pickup (${lang})`, () => {
    test.use({ lang, reducedMotion: 'reduce' });
    const t = words(lang);
    const money = (yuan: string) => `¥${yuan}`;
    const shelfRow = (page: Page, number: string) =>
      page.getByRole('group', { name: t('pickup.shelfLabel') }).getByRole('button', { name: new RegExp(number) });
    const form = (page: Page) => page.getByRole('form', { name: t('pickup.formLabel') });

    test('a ready repair is found on the shelf, called twice, scanned at the counter, paid part cash with change and part WeChat Pay, signed for; the pickup receipt shows it all', async ({
      page,
      snap,
    }, testInfo) => {
      const { ready } = await shopWithReadyRepair(page, lang);
      const printing = await callApi<Record<string, object>>(page, 'settings-printing-get', {});
      await callApi(page, 'settings-printing-update', {
        ...printing,
        'pickup-receipt': { ...printing['pickup-receipt'], autoPrint: true },
      });
      await asReception(page, lang);

      // On the shelf, not reached yet; found by the customer's name or phone as typed, and not by another's.
      await expect(page.getByRole('tab', { name: new RegExp(t('pickup.filters.not-reached')) })).toContainText('1');
      const find = page.getByRole('textbox', { name: t('pickup.find') });
      await find.fill('李');
      await expect(page.getByText(t('pickup.empty'))).toBeVisible();
      await find.fill('138 1234');
      await expect(shelfRow(page, ready.number)).toBeVisible();
      await find.fill('王芳');
      await find.press('Enter');
      await expect(page.getByRole('link', { name: ready.number })).toBeVisible();
      await find.fill('');
      await shelfRow(page, ready.number).click();
      await expect(page.getByRole('link', { name: ready.number })).toBeVisible();

      // No answer, then reached: each one click, both on record.
      const contact = page.getByRole('group', { name: t('pickup.contactLabel') });
      await contact.getByRole('button', { name: new RegExp(t('pickup.attempts.no-answer')) }).click();
      await expect(
        page.getByText(t('pickup.contactRecorded', { outcome: t('pickup.outcomes.no-answer') })),
      ).toBeVisible();
      await contact.getByRole('button', { name: new RegExp(t('pickup.attempts.reached')) }).click();
      const history = page.getByRole('list', { name: t('pickup.historyLabel') });
      await expect(history.getByRole('listitem')).toHaveCount(2);
      await expect(history.getByRole('listitem').first()).toContainText(t('pickup.outcomes.reached'));
      await expect(page.getByRole('tab', { name: new RegExp(t('pickup.filters.not-reached')) })).toContainText('0');
      // The ready message, filled in, to copy.
      await expect(page.getByRole('note', { name: t('pickup.messageLabel') })).toContainText(ready.number);
      await expect(page.getByRole('note', { name: t('pickup.messageLabel') })).toContainText(money('700.00'));
      expect(await accessibilityProblems(page, { data: [reception.name, manager.name] })).toEqual([]);
      await snap('pickup-shelf-contacts');

      // The customer comes in with the receipt: scanning it opens the ticket.
      await page.goto(`${new URL(page.url()).origin}/#/pickup`);
      await expect(page.getByText(t('pickup.choose'))).toBeVisible();
      await page.getByRole('heading', { name: t('pickup.title') }).click();
      await scan(page, ready.number);
      await expect(page.getByRole('link', { name: ready.number })).toBeVisible();

      const pickup = form(page);
      await pickup.getByRole('button', { name: t('pickup.allReturned') }).click();
      // ¥700.00 owed: ¥500.00 in cash from a ¥600.00 note pile, the rest by WeChat Pay.
      await pickup.getByRole('textbox', { name: t('pickup.amountOf', { number: 1 }) }).fill('500');
      await pickup.getByRole('textbox', { name: t('pickup.tenderedOf', { number: 1 }) }).fill('600');
      await expect(pickup.getByText(t('pickup.change', { amount: money('100.00') }))).toBeVisible();
      await pickup.getByRole('button', { name: t('pickup.addPayment') }).click();
      await expect(pickup.getByRole('textbox', { name: t('pickup.amountOf', { number: 2 }) })).toHaveValue('200.00');
      await expect(pickup.getByRole('combobox', { name: t('pickup.methodOf', { number: 2 }) })).toHaveValue(
        t('ledger.methods.wechat'),
      );
      await pickup.getByRole('textbox', { name: t('pickup.referenceOf', { number: 2 }) }).fill('4417');
      await expect(pickup.getByText(t('pickup.settled'))).toBeVisible();
      await pickup.getByText(t('pickup.bySignature'), { exact: true }).click();
      await sign(page);
      // The whole form at once (the panel scrolls on a counter's screen).
      await page.setViewportSize({ width: 1366, height: 1900 });
      await snap('pickup-form');
      await page.setViewportSize({ width: 1366, height: 768 });
      expect(await accessibilityProblems(page, { data: [reception.name, manager.name] })).toEqual([]);

      // Handed over today: the repair warranty's 90 days count from today in the shop (Shanghai).
      const warrantyEnd = repairWarrantyEnd(new Date(), 90, 'Asia/Shanghai');
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('heading', { name: t('pickup.done') })).toBeVisible();
      // Printed at once, as the manager set: the browser's dialog, then the counter says it printed.
      const question = page.getByRole('dialog', { name: t('printing.question.title') });
      await expect(question).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(question).toBeHidden();
      await expect(page.getByText(t('pickup.warrantyUntil', { date: warrantyEnd }))).toBeVisible();
      await snap('pickup-done');

      // The receipt as printed: both payments, the change, who handed it over, the warranty end.
      const pdf = testInfo.outputPath(`pickup-receipt-${lang}.pdf`);
      mkdirSync(testInfo.outputPath(), { recursive: true });
      const paper = await page.context().newPage();
      await paper.goto(`${new URL(page.url()).origin}/documents/pickup-receipt/${ready.number}?lang=${lang}`);
      await paper.evaluate(() => document.fonts.ready);
      await paper.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const flat = (words: string) => words.replace(/\s+/gu, '');
      const text = flat(await pdfText(pdf));
      const paid = t('printing.paper.paidAtPickup');
      expect(text).toContain(flat(`${paid}·${t('ledger.methods.cash')}${money('500.00')}`));
      expect(text).toContain(flat(`${paid}·${t('ledger.methods.wechat')}${money('200.00')}`));
      expect(text).toContain(
        flat(t('printing.paper.tenderedChange', { tendered: money('600.00'), change: money('100.00') })),
      );
      expect(text).toContain(flat(t('printing.paper.repairWarranty', { date: warrantyEnd })));
      expect(text).toContain(flat(`${t('printing.paper.handedOverBy')}${reception.name}`));
      expect(text).toContain(flat(t('printing.paper.acceptedSigned')));
      await paper.close();
    });

    test('a lost receipt checked by name and phone, a device back unrepaired with its deposit refunded, and an objection sent back for rework', async ({
      page,
      snap,
    }) => {
      const { ready, customerId } = await shopWithReadyRepair(page, lang);
      const other = await callApi<TicketDetail>(page, 'intake-save', repairIntake(customerId));
      const returned = await callApi<TicketDetail>(page, 'tickets-move', {
        ticketId: other.id,
        version: other.version,
        move: { action: 'return-unrepaired', reason: 'no-parts', note: '屏幕停产 Screen discontinued' },
      });
      const third = await readyForPickup(
        await callApi<TicketDetail>(page, 'intake-save', repairIntake(customerId)),
        (input) => callApi<TicketDetail>(page, 'tickets-move', input),
      );
      await asReception(page, lang);

      // Lost receipt: the wrong name is refused beside its field, the right one goes through.
      await shelfRow(page, ready.number).click();
      const pickup = form(page);
      await pickup.getByText(t('pickup.receiptLost'), { exact: true }).click();
      await pickup.getByRole('textbox', { name: t('pickup.collectorName') }).fill('王方');
      await pickup.getByRole('textbox', { name: t('pickup.phoneLast4') }).fill('5678');
      await pickup.getByRole('textbox', { name: t('pickup.idNote') }).fill('身份证 ****1234');
      await pickup.getByRole('button', { name: t('pickup.allReturned') }).click();
      await pickup.getByRole('checkbox', { name: t('pickup.accepted') }).check();
      await pickup.getByRole('button', { name: t('pickup.complete') }).click();
      await expect(pickup.getByText(t('pickup.errors.nameMismatch'))).toBeVisible();
      await pickup.getByRole('textbox', { name: t('pickup.collectorName') }).fill('王芳');
      await pickup.getByRole('button', { name: t('pickup.complete') }).click();
      await expect(page.getByRole('heading', { name: t('pickup.done') })).toBeVisible();

      // Back unrepaired: nothing charged, the ¥200.00 deposit given back in cash.
      await shelfRow(page, returned.number).click();
      // The message offered says it goes back unrepaired, not that it is ready.
      await expect(page.getByRole('radio', { name: t('pickup.occasions.returned') })).toBeChecked();
      const handBack = form(page);
      await expect(handBack.getByRole('heading', { name: t('pickup.formTitleUnrepaired') })).toBeVisible();
      await expect(handBack.getByRole('group', { name: t('pickup.sumsLabel') })).toContainText(money('200.00'));
      await expect(handBack.getByRole('textbox', { name: t('pickup.amountOf', { number: 1 }) })).toHaveValue('200.00');
      await handBack.getByRole('button', { name: t('pickup.allReturned') }).click();
      await handBack.getByRole('checkbox', { name: t('pickup.accepted') }).check();
      await page.setViewportSize({ width: 1366, height: 1300 });
      await snap('pickup-unrepaired-refund');
      await page.setViewportSize({ width: 1366, height: 768 });
      await handBack.getByRole('button', { name: t('pickup.completeUnrepaired') }).click();
      await expect(page.getByRole('heading', { name: t('pickup.done') })).toBeVisible();
      const refunded = await callApi<TicketDetail>(page, 'tickets-get', { id: returned.id });
      expect(refunded.ledger.summary).toEqual({ depositFen: 20_000, paymentsFen: 0, refundsFen: 20_000, paidFen: 0 });

      // The customer finds a dead pixel when checking: back to the bench, nothing charged.
      await shelfRow(page, third.number).click();
      await form(page)
        .getByRole('button', { name: t('pickup.objects') })
        .click();
      const dialog = page.getByRole('dialog', { name: t('pickup.reworkTitle', { number: third.number }) });
      await dialog.getByRole('textbox', { name: t('pickup.complaint') }).fill('屏幕右上角有坏点 Dead pixel top right');
      await dialog.getByRole('button', { name: t('pickup.sendBack') }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(t('pickup.cannotHandOver', { state: t('ticketStates.repairing') }))).toBeVisible();
      await expect(shelfRow(page, third.number)).toHaveCount(0);
      const reworked = await callApi<TicketDetail>(page, 'tickets-get', { id: third.id });
      expect(reworked.events.at(-1)).toMatchObject({ kind: 'rework', toState: 'repairing' });
      expect(reworked.ledger.summary.paymentsFen).toBe(0);

      // The customer's page: the device, its last repair here with the warranty it carries, and every ticket.
      await page.getByRole('link', { name: '王芳' }).first().click();
      const devices = page.getByRole('table', { name: t('customers.devices') });
      await expect(devices.getByRole('link', { name: ready.number })).toBeVisible();
      const history = page.getByRole('table', { name: t('customers.history') });
      await expect(history.getByRole('row')).toHaveCount(4);
      for (const number of [ready.number, returned.number, third.number])
        await expect(history.getByRole('link', { name: number })).toBeVisible();
      await snap('customer-devices-history');
    });

    test('the drawer counted at the end of the day: what it should hold by method, a statement checked, a shortfall explained and recorded', async ({
      page,
      snap,
    }) => {
      const { ready } = await shopWithReadyRepair(page, lang);
      // Today: the ¥200.00 cash deposit at intake, then ¥500.00 cash and ¥200.00 by WeChat Pay at pickup.
      await callApi(page, 'pickup-complete', {
        ...settledPickup(ready),
        payments: [
          { method: 'cash', amountFen: 50_000, tenderedFen: 50_000 },
          { method: 'wechat', amountFen: 20_000, reference: '4417' },
        ],
      });
      await asReception(page, lang);
      await page.getByRole('button', { name: t('cashClose.open') }).click();
      const dialog = page.getByRole('dialog', { name: t('cashClose.title') });
      const takings = dialog.getByRole('table', { name: t('cashClose.title') });
      await expect(takings.getByRole('row', { name: new RegExp(t('ledger.methods.cash')) })).toContainText(
        money('700.00'),
      );
      await expect(dialog.getByText(t('cashClose.entries', { count: 3 }), { exact: false })).toBeVisible();
      await dialog.getByRole('textbox', { name: t('cashClose.float') }).fill('300');
      await expect(dialog.getByRole('status')).toContainText(money('1,000.00'));
      await dialog
        .getByRole('textbox', { name: t('cashClose.statementOf', { method: t('ledger.methods.wechat') }) })
        .fill('200');
      await expect(takings.getByRole('row', { name: new RegExp(t('ledger.methods.wechat')) })).toContainText(
        t('cashClose.matches'),
      );
      await dialog.getByRole('textbox', { name: t('cashClose.counted') }).fill('995');
      await expect(dialog.getByRole('status')).toContainText(t('cashClose.short', { amount: money('5.00') }));
      // Short with no reason given: asked for one, nothing recorded.
      await dialog.getByRole('button', { name: t('cashClose.record') }).click();
      await expect(dialog.getByText(t('cashClose.problem.explainDifference'))).toBeVisible();
      expect(await accessibilityProblems(page, { data: [reception.name, manager.name] })).toEqual([]);
      await snap('cash-close-count');
      await dialog.getByRole('textbox', { name: t('cashClose.note') }).fill('找零多给 5 元 Gave ¥5 too much change');
      await page.keyboard.press('Control+Enter');
      await expect(dialog.getByRole('status')).toContainText(reception.name);
      await expect(dialog.getByRole('status')).toContainText(t('cashClose.short', { amount: money('5.00') }));
      await snap('cash-close-recorded');
      await dialog.getByRole('button', { name: t('cashClose.done') }).click();
      await expect(dialog).toBeHidden();

      // The next close starts from this one, with its float.
      await page.getByRole('button', { name: t('cashClose.open') }).click();
      await expect(dialog.getByText(t('cashClose.entries', { count: 0 }), { exact: false })).toBeVisible();
      await expect(dialog.getByRole('textbox', { name: t('cashClose.float') })).toHaveValue('300.00');
    });
  });
}

import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language, TicketDetail } from '../../shared/contract';
import { repairIntake } from '../fixtures/sample-intakes';
import { accessibilityProblems } from './accessibility';
import { expect, test, type Page } from './fixtures';
import { admin, callApi, completeSetup, scan, signIn, signOut, submitSetup, words } from './flows';
import { pdfText, rasterize } from './pdf-tools';

const technician = { name: 'Tom Li', pin: '135790' };
const reception = { name: 'Rita Wu', pin: '246802' };

/** A shop with a technician, a receptionist and one repair waiting in the workshop (cost limit ¥1,000). */
async function shopWithRepair(page: Page, lang: Language): Promise<TicketDetail> {
  await completeSetup(page, lang);
  await submitSetup(page, lang);
  await callApi(page, 'staff-create', { ...technician, role: 'technician' });
  await callApi(page, 'staff-create', { ...reception, role: 'reception' });
  const customer = await callApi<{ id: number }>(page, 'customers-create', { name: '王芳', phone: '13812345678' });
  const ticket = await callApi<TicketDetail>(page, 'intake-save', repairIntake(customer.id));
  await signOut(page, lang, admin.name);
  return ticket;
}

async function as(page: Page, lang: Language, who: { name: string; pin: string }, from?: { name: string }) {
  if (from) await signOut(page, lang, from.name);
  await signIn(page, lang, who.name, who.pin);
  await page
    .getByRole('navigation', { name: words(lang)('nav.main') })
    .getByRole('link', { name: words(lang)('nav.workbench') })
    .click();
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`workbench (${lang})`, () => {
    test.use({ lang, reducedMotion: 'reduce' });
    const t = words(lang);
    const act = (page: Page, action: string) =>
      page
        .getByRole('group', { name: t('workbench.actionsLabel') })
        .getByRole('button', { name: t(`workflow.actions.${action}`) });
    const dialogOf = (page: Page, number: string, action: string) =>
      page.getByRole('dialog', { name: `${number} · ${t(`workflow.actions.${action}`)}` });
    const state = (page: Page, value: string) =>
      expect(
        page
          .getByRole('main')
          .getByText(t(`ticketStates.${value}`), { exact: true })
          .first(),
      ).toBeVisible();

    test('a repair from the unassigned queue to the shelf: scanned, claimed, diagnosed above the limit, approved by phone, QC failed once, then passed; the work order shows the work', async ({
      page,
      snap,
    }, testInfo) => {
      const ticket = await shopWithRepair(page, lang);

      // The technician finds it unassigned and scans its barcode: it opens on the workbench.
      await as(page, lang, technician);
      await page.getByRole('tab', { name: new RegExp(t('workbench.queues.unassigned')) }).click();
      await expect(page.getByRole('button', { name: new RegExp(ticket.number) })).toBeVisible();
      await scan(page, ticket.number);
      await expect(page.getByRole('link', { name: ticket.number })).toBeVisible();
      expect(await accessibilityProblems(page, { data: [technician.name, reception.name] })).toEqual([]);
      await snap('workbench-unassigned');

      await page.keyboard.press('1'); // Take it
      await expect(
        page.getByText(t('workbench.moved', { number: ticket.number, event: t('workflow.events.claim') })),
      ).toBeVisible();
      await act(page, 'start-diagnosis').click();
      await state(page, 'diagnosing');

      await act(page, 'diagnose').click();
      const diagnose = dialogOf(page, ticket.number, 'diagnose');
      await diagnose
        .getByRole('textbox', { name: t('workbench.cause') })
        .fill(lang === 'en' ? 'Display flex cable torn' : '屏幕排线断裂');
      await diagnose.getByRole('textbox', { name: `${t('workbench.form.unitPrice')} 1` }).fill('1080');
      await expect(diagnose.getByText(t('workbench.form.overLimit', { limit: '¥1,000.00' }))).toBeVisible();
      expect(await accessibilityProblems(page, { data: [technician.name, reception.name] })).toEqual([]);
      await snap('workbench-diagnose');
      await diagnose.getByRole('button', { name: t('workflow.actions.diagnose') }).click();
      await expect(diagnose).toBeHidden();
      await state(page, 'awaiting-approval');

      // The counter calls the customer from its list and records their yes.
      await as(page, lang, reception, technician);
      await expect(
        page.getByRole('tab', { name: new RegExp(t('workbench.queues.approval')), selected: true }),
      ).toBeVisible();
      const row = page.getByRole('button', { name: new RegExp(ticket.number) });
      await expect(row).toContainText('138 1234 5678');
      await row.click();
      // The quote is at hand, to read out on the phone or for the customer to sign at the counter.
      await expect(
        page.getByRole('button', { name: t('printing.panel.printShort', { document: t('printing.short.quote') }) }),
      ).toBeVisible();
      await snap('workbench-approval-ticket');
      await act(page, 'record-approval').click();
      const approval = dialogOf(page, ticket.number, 'record-approval');
      await approval.getByRole('radio', { name: t('workflow.approvalChannels.phone') }).check();
      expect(await accessibilityProblems(page, { data: [technician.name, reception.name] })).toEqual([]);
      await snap('workbench-approval');
      await approval.getByRole('button', { name: t('workflow.actions.record-approval') }).click();
      await expect(approval).toBeHidden();
      await state(page, 'repairing');

      // Back in the workshop: repaired, QC finds a fault, repaired again, QC passes, on the shelf.
      await as(page, lang, technician, reception);
      await page.getByRole('button', { name: new RegExp(ticket.number) }).click();
      await act(page, 'finish-repair').click();
      await dialogOf(page, ticket.number, 'finish-repair')
        .getByRole('textbox')
        .fill(lang === 'en' ? 'New screen fitted' : '更换屏幕总成');
      await page.keyboard.press('Control+Enter');
      await state(page, 'qa');
      await act(page, 'fail-qc').click();
      const failed = dialogOf(page, ticket.number, 'fail-qc');
      await failed.getByRole('checkbox').nth(2).check();
      await failed.getByRole('button', { name: t('workflow.actions.fail-qc') }).click();
      await state(page, 'repairing');
      await act(page, 'finish-repair').click();
      await dialogOf(page, ticket.number, 'finish-repair')
        .getByRole('textbox')
        .fill(lang === 'en' ? 'Cable reseated' : '重新安装排线');
      await page.keyboard.press('Control+Enter');
      await act(page, 'pass-qc').click();
      const passed = dialogOf(page, ticket.number, 'pass-qc');
      for (const box of await passed.getByRole('checkbox').all()) await box.check();
      await passed.getByRole('textbox', { name: t('workbench.storageLocation') }).fill('A-12');
      await passed.getByRole('button', { name: t('workflow.actions.pass-qc') }).click();
      await state(page, 'ready');
      await expect(page.getByText('A-12')).toBeVisible();

      const done = await callApi<TicketDetail>(page, 'tickets-get', { id: ticket.id });
      expect(done.events.map((event) => event.kind)).toEqual([
        'intake',
        'claim',
        'start-diagnosis',
        'diagnose',
        'record-approval',
        'finish-repair',
        'fail-qc',
        'finish-repair',
        'pass-qc',
      ]);
      expect(await accessibilityProblems(page, { data: [technician.name, reception.name] })).toEqual([]);
      await snap('workbench-ready', { fullPage: true });

      // The work order now prints what was found and done, not lines to write on.
      const printed = await page.context().newPage();
      const pdf = testInfo.outputPath('work-order.pdf');
      await printed.goto(`${new URL(page.url()).origin}/documents/work-order/${ticket.number}?lang=${lang}&paper=a4`);
      await printed.evaluate(() => document.fonts.ready);
      await printed.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const text = (await pdfText(pdf)).replace(/\s+/gu, '');
      for (const wanted of [
        lang === 'en' ? 'Display flex cable torn' : '屏幕排线断裂',
        lang === 'en' ? 'Cable reseated' : '重新安装排线',
        '屏幕总成',
        '¥1,080.00',
        technician.name,
        t('workflow.events.pass-qc'),
      ])
        expect(text).toContain(wanted.replace(/\s+/gu, ''));
      const pictures = resolve('test/artifacts/documents');
      mkdirSync(pictures, { recursive: true });
      for (const old of readdirSync(pictures).filter((name) => name.startsWith(`work-order-done-${lang}-`)))
        rmSync(join(pictures, old));
      // One sheet: the technician's record fits on the page the counter printed.
      const sheets = await rasterize(pdf, {
        dpi: 80,
        format: 'png',
        directory: pictures,
        prefix: `work-order-done-${lang}`,
      });
      expect(sheets).toHaveLength(1);
    });
  });
}

test.describe('workbench (en): a declined quote', () => {
  test.use({ lang: 'en', reducedMotion: 'reduce' });
  const t = words('en');

  test('the customer declines the bill: the device goes back unrepaired', async ({ page }) => {
    const ticket = await shopWithRepair(page, 'en');
    await as(page, 'en', technician);
    await page.getByRole('tab', { name: new RegExp(t('workbench.queues.unassigned')) }).click();
    await page.getByRole('button', { name: new RegExp(ticket.number) }).click();
    // The number keys act on the moves the panel shows: once it shows them (a key pressed before
    // the ticket has loaded has nothing to act on; it failed that way on a busy machine).
    await expect(page.getByRole('button', { name: new RegExp(t('workflow.actions.start-diagnosis')) })).toBeVisible();
    await page.keyboard.press('2'); // Start diagnosis
    await expect(page.getByRole('main').getByText(t('ticketStates.diagnosing'), { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: t('workflow.actions.diagnose') }).click();
    const diagnose = page.getByRole('dialog');
    await diagnose.getByRole('textbox', { name: t('workbench.cause') }).fill('Logic board failure');
    await diagnose.getByRole('textbox', { name: `${t('workbench.form.unitPrice')} 1` }).fill('2400');
    await page.keyboard.press('Control+Enter');
    await expect(diagnose).toBeHidden();

    await as(page, 'en', reception, technician);
    await page.getByRole('button', { name: new RegExp(ticket.number) }).click();
    await page.getByRole('button', { name: t('workflow.actions.record-approval') }).click();
    const approval = page.getByRole('dialog');
    await approval.getByRole('radio', { name: t('workbench.form.declinedDecision') }).check();
    await approval.getByRole('radio', { name: t('workflow.approvalChannels.counter') }).check();
    await approval.getByRole('button', { name: t('workflow.actions.record-approval') }).click();
    await expect(
      page.getByRole('main').getByText(t('ticketStates.returned-unrepaired'), { exact: true }).first(),
    ).toBeVisible();
    expect((await callApi<TicketDetail>(page, 'tickets-get', { id: ticket.id })).state).toBe('returned-unrepaired');
  });
});

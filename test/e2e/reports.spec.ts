import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { dayLogSections, type Language, type TicketDetail } from '../../shared/contract';
import { shopToday } from '../../shared/domain/report-periods';
import { consultationIntake, readyForPickup, repairIntake, settledPickup } from '../fixtures/sample-intakes';
import { accessibilityProblems } from './accessibility';
import { pdfPageSizes, pdfText, rasterize } from './pdf-tools';
import { expect, test, type Page } from './fixtures';
import { admin, callApi, completeSetup, goTo, signIn, signOut, submitSetup, words } from './flows';

const manager = { name: 'Mia Zhou', pin: '975310' };
const reception = { name: 'Rita Wu', pin: '246802' };
const technician = { name: 'Tom Li', pin: '135792' };

/**
 * Today at the shop: a repair taken in with a ¥200.00 cash deposit, repaired and handed back with
 * ¥700.00 by WeChat Pay; a question answered at the counter; a second repair still in hand; the
 * drawer closed.
 */
async function dayAtTheShop(page: Page, lang: Language): Promise<{ repaired: TicketDetail; waiting: TicketDetail }> {
  await completeSetup(page, lang);
  await submitSetup(page, lang);
  for (const member of [
    { ...manager, role: 'manager' },
    { ...reception, role: 'reception' },
    { ...technician, role: 'technician' },
  ])
    await callApi(page, 'staff-create', member);
  const customer = await callApi<{ id: number }>(page, 'customers-create', { name: '王芳', phone: '13812345678' });
  const intake = await callApi<TicketDetail>(page, 'intake-save', repairIntake(customer.id));
  const ready = await readyForPickup(intake, (input) => callApi<TicketDetail>(page, 'tickets-move', input));
  const repaired = await callApi<TicketDetail>(page, 'pickup-complete', settledPickup(ready));
  await callApi(page, 'intake-save', consultationIntake(customer.id));
  const waiting = await callApi<TicketDetail>(page, 'intake-save', repairIntake(customer.id));
  const drawer = await callApi<{ afterPaymentId: number; throughPaymentId: number }>(page, 'cash-close-preview', {});
  await callApi(page, 'cash-close-record', {
    ...drawer,
    floatFen: 30_000,
    countedFen: 70_000,
    statements: { wechat: 70_000 },
    note: '',
  });
  return { repaired, waiting };
}

/** A period shortcut, clicked as a person would (the radio itself is hidden under its label). */
async function shortcut(page: Page, label: string): Promise<void> {
  const radio = page.getByRole('radio', { name: label });
  await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
  await expect(radio).toBeChecked();
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`reports (${lang})`, () => {
    test.use({ lang, reducedMotion: 'reduce' });
    const t = words(lang);

    test('a manager sees today’s figures and charts, compares yesterday, and follows a figure to the daily log and its tickets', async ({
      page,
      snap,
    }) => {
      const { repaired, waiting } = await dayAtTheShop(page, lang);
      await signOut(page, lang, admin.name);
      await signIn(page, lang, manager.name, manager.pin);
      await goTo(page, lang, 'reports');
      await expect(page.getByRole('heading', { name: t('reports.page.title'), level: 1 })).toBeVisible();

      // Today: three tickets in, one repair ready by its promise and handed back; ¥1,100.00 taken (two deposits and a payment).
      const tile = (key: string) => page.getByText(t(`reports.tiles.${key}`), { exact: true }).locator('..');
      await expect(tile('intakes')).toContainText('3');
      await expect(tile('revenue')).toContainText('¥1,100.00');
      await expect(tile('slaMet')).toContainText('100%');
      await expect(tile('backlog')).toContainText('1');
      await expect(tile('satisfaction')).toContainText(t('reports.page.noData'));
      for (const chart of ['intakesPerDay', 'slaPerDay', 'backlogByState', 'technicianBars'])
        await expect(
          page
            .getByRole('figure', { name: t(`reports.charts.${chart}`) })
            .locator('svg')
            .first(),
        ).toBeVisible();
      const technicians = page.getByRole('table', { name: t('reports.staffTables.technicians') });
      await expect(technicians.getByRole('row')).toHaveCount(2);
      await expect(page.getByRole('table', { name: t('reports.staffTables.reception') })).toContainText(admin.name);
      expect(await accessibilityProblems(page, { data: [manager.name, reception.name, technician.name] })).toEqual([]);
      await snap('reports-figures', { fullPage: true });

      // Yesterday: nothing yet, and the comparison says so rather than showing zeros as rates.
      await shortcut(page, t('reports.page.shortcuts.yesterday'));
      await expect(tile('intakes')).toContainText('0');
      await expect(tile('slaMet')).toContainText(t('reports.page.noData'));
      await shortcut(page, t('reports.page.shortcuts.today'));
      await expect(tile('intakes')).toContainText('3');

      // A time or a rate opens the tickets behind it: the repair ready today under the turnaround,
      // a link to it; nothing under the promise, all of them kept.
      await page.getByRole('button', { name: `${t('reports.tiles.turnaround')}: ` }).click();
      const turnaround = page.getByRole('dialog', {
        name: t('reports.behind.title', { figure: t('reports.tiles.turnaround') }),
      });
      const behind = turnaround.getByRole('table', {
        name: t('reports.behind.title', { figure: t('reports.tiles.turnaround') }),
      });
      await expect(behind.getByRole('row')).toHaveCount(2);
      await expect(behind.getByRole('link', { name: repaired.number })).toHaveAttribute(
        'href',
        new RegExp(String(repaired.id)),
      );
      await expect(behind).toContainText('138****5678');
      await expect(behind).toContainText(t('reports.behind.reasons.took'));
      expect(await accessibilityProblems(page, { data: [manager.name, reception.name, technician.name] })).toEqual([]);
      await snap('reports-figure-tickets');
      await page.keyboard.press('Escape');
      await expect(turnaround).toBeHidden();
      await page.getByRole('button', { name: `${t('reports.tiles.slaMet')}: ` }).click();
      await expect(page.getByRole('dialog').getByText(t('reports.behind.none'))).toBeVisible();
      await page.keyboard.press('Escape');

      // The intakes figure opens the daily log that lists them, each a link to its ticket.
      await page.getByRole('button', { name: new RegExp(t('reports.tiles.intakes')) }).click();
      await expect(page.getByRole('tab', { name: t('reports.page.tabs.dayLog'), selected: true })).toBeVisible();
      const received = page.getByRole('table', { name: t('reports.sheets.received') });
      await expect(received.getByRole('row')).toHaveCount(4);
      await expect(received).toContainText('138****5678');
      const closes = page.getByRole('list', { name: t('reports.log.closes') });
      await expect(closes).toContainText(admin.name);
      await expect(closes).toContainText(t('cashClose.matches'));
      expect(await accessibilityProblems(page, { data: [manager.name, reception.name, technician.name] })).toEqual([]);
      await snap('reports-day-log', { fullPage: true });
      await page.getByRole('tab', { name: new RegExp(t('reports.sheets.payments')) }).click();
      await expect(
        page.getByRole('table', { name: t('reports.sheets.payments'), exact: true }).getByRole('row'),
      ).toHaveCount(4);
      // Saved as the browser downloads it: the workbook, and the received tickets as CSV, both read back.
      const exports = page.getByRole('group', { name: t('reports.export.label') });
      const [workbook] = await Promise.all([
        page.waitForEvent('download'),
        exports.getByRole('button', { name: t('reports.export.xlsx') }).click(),
      ]);
      const today = shopToday(new Date(), 'Asia/Shanghai');
      expect(workbook.suggestedFilename()).toBe(`${t('reports.dayLog.title')}-${today}.xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await workbook.path());
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual(
        dayLogSections.map((section) => t(`reports.sheets.${section}`)),
      );
      const sheet = book.getWorksheet(t('reports.sheets.received'));
      expect(sheet?.getCell('A3').value).toContain(manager.name);
      expect(sheet?.getRow(6).getCell(3).value).toBe('王芳');
      expect(sheet?.getRow(6).getCell(13).value).toBe(900);
      await exports.getByRole('button', { name: t('reports.export.csv') }).click();
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: t('reports.sheets.received') }).click(),
      ]);
      const text = readFileSync(await csv.path(), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
      expect(text).toContain('138****5678');

      await page.getByRole('tab', { name: new RegExp(t('reports.sheets.received')) }).click();
      await received.getByRole('link', { name: waiting.number }).click();
      await expect(page.getByRole('heading', { name: new RegExp(waiting.number) })).toBeVisible();
      expect(repaired.state).toBe('picked-up');
    });

    test('a manager has each day’s log saved to a folder; a folder that is not there is refused and nothing changes', async ({
      page,
      snap,
    }) => {
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await goTo(page, lang, 'settings');
      await page.getByRole('tab', { name: t('settings.reports'), exact: true }).click();
      const form = page.getByRole('form', { name: t('reportSchedule.title') });
      const enabled = form.getByRole('switch', { name: t('reportSchedule.enabled') });
      const folder = form.getByRole('textbox', { name: t('reportSchedule.folder') });
      await expect(enabled).not.toBeChecked();

      // On without a folder, then a folder that does not exist: both refused beside the field.
      await enabled.check();
      await form.getByRole('button', { name: t('reportSchedule.save') }).click();
      await expect(form.getByText(t('validation.folderRequired'))).toBeVisible();
      const missing = join(tmpdir(), 'frontdesk-no-such-folder', lang);
      await folder.fill(missing);
      await form.getByRole('button', { name: t('reportSchedule.save') }).click();
      await expect(form.getByText(t('reportSchedule.problem.folderMissing', { folder: missing }))).toBeVisible();
      expect(await callApi(page, 'settings-report-schedule-get', {})).toMatchObject({ enabled: false, folder: '' });
      expect(await accessibilityProblems(page)).toEqual([]);
      await snap('report-schedule-refused');

      const reports = mkdtempSync(join(tmpdir(), 'frontdesk-reports-'));
      try {
        await folder.fill(reports);
        await form.getByRole('button', { name: t('reportSchedule.save') }).click();
        await expect(page.getByText(t('reportSchedule.saved'), { exact: true })).toBeVisible();
        const today = shopToday(new Date(), 'Asia/Shanghai');
        await expect(form.getByText(t('reportSchedule.since', { day: today }))).toBeVisible();
        await expect(form.getByText(t('reportSchedule.nothingYet'))).toBeVisible();
        await snap('report-schedule');
        await page.reload();
        await page.getByRole('tab', { name: t('settings.reports'), exact: true }).click();
        await expect(page.getByRole('switch', { name: t('reportSchedule.enabled') })).toBeChecked();
        await expect(page.getByRole('textbox', { name: t('reportSchedule.folder') })).toHaveValue(reports);
      } finally {
        rmSync(reports, { recursive: true, force: true });
      }
    });

    test('a manager previews the daily log on paper, prints it, and the PDF is A4 turned sideways with phones masked', async ({
      page,
      snap,
    }, testInfo) => {
      const { repaired, waiting } = await dayAtTheShop(page, lang);
      await signOut(page, lang, admin.name);
      await signIn(page, lang, manager.name, manager.pin);
      await goTo(page, lang, 'reports');
      await page.getByRole('tab', { name: t('reports.page.tabs.dayLog') }).click();
      const exports = page.getByRole('group', { name: t('reports.export.label') });
      await exports.getByRole('button', { name: t('reports.print.button') }).click();

      const today = shopToday(new Date(), 'Asia/Shanghai');
      const preview = page.getByRole('dialog', { name: t('reports.print.previewTitle', { days: today }) });
      await expect(preview.getByRole('combobox', { name: t('printing.panel.paper') })).toHaveValue(
        t('printing.papers.a4-landscape'),
      );
      const sheet = preview.frameLocator('iframe');
      await expect(sheet.getByText(repaired.number).first()).toBeVisible();
      await expect(sheet.getByText(waiting.number).first()).toBeVisible();
      await expect(sheet.getByText('138****5678').first()).toBeVisible();
      // The screen around the sheet; the sheet itself is checked on paper below.
      expect(await accessibilityProblems(page, { withoutFrames: true, data: [manager.name] })).toEqual([]);
      await snap('reports-print-preview');

      // Printed from the preview: the browser's dialog, then the counter says it printed; the job is on record.
      await preview.getByRole('button', { name: t('printing.panel.print'), exact: true }).click();
      const question = page.getByRole('dialog', { name: t('printing.question.title') });
      await expect(question).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(question).toBeHidden();
      await expect(
        page.getByText(t('printing.panel.sentBrowser', { document: t('printing.documents.day-log') })),
      ).toBeVisible();

      // On paper, as any browser prints it from its address: A4 sideways, the shop, both tickets, no whole phone.
      const pdf = testInfo.outputPath(`day-log-${lang}.pdf`);
      mkdirSync(testInfo.outputPath(), { recursive: true });
      const paper = await page.context().newPage();
      const response = await paper.goto(`${new URL(page.url()).origin}/documents/day-log/${today}?lang=${lang}`);
      expect(response?.status()).toBe(200);
      await paper.evaluate(() => document.fonts.ready);
      await paper.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      await paper.close();
      const sizes = await pdfPageSizes(pdf);
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) {
        expect(Math.abs(size.widthMm - 297)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(size.heightMm - 210)).toBeLessThanOrEqual(0.5);
      }
      const flat = (text: string) => text.replace(/\s+/gu, '');
      const text = flat(await pdfText(pdf));
      for (const wanted of [
        repaired.number,
        waiting.number,
        '138****5678',
        manager.name,
        t('printing.documents.day-log'),
      ])
        expect(text).toContain(flat(wanted));
      expect(text).not.toContain('13812345678');
      const pictures = resolve('test/artifacts/documents');
      mkdirSync(pictures, { recursive: true });
      await rasterize(pdf, { dpi: 110, format: 'png', directory: pictures, prefix: `day-log-${lang}` });
    });

    test('reception and technicians are told Reports are for managers, and the core refuses them', async ({ page }) => {
      await dayAtTheShop(page, lang);
      let signedIn = admin.name;
      for (const member of [reception, technician]) {
        await signOut(page, lang, signedIn);
        signedIn = member.name;
        await signIn(page, lang, member.name, member.pin);
        await goTo(page, lang, 'reports');
        await expect(page.getByText(t('reports.page.refused'))).toBeVisible();
        await expect(page.getByRole('tab', { name: t('reports.page.tabs.figures') })).toHaveCount(0);
        const refused = await page.evaluate(async () => {
          const response = await fetch('/api/reports-kpis', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ from: '2026-01-01', to: '2026-01-31' }),
          });
          return (await response.json()) as { ok: boolean; error?: { code: string } };
        });
        expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        // Nor is the daily log printed for them from its address.
        const printed = await page.evaluate(async () => (await fetch('/documents/day-log/2026-01-01')).status);
        expect(printed).toBe(403);
      }
    });
  });
}

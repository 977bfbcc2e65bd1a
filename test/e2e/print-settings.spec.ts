import type { Page } from '@playwright/test';
import type { Language, PrintSettings, StaffMember } from '../../shared/contract';
import { accessibilityProblems } from './accessibility';
import { expect, test } from './fixtures';
import { admin, callApi, completeSetup, expectSignedIn, goTo, submitSetup, words } from './flows';

const managers = { 'zh-CN': '王店长', en: 'Mia Manager' } as const;

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`print settings (${lang})`, () => {
    test.use({ lang });
    const t = words(lang);
    const receipt = t('printing.documents.receipt');
    const manager = { name: managers[lang], pin: '8642' };

    async function openPrintingTab(page: Page) {
      await goTo(page, lang, 'settings');
      await page.getByRole('tab', { name: t('printing.settings.tab'), exact: true }).click();
      const form = page.getByRole('form', { name: t('printing.settings.tab') });
      await expect(form).toBeVisible();
      return form;
    }

    async function switchTo(page: Page, name: string, pin: string) {
      await page.getByRole('button', { name: t('topBar.staffMenu', { name: admin.name }) }).click();
      await page.getByRole('menuitem', { name: t('topBar.switchStaff') }).click();
      const switcher = page.getByRole('dialog', { name: t('signIn.switchTitle') });
      await switcher.getByRole('radio', { name: new RegExp(name) }).check();
      await switcher.getByRole('textbox', { name: t('signIn.pin'), exact: true }).fill(pin);
      await switcher.getByRole('button', { name: t('signIn.switchSubmit') }).click();
      await expectSignedIn(page, lang, name);
    }

    test('a manager puts the receipt on 58 mm roll, one copy, printed on recording; it stays after a reload', async ({
      page,
      snap,
    }) => {
      test.slow();
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await callApi<StaffMember>(page, 'staff-create', { name: manager.name, role: 'manager', pin: manager.pin });
      await switchTo(page, manager.name, manager.pin);

      let form = await openPrintingTab(page);
      // Browser mode: the browser's dialog picks the printer, so there is none to choose here.
      await expect(form.getByText(t('printing.settings.browserMode'))).toBeVisible();
      await expect(
        form.getByRole('combobox', { name: t('printing.settings.printerFor', { document: receipt }) }),
      ).toHaveCount(0);
      await snap('print-settings');
      expect(await accessibilityProblems(page)).toEqual([]);

      const paper = t('printing.settings.paperFor', { document: receipt });
      const copies = t('printing.settings.copiesFor', { document: receipt });
      const autoPrint = t('printing.settings.autoPrintFor', { document: receipt });
      await form.getByRole('combobox', { name: paper }).selectOption({ label: t('printing.papers.roll-58') });
      await form.getByRole('textbox', { name: copies }).fill('1');
      await form.getByRole('switch', { name: autoPrint }).check();
      await expect(form.getByText(t('serviceSettings.unsaved'))).toBeVisible();
      await snap('print-settings-unsaved');
      await form.getByRole('button', { name: t('common.save') }).click();
      await expect(page.getByText(t('printing.settings.saved'))).toBeVisible();
      await expect(form.getByText(t('serviceSettings.unsaved'))).toBeHidden();
      await snap('print-settings-saved');

      await page.reload();
      await expectSignedIn(page, lang, manager.name);
      form = await openPrintingTab(page);
      await expect(form.getByRole('combobox', { name: paper })).toHaveValue('roll-58');
      await expect(form.getByRole('textbox', { name: copies })).toHaveValue('1');
      await expect(form.getByRole('switch', { name: autoPrint })).toBeChecked();
      const saved = await callApi<PrintSettings>(page, 'settings-printing-get', {});
      expect(saved).toEqual({
        receipt: { printer: '', paper: 'roll-58', copies: 1, autoPrint: true },
        'work-order': { printer: '', paper: 'a4', copies: 1, autoPrint: false },
        'pickup-receipt': { printer: '', paper: 'roll-80', copies: 2, autoPrint: false },
        'device-label': { printer: '', paper: 'label-50x30', copies: 1, autoPrint: false },
        quote: { printer: '', paper: 'a5', copies: 1, autoPrint: false },
        'day-log': { printer: '', paper: 'a4-landscape', copies: 1, autoPrint: false },
      });
    });

    test('a test page goes to the browser’s print dialog', async ({ page, snap }) => {
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      const form = await openPrintingTab(page);
      const label = t('printing.documents.device-label');
      await form
        .getByRole('combobox', { name: t('printing.settings.paperFor', { document: label }) })
        .selectOption({ label: t('printing.papers.label-60x40') });

      // The test page uses the row as it stands, saved or not.
      const printed = page.waitForRequest((request) => request.url().endsWith('/api/print-document'));
      await form
        .getByRole('button', {
          name: t('printing.settings.testPageForPaper', { document: label, paper: t('printing.papers.label-60x40') }),
        })
        .click();
      const question = page.getByRole('dialog', { name: t('printing.question.title') });
      await expect(question).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(question).toBeHidden();
      expect((await printed).postDataJSON()).toEqual({
        document: 'test-page',
        ticketId: null,
        language: lang,
        paper: 'label-60x40',
        printer: '',
      });
      await expect(
        page.getByText(t('printing.panel.sentBrowser', { document: t('printing.documents.test-page') })),
      ).toBeVisible();
      await snap('print-settings-test-page');
    });
  });
}

import type { Customer, Language, TicketDetail } from '../../shared/contract';
import { repairIntake } from '../fixtures/sample-intakes';
import { accessibilityProblems } from './accessibility';
import { expect, test } from './fixtures';
import { callApi, completeSetup, submitSetup, words } from './flows';

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`printing (${lang})`, () => {
    // Without motion a dialog is either there or gone when its contrast is checked.
    test.use({ lang, reducedMotion: 'reduce' });

    test('a recorded ticket is previewed, printed, reprinted as 补打 1, and the history shows both', async ({
      page,
      app,
      snap,
    }) => {
      const t = words(lang);
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      const customer = await callApi<Customer>(page, 'customers-create', { name: '王芳', phone: '13812345678' });
      const ticket = await callApi<TicketDetail>(page, 'intake-save', repairIntake(customer.id));
      await page.goto(`${app.url}/#/tickets/${ticket.id}`);
      const detail = page.getByRole('main');
      await expect(detail.getByRole('heading', { level: 1, name: new RegExp(ticket.number) })).toBeVisible();

      // The preview is the document itself, on its paper.
      await detail.getByRole('button', { name: t('printing.panel.more') }).click();
      await page.getByRole('menuitem', { name: t('printing.panel.previewAll') }).click();
      const receipt = t('printing.documents.receipt');
      const dialog = page.getByRole('dialog', {
        name: new RegExp(t('printing.panel.previewOf', { document: receipt })),
      });
      // After the browser's dialog closes, the counter says whether it printed: Enter for yes.
      const answerPrinted = async (key: 'Enter' | 'Escape', options: { check?: boolean } = {}) => {
        const question = page.getByRole('dialog', { name: t('printing.question.title') });
        await expect(question).toBeVisible();
        await expect(question.getByRole('button', { name: t('printing.question.yes') })).toBeFocused();
        if (options.check) expect(await accessibilityProblems(page, { withoutFrames: true })).toEqual([]);
        await page.keyboard.press(key);
        await expect(question).toBeHidden();
      };
      const paper = dialog.frameLocator(`iframe[title="${t('printing.panel.frameTitle', { document: receipt })}"]`);
      // Two copies: the customer's and the shop's.
      await expect(paper.getByText(ticket.number, { exact: true })).toHaveCount(2);
      await expect(paper.getByText('138****5678').first()).toBeVisible();
      await expect(paper.getByText(t('printing.copyLabels.customer'), { exact: true })).toBeVisible();
      await expect(paper.getByText(t('printing.copyLabels.shop'), { exact: true })).toBeVisible();
      await snap('print-preview');
      expect(await accessibilityProblems(page, { withoutFrames: true })).toEqual([]);

      // Print: browser mode hands it to the browser's print dialog and records it.
      // A print dialog cancelled: said so, it does not count, and the next print is still the first.
      await dialog.getByRole('button', { name: t('printing.panel.print'), exact: true }).click();
      await answerPrinted('Escape', { check: true });
      await expect(page.getByText(t('printing.panel.notPrinted', { document: receipt }))).toBeVisible();
      await expect(dialog.getByRole('button', { name: t('printing.panel.print'), exact: true })).toBeVisible();
      await expect(paper.getByText(t('printing.reprint', { count: 1 }))).toHaveCount(0);

      await dialog.getByRole('button', { name: t('printing.panel.print'), exact: true }).click();
      await answerPrinted('Enter');
      await expect(page.getByText(t('printing.panel.sentBrowser', { document: receipt }))).toBeVisible();

      // Printing again is a reprint, and the paper says so.
      await expect(dialog.getByText(t('printing.panel.willBeReprint', { count: 1 }))).toBeVisible();
      await expect(paper.getByText(t('printing.reprint', { count: 1 })).first()).toBeVisible();
      await snap('print-preview-reprint');
      await dialog.getByRole('button', { name: t('printing.panel.reprint'), exact: true }).click();
      await answerPrinted('Enter');
      await expect(dialog.getByText(t('printing.panel.willBeReprint', { count: 2 }))).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      const history = detail.getByRole('table', { name: t('printing.panel.history') });
      const rows = history.getByRole('row');
      await expect(rows).toHaveCount(4);
      await expect(rows.nth(1)).toContainText(t('printing.panel.reprintCount', { count: 1 }));
      await expect(rows.nth(2)).toContainText(t('printing.panel.original'));
      await expect(rows.nth(3)).toContainText(t('printing.failures.cancelled'));
      await expect(history.getByText(t('printing.states.sent'))).toHaveCount(2);
      await expect(
        detail.getByRole('button', {
          name: t('printing.panel.reprintShort', { document: t('printing.short.receipt') }),
        }),
      ).toBeVisible();
      await snap('ticket-print-history', { fullPage: true });
      expect(await accessibilityProblems(page)).toEqual([]);

      // The same document at its stable address, as it would print now (the third printing).
      const html = await page.evaluate(
        async (url) => (await fetch(url)).text(),
        `/documents/receipt/${ticket.number}?lang=${lang}`,
      );
      expect(html).toContain(t('printing.reprint', { count: 2 }));

      // One click prints the work order with the counter's settings.
      await detail
        .getByRole('button', { name: t('printing.panel.printShort', { document: t('printing.short.work-order') }) })
        .click();
      await answerPrinted('Enter');
      await expect(
        page.getByText(t('printing.panel.sentBrowser', { document: t('printing.documents.work-order') })),
      ).toBeVisible();
      await expect(rows).toHaveCount(5);
    });
  });
}

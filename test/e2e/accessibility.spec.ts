import type { Language } from '../../shared/contract';
import { accessibilityProblems as problems } from './accessibility';
import { expect, test } from './fixtures';
import { admin, callApi, completeSetup, createCustomer, goTo, signOut, submitSetup, words } from './flows';

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`accessibility (${lang})`, () => {
    // Without motion a notice or dialog is either there or gone: a fading one read half-transparent
    // fails the contrast check by chance, depending on when its four seconds end.
    test.use({ lang, reducedMotion: 'reduce' });
    const t = words(lang);

    test('setup, sign-in, customers, a customer and settings have no serious WCAG problems', async ({ page }) => {
      await expect(page.getByRole('heading', { name: t('setup.title') })).toBeVisible();
      expect(await problems(page)).toEqual([]);

      await completeSetup(page, lang);
      await submitSetup(page, lang);
      expect(await problems(page)).toEqual([]);

      await createCustomer(page, lang, { name: lang === 'en' ? 'Mary Major' : '王小明', phone: '13812345678' });
      expect(await problems(page)).toEqual([]);

      await goTo(page, lang, 'customers');
      await expect(page.getByRole('table')).toBeVisible();
      expect(await problems(page)).toEqual([]);

      await goTo(page, lang, 'settings');
      await page.getByRole('tab', { name: t('settings.staff') }).click();
      await expect(page.getByRole('table')).toBeVisible();
      expect(await problems(page)).toEqual([]);
      await page.getByRole('button', { name: t('settings.addStaff') }).click();
      await expect(page.getByRole('dialog', { name: t('settings.addStaff') })).toBeVisible();
      expect(await problems(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await signOut(page, lang, admin.name);
      expect(await problems(page)).toEqual([]);
    });

    test('every step of the reception flow has no serious WCAG problems', async ({ page }) => {
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      const customer = await callApi<{ id: number; name: string }>(page, 'customers-create', {
        name: lang === 'en' ? 'Mary Major' : '王芳',
        phone: '13812345678',
      });
      await goTo(page, lang, 'reception');
      await page.getByRole('textbox', { name: t('reception.greet.search') }).fill('5678');
      await page.getByRole('button', { name: new RegExp(customer.name) }).click();
      await expect(page.getByRole('heading', { name: customer.name })).toBeVisible();
      expect(await problems(page)).toEqual([]);
      for (const step of ['listen', 'classify', 'propose', 'confirm'] as const) {
        await page.keyboard.press('Control+Enter');
        await expect(page.getByRole('button', { name: new RegExp(t(`reception.steps.${step}`)) })).toHaveAttribute(
          'data-progress',
          'true',
        );
        if (step === 'listen') {
          await page.getByRole('combobox', { name: t('reception.listen.productCategory') }).click();
          await page.getByRole('option').first().click();
          await page.getByRole('textbox', { name: t('reception.listen.fault') }).fill('—');
        }
        expect(await problems(page), step).toEqual([]);
      }
    });
  });
}

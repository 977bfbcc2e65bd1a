import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Language } from '../../shared/contract';
import { expect, test } from './fixtures';
import { admin, callApi, completeSetup, createCustomer, goTo, signOut, submitSetup, words } from './flows';

/**
 * Words that read the same in a Chinese screen: keys, the app's and the other language's names,
 * units and codes, and the sample data these tests type (the administrator's name, brands and models).
 */
const sharedWords = new RegExp(
  String.raw`\b(?:Ctrl|Alt|Shift|Enter|Esc|Tab|FrontDesk|English|PIN|SLA|IMEI|QR|PDF|SIM|USB|HDMI|A[45]|mm|Huawei|Mate|Pro|Lenovo|ThinkPad|Gree|KFR|${admin.name})\b`,
  'gu',
);

/**
 * Accessible names in English on a Chinese screen: every name a screen reader would announce
 * (from Playwright's accessibility snapshot) that still holds an English word once shared words are
 * taken out. Each comes from a catalog, so none should.
 */
async function englishNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const names = [...snapshot.matchAll(/^\s*- [\w-]+ "((?:[^"\\]|\\.)*)"/gmu)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => /[A-Za-z]{3,}/u.test(name.replace(sharedWords, ''))))];
}

/** Serious and critical WCAG problems on the page as it is now, described for a readable failure. */
async function problems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.any.map((check) => check.message).join(' ')}`).join(', ')}`,
    );
  return page
    .evaluate(() => document.documentElement.lang)
    .then(async (lang) =>
      lang === 'zh-CN' ? [...found, ...(await englishNames(page)).map((name) => `English name: ${name}`)] : found,
    );
}

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

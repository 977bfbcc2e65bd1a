import type { Page } from '@playwright/test';
import type { Customer, Language, TicketDetail } from '../../shared/contract';
import { expect, test } from './fixtures';
import { callApi, completeSetup, goTo, submitSetup, words } from './flows';

/** Fills a labelled field with the keyboard only: focus is already there. */
async function typeHere(page: Page, text: string) {
  await page.keyboard.type(text, { delay: 40 });
}

async function expectFocused(page: Page, role: Parameters<Page['getByRole']>[0], name: string) {
  await expect(page.getByRole(role, { name, exact: false }).first()).toBeFocused();
}

/** A returning customer: on file, with a phone repaired here before. */
async function returningCustomer(page: Page, lang: Language) {
  const customer = await callApi<Customer>(page, 'customers-create', {
    name: lang === 'en' ? 'Mary Major' : '王芳',
    phone: '13812345678',
  });
  await callApi<TicketDetail>(page, 'intake-save', {
    customer: { kind: 'existing', id: customer.id },
    serviceType: 'repair',
    device: {
      productCategory: 'phone',
      brand: 'Huawei',
      model: 'Mate 60 Pro',
      serial: '861234567890123',
      purchaseDate: '2026-03-01',
      purchaseChannel: 'JD.com',
    },
    priority: 'normal',
    faultDescription: lang === 'en' ? 'Battery drains fast' : '耗电快',
    consent: { method: 'tick', accepted: true },
  });
  return customer;
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`reception (${lang})`, () => {
    test.use({ lang });
    const t = words(lang);

    test('a returning customer’s repair, from greeting to a recorded ticket, entirely by keyboard', async ({
      page,
      snap,
    }) => {
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      const customer = await returningCustomer(page, lang);
      await page.keyboard.press('Alt+1');
      const search = page.getByRole('textbox', { name: t('reception.greet.search') });
      await expect(search).toBeFocused();

      // Greet: four digits of the phone find them; Enter takes the first match.
      await typeHere(page, '5678');
      await expect(page.getByRole('button', { name: new RegExp(customer.name) })).toBeVisible();
      await snap('reception-greet-search');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: customer.name })).toBeVisible();
      await expect(page.getByRole('button', { name: t('reception.greet.useDevice') })).toBeFocused();
      await snap('reception-greet-customer');
      await page.keyboard.press('Enter');

      // Listen: the device is known, so the fault is where the typing starts.
      await expect(page.getByRole('textbox', { name: t('reception.listen.fault') })).toBeFocused();
      await typeHere(
        page,
        lang === 'en' ? 'Dropped it, the screen is cracked; touch still works' : '摔了一下，屏幕碎了，触摸还能用',
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // charger
      await snap('reception-listen');
      await page.keyboard.press('Control+Enter');

      // Classify: repair is chosen; the fault category by typing; the warranty shows at once.
      await expect(page.getByRole('radio', { name: t('serviceTypes.repair') })).toBeFocused();
      await page.keyboard.press('Tab');
      await expectFocused(page, 'combobox', t('reception.classify.faultCategory'));
      await typeHere(page, lang === 'en' ? 'Cracked' : '屏幕碎裂');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.getByText(t('warranty.status.maker'))).toBeVisible();
      await snap('reception-classify');
      await page.keyboard.press('Control+Enter');

      // Propose: the usual solution for a cracked screen fills the estimate.
      await expectFocused(page, 'combobox', t('reception.propose.template'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('table', { name: t('reception.propose.estimate') }).getByRole('row')).toHaveCount(3);
      await snap('reception-propose');
      await page.keyboard.press('Control+Enter');

      // Confirm: read back, the customer agrees, Ctrl+Enter records.
      await expect(page.getByRole('checkbox', { name: t('reception.confirm.agree') })).toBeFocused();
      await page.keyboard.press('Space');
      await snap('reception-confirm');
      await page.keyboard.press('Control+Enter');

      await expect(page.getByRole('heading', { name: t('reception.record.recorded') })).toBeVisible();
      const number = page.getByLabel(t('reception.record.number'));
      await expect(number).toHaveText(/^\d{8}-0002$/u);
      await expect(page.getByText(t('reception.record.printingNotYet'))).toBeVisible();
      await snap('reception-recorded');

      // The ticket is in the list, with the customer's device and a promised time.
      const recorded = await number.textContent();
      await goTo(page, lang, 'tickets');
      await expect(page.getByRole('row', { name: new RegExp(recorded ?? '') })).toBeVisible();
    });
  });
}

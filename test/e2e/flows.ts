import { expect, type Page } from '@playwright/test';
import type { Language } from '../../shared/contract';
import { createTranslator } from '../../shared/i18n';

export const admin = { name: 'Ada Admin', pin: '246810' };

/** The UI's own words in a language, so one test reads the same in Chinese and English. */
export function words(lang: Language) {
  return createTranslator(lang);
}

export async function completeSetup(page: Page, lang: Language): Promise<void> {
  const t = words(lang);
  await expect(page.getByRole('heading', { name: t('setup.title') })).toBeVisible();
  await page
    .getByRole('textbox', { name: t('setup.shopName') })
    .fill(lang === 'zh-CN' ? '华东家电售后服务中心' : 'Eastside Appliance Service');
  await page
    .getByRole('textbox', { name: t('setup.shopAddress') })
    .fill(lang === 'zh-CN' ? '上海市徐汇区漕溪北路 88 号' : '88 Harbour Road');
  await page.getByRole('textbox', { name: t('setup.shopPhone') }).fill('021-6482 0000');
  await page
    .getByRole('textbox', { name: t('setup.shopHours') })
    .fill(lang === 'zh-CN' ? '周一至周日 9:00–18:00' : 'Mon–Sun 9:00–18:00');
  await page.getByRole('textbox', { name: t('setup.adminName') }).fill(admin.name);
  await page.getByRole('textbox', { name: t('setup.adminPin'), exact: true }).fill(admin.pin);
  await page.getByRole('textbox', { name: t('setup.adminPinConfirm'), exact: true }).fill(admin.pin);
}

export async function submitSetup(page: Page, lang: Language): Promise<void> {
  const t = words(lang);
  await page.getByRole('button', { name: t('setup.submit') }).click();
  await expectSignedIn(page, lang, admin.name);
}

export async function expectSignedIn(page: Page, lang: Language, name: string): Promise<void> {
  await expect(page.getByRole('button', { name: words(lang)('topBar.staffMenu', { name }) })).toBeVisible();
}

/** On the sign-in screen: picks the staff member and enters the PIN. */
export async function signIn(page: Page, lang: Language, name: string, pin: string): Promise<void> {
  const t = words(lang);
  await expect(page.getByRole('heading', { name: t('signIn.title') })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(name) }).check();
  await page.getByRole('textbox', { name: t('signIn.pin'), exact: true }).fill(pin);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
}

export async function signOut(page: Page, lang: Language, name: string): Promise<void> {
  const t = words(lang);
  await page.getByRole('button', { name: t('topBar.staffMenu', { name }) }).click();
  await page.getByRole('menuitem', { name: t('topBar.signOut') }).click();
  await expect(page.getByRole('heading', { name: t('signIn.title') })).toBeVisible();
}

export async function goTo(
  page: Page,
  lang: Language,
  section: 'reception' | 'tickets' | 'customers' | 'reports' | 'settings',
) {
  const t = words(lang);
  await page
    .getByRole('navigation', { name: t('nav.main') })
    .getByRole('link', { name: t(`nav.${section}`) })
    .click();
}

export interface NewCustomer {
  name: string;
  phone: string;
  company?: string;
  address?: string;
}

/** Opens "New customer", fills the form and saves; ends on the customer's page. */
export async function createCustomer(page: Page, lang: Language, customer: NewCustomer): Promise<void> {
  const t = words(lang);
  await goTo(page, lang, 'customers');
  await page.getByRole('button', { name: t('customers.new') }).click();
  const dialog = page.getByRole('dialog', { name: t('customers.createTitle') });
  await dialog.getByRole('textbox', { name: t('customers.name') }).fill(customer.name);
  await dialog.getByRole('textbox', { name: t('customers.phone') }).fill(customer.phone);
  if (customer.company) await dialog.getByRole('textbox', { name: t('customers.company') }).fill(customer.company);
  if (customer.address) await dialog.getByRole('textbox', { name: t('customers.address') }).fill(customer.address);
  await dialog.getByRole('button', { name: t('common.save') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: customer.name })).toBeVisible();
}

/** Calls a core handler over HTTP as the signed-in page (its session cookie), for test set-up. */
export async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([handler, body]) => {
      const response = await fetch(`/api/${handler}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/**
 * A barcode scanner in keyboard mode: the code's keys and Enter in one burst, faster than anyone
 * types (sent from inside the page, so a busy test machine cannot spread them out).
 */
export async function scan(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    for (const key of [...text, 'Enter'])
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, code);
}

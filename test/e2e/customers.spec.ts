import type { Language } from '../../shared/contract';
import { expect, test } from './fixtures';
import { admin, completeSetup, createCustomer, expectSignedIn, goTo, signIn, submitSetup, words } from './flows';

const people = {
  'zh-CN': { first: '王小明', edited: '王晓明', other: '李雷', company: '东方家电' },
  en: { first: 'Mary Major', edited: 'Mary Major-Lee', other: 'John Doe', company: 'Eastside Appliances' },
} as const;

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`customers (${lang})`, () => {
    test.use({ lang });
    const t = words(lang);
    const person = people[lang];

    test('set up, sign in, create a customer, find them by phone digits, edit, and still have them after a restart', async ({
      page,
      app,
      snap,
    }) => {
      await completeSetup(page, lang);
      await snap('setup');
      await submitSetup(page, lang);
      await expect(page.getByRole('heading', { name: t('reception.title') })).toBeVisible();

      // An invalid phone is refused beside the field, and nothing is created.
      await goTo(page, lang, 'customers');
      await expect(page.getByText(t('customers.empty'))).toBeVisible();
      await snap('customers-empty');
      await page.getByRole('button', { name: t('customers.new') }).click();
      const dialog = page.getByRole('dialog', { name: t('customers.createTitle') });
      await dialog.getByRole('textbox', { name: t('customers.name') }).fill(person.first);
      await dialog.getByRole('textbox', { name: t('customers.phone') }).fill('12345');
      await dialog.getByRole('button', { name: t('common.save') }).click();
      await expect(dialog.getByText(t('validation.phone'))).toBeVisible();
      await expect(dialog.getByRole('textbox', { name: t('customers.phone') })).toHaveAttribute('aria-invalid', 'true');
      await snap('customer-invalid-phone');
      await dialog.getByRole('button', { name: t('common.cancel') }).click();
      await expect(page.getByText(t('customers.empty'))).toBeVisible();

      await createCustomer(page, lang, { name: person.first, phone: '138 1234 5678', company: person.company });
      await expect(page.getByText('138 1234 5678')).toBeVisible();
      await snap('customer-detail');
      await createCustomer(page, lang, { name: person.other, phone: '+44 20 7946 0958' });

      // Global search: a phone fragment from the middle of the number finds the customer.
      const search = page.getByRole('combobox', { name: t('topBar.search') });
      await search.fill('1234');
      const option = page.getByRole('option', { name: new RegExp(person.first) });
      await expect(option).toBeVisible();
      await expect(page.getByRole('option', { name: new RegExp(person.other) })).toHaveCount(0);
      await snap('global-search');
      await search.press('Enter');
      await expect(page.getByRole('heading', { name: person.first })).toBeVisible();

      // The customer list filters by the same fragment.
      await goTo(page, lang, 'customers');
      await page.getByRole('textbox', { name: t('customers.filter') }).fill('7946');
      await expect(page.getByRole('row', { name: new RegExp(person.other) })).toBeVisible();
      await expect(page.getByRole('row', { name: new RegExp(person.first) })).toHaveCount(0);
      await page.getByRole('textbox', { name: t('customers.filter') }).fill('');
      await expect(page.getByRole('row', { name: new RegExp(person.first) })).toBeVisible();
      await snap('customers-list');

      // Edit.
      await page.getByRole('row', { name: new RegExp(person.first) }).click();
      await page.getByRole('button', { name: t('common.edit') }).click();
      const edit = page.getByRole('dialog', { name: t('customers.editTitle') });
      await edit.getByRole('textbox', { name: t('customers.name') }).fill(person.edited);
      await edit.getByRole('button', { name: t('common.save') }).click();
      await expect(page.getByRole('heading', { name: person.edited })).toBeVisible();

      // After a restart the session is gone but the data is not.
      await app.restart();
      await signIn(page, lang, admin.name, admin.pin);
      await expectSignedIn(page, lang, admin.name);
      await goTo(page, lang, 'customers');
      await page.getByRole('textbox', { name: t('customers.filter') }).fill('5678');
      await page.getByRole('row', { name: new RegExp(person.edited) }).click();
      await expect(page.getByRole('heading', { name: person.edited })).toBeVisible();
      await expect(page.getByText(person.company)).toBeVisible();
    });
  });
}

import { expect, test } from './fixtures';
import {
  admin,
  completeSetup,
  createCustomer,
  expectSignedIn,
  goTo,
  signIn,
  signOut,
  submitSetup,
  words,
} from './flows';

test.describe('sign-in (en)', () => {
  test.use({ lang: 'en' });
  const t = words('en');

  test('a wrong PIN is refused with the attempts left; the right one signs in', async ({ page, snap }) => {
    await completeSetup(page, 'en');
    await submitSetup(page, 'en');
    await signOut(page, 'en', admin.name);
    await snap('sign-in');

    await signIn(page, 'en', admin.name, '999999');
    await expect(page.getByText(t('errors.wrongPin', { attemptsLeft: 4 }))).toBeVisible();
    await expect(page.getByRole('heading', { name: t('signIn.title') })).toBeVisible();
    await snap('sign-in-wrong-pin');

    await page.getByRole('textbox', { name: t('signIn.pin'), exact: true }).fill(admin.pin);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await expectSignedIn(page, 'en', admin.name);
  });

  test('five wrong PINs lock the account, even with the right PIN afterwards', async ({ page }) => {
    await completeSetup(page, 'en');
    await submitSetup(page, 'en');
    await signOut(page, 'en', admin.name);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await signIn(page, 'en', admin.name, '999999');
      await expect(page.getByText(t('errors.wrongPin', { attemptsLeft: 5 - attempt }))).toBeVisible();
    }
    await signIn(page, 'en', admin.name, '999999');
    await expect(page.getByText(/Too many wrong PINs/)).toBeVisible();
    await signIn(page, 'en', admin.name, admin.pin);
    await expect(page.getByText(/Too many wrong PINs/)).toBeVisible();
    await expect(page.getByRole('heading', { name: t('signIn.title') })).toBeVisible();
  });
});

test.describe('staff (zh-CN)', () => {
  test.use({ lang: 'zh-CN' });
  const t = words('zh-CN');

  test('an admin adds a technician, who takes over the counter and sees phones masked', async ({ page, snap }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await completeSetup(page, 'zh-CN');
    await submitSetup(page, 'zh-CN');
    await createCustomer(page, 'zh-CN', { name: '王小明', phone: '13812345678' });

    await goTo(page, 'zh-CN', 'settings');
    await page.getByRole('tab', { name: t('settings.staff') }).click();
    await page.getByRole('button', { name: t('settings.addStaff') }).click();
    const dialog = page.getByRole('dialog', { name: t('settings.addStaff') });
    await dialog.getByRole('textbox', { name: t('settings.name') }).fill('张工');
    await dialog.getByRole('combobox', { name: t('settings.role') }).click();
    await page.getByRole('option', { name: t('roles.technician') }).click();
    await dialog.getByRole('textbox', { name: t('setup.adminPin'), exact: true }).fill('1357');
    await dialog.getByRole('textbox', { name: t('setup.adminPinConfirm'), exact: true }).fill('1357');
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await expect(page.getByRole('cell', { name: '张工', exact: true })).toBeVisible();
    await expect(page.getByText(t('settings.staffCreated', { name: '张工' }))).toBeVisible();

    // Straight away, while the administrator's message is still up: it must not outlive the session.
    await page.getByRole('button', { name: t('topBar.staffMenu', { name: admin.name }) }).click();
    await page.getByRole('menuitem', { name: t('topBar.switchStaff') }).click();
    const switcher = page.getByRole('dialog', { name: t('signIn.switchTitle') });
    await switcher.getByRole('radio', { name: /张工/ }).check();
    await switcher.getByRole('textbox', { name: t('signIn.pin'), exact: true }).fill('1357');
    await switcher.getByRole('button', { name: t('signIn.switchSubmit') }).click();
    await expectSignedIn(page, 'zh-CN', '张工');
    // What the administrator was told is not for the technician: gone as the session changes (its
    // closing transition, well under a second), not seconds later when it would time out.
    await expect(page.getByText(t('settings.staffCreated', { name: '张工' }))).toHaveCount(0, { timeout: 1_000 });
    await snap('settings-staff-technician');

    await goTo(page, 'zh-CN', 'customers');
    await page.getByRole('row', { name: /王小明/ }).click();
    await expect(page.getByText('138****5678')).toBeVisible();
    await expect(page.getByText('138 1234 5678')).toHaveCount(0);
    await expect(page.getByText(t('customers.phoneHidden'))).toBeVisible();
    await expect(page.getByRole('button', { name: t('common.edit') })).toHaveCount(0);
    await snap('customer-detail-technician');

    await goTo(page, 'zh-CN', 'settings');
    await page.getByRole('tab', { name: t('settings.staff') }).click();
    await expect(page.getByText(t('settings.readOnly'))).toBeVisible();

    await signOut(page, 'zh-CN', '张工');
    // A signed-out start is normal: nothing to log, and nothing was asked for without a session.
    await page.reload();
    await expect(page.getByRole('heading', { name: t('signIn.title') })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a phone already on file offers the existing customer instead of a second record', async ({ page, snap }) => {
    await completeSetup(page, 'zh-CN');
    await submitSetup(page, 'zh-CN');
    await createCustomer(page, 'zh-CN', { name: '王小明', phone: '138 1234 5678' });

    await goTo(page, 'zh-CN', 'customers');
    await page.getByRole('button', { name: t('customers.new') }).click();
    const dialog = page.getByRole('dialog', { name: t('customers.createTitle') });
    await dialog.getByRole('textbox', { name: t('customers.name') }).fill('王晓明');
    await dialog.getByRole('textbox', { name: t('customers.phone') }).fill('+86 138-1234-5678');
    await dialog.getByRole('button', { name: t('common.save') }).click();
    const open = dialog.getByRole('button', { name: t('customers.openExisting', { name: '王小明' }) });
    await expect(open).toBeVisible();
    await snap('customer-duplicate');
    await open.click();
    await expect(page.getByRole('heading', { name: '王小明' })).toBeVisible();
    await goTo(page, 'zh-CN', 'customers');
    await expect(page.getByText(t('customers.count', { count: 1 }))).toBeVisible();
  });
});

test.describe('keyboard and language', () => {
  test('the counter works from the keyboard: shortcuts, Enter to save, Esc to back out', async ({ page }) => {
    const t = words('zh-CN');
    await completeSetup(page, 'zh-CN');
    await page.keyboard.press('Enter');
    await expectSignedIn(page, 'zh-CN', admin.name);

    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { name: t('customers.title'), exact: true })).toBeVisible();
    await page.keyboard.press('Alt+N');
    const dialog = page.getByRole('dialog', { name: t('customers.createTitle') });
    await expect(dialog.getByRole('textbox', { name: t('customers.name') })).toBeFocused();
    await page.keyboard.type('赵六');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13900001111');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: '赵六' })).toBeVisible();

    await page.keyboard.press('Control+K');
    await expect(page.getByRole('combobox', { name: t('topBar.search') })).toBeFocused();
    await page.keyboard.type('0000111');
    await expect(page.getByRole('option', { name: /赵六/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('combobox', { name: t('topBar.search') })).toHaveValue('');

    await page.keyboard.press('Alt+E');
    const edit = page.getByRole('dialog', { name: t('customers.editTitle') });
    await expect(edit).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(edit).toBeHidden();
  });

  test('the language choice is remembered on this computer', async ({ page, app }) => {
    await expect(page.getByRole('heading', { name: words('zh-CN')('setup.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('radiogroup', { name: '语言' }).getByText('English').click();
    await expect(page.getByRole('heading', { name: words('en')('setup.title') })).toBeVisible();
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: words('en')('setup.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

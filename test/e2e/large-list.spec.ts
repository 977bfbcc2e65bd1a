import { expect, test } from './fixtures';
import { completeSetup, goTo, submitSetup, words } from './flows';

test.describe('a year of customers (100,000)', () => {
  test.use({ seedCustomers: 100_000, lang: 'zh-CN' });
  test.setTimeout(120_000);
  const t = words('zh-CN');

  test('the list opens, sorts, scrolls to the end and filters at full size', async ({ page, snap }) => {
    await completeSetup(page, 'zh-CN');
    await submitSetup(page, 'zh-CN');
    await goTo(page, 'zh-CN', 'customers');
    await expect(page.getByText(/100,?000/u).first()).toBeVisible();
    const grid = page.getByRole('table');
    await expect(grid.getByRole('row').nth(5)).toBeVisible();
    // Only what is on screen is rendered: a virtualised list, not 100,000 rows in the page.
    expect(await grid.getByRole('row').count()).toBeLessThan(100);
    await snap('customers-100k');

    await page.getByRole('columnheader', { name: new RegExp(t('customers.columns.createdAt')) }).click();
    await grid.getByRole('row').nth(1).focus();
    await page.keyboard.press('End');
    await expect(grid.locator('[aria-rowindex="100001"]')).toBeVisible();
    await snap('customers-100k-end');

    await page.getByRole('textbox', { name: t('customers.filter') }).fill('8888');
    // A new filter starts at the top of its results, with far fewer of them.
    await expect(page.getByText(/^匹配 [\d,]+ 位$/u)).toBeVisible();
    await expect(grid.locator('[aria-rowindex="2"]')).toBeVisible();
    await snap('customers-100k-filtered');
  });

  test('at 1920×1080 the list uses the room', async ({ page, snap }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await completeSetup(page, 'zh-CN');
    await submitSetup(page, 'zh-CN');
    await goTo(page, 'zh-CN', 'customers');
    await expect(page.getByRole('table').getByRole('row').nth(10)).toBeVisible();
    await snap('customers-100k-1080p');
  });
});

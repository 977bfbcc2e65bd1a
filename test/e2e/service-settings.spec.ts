import type { Locator, Page } from '@playwright/test';
import type { Language, ServiceSettings, StaffMember } from '../../shared/contract';
import { accessibilityProblems } from './accessibility';
import { expect, test } from './fixtures';
import { admin, callApi, completeSetup, expectSignedIn, goTo, submitSetup, words } from './flows';

type SectionId =
  'serviceTypes' | 'warranty' | 'hours' | 'categories' | 'templates' | 'checklists' | 'workflow' | 'pickup';

const text = {
  'zh-CN': {
    category: { zh: '智能手表', en: 'Smart watch' },
    fault: { zh: '表带断裂', en: 'Broken strap' },
    template: { zh: '更换表带', en: 'Replace the strap' },
    solution: { zh: '更换原厂表带并检查表扣。', en: 'Fit a genuine strap and check the clasp.' },
    part: { zh: '原厂表带', en: 'Genuine strap' },
    receptionist: '李前台',
  },
  en: {
    category: { zh: '智能手表', en: 'Smart watch' },
    fault: { zh: '表带断裂', en: 'Broken strap' },
    template: { zh: '更换表带', en: 'Replace the strap' },
    solution: { zh: '更换原厂表带并检查表扣。', en: 'Fit a genuine strap and check the clasp.' },
    part: { zh: '原厂表带', en: 'Genuine strap' },
    receptionist: 'Rita Reception',
  },
} as const;

const settingsNow = (page: Page) => callApi<ServiceSettings>(page, 'settings-service-get', {});

/** The product categories' codes: data shown beside each category's name, the same in both languages. */
async function categoryCodes(page: Page): Promise<string[]> {
  return (await settingsNow(page)).productCategories.map((category) => category.code);
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`service settings (${lang})`, () => {
    test.use({ lang });
    const t = words(lang);
    const words_ = text[lang];
    const sectionName = (id: SectionId) => t(`serviceSettings.sections.${id}`);

    async function openServiceTab(page: Page) {
      await goTo(page, lang, 'settings');
      await page.getByRole('tab', { name: t('serviceSettings.title'), exact: true }).click();
    }

    /** Opens a section of the Service tab; its form, named by its heading. */
    async function openSection(page: Page, id: SectionId): Promise<Locator> {
      await page.getByRole('tab', { name: sectionName(id) }).click();
      const form = page.getByRole('form', { name: sectionName(id) });
      await expect(form).toBeVisible();
      return form;
    }

    async function save(page: Page, form: Locator, id: SectionId) {
      await form.getByRole('button', { name: t('common.save') }).click();
      await expect(page.getByText(t('serviceSettings.saved', { section: sectionName(id) }))).toBeVisible();
      await expect(form.getByText(t('serviceSettings.unsaved'))).toBeHidden();
    }

    test('warranty days and the SLA target for 加急 are saved and stay after a reload', async ({ page, snap }) => {
      test.slow();
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await openServiceTab(page);

      const types = await openSection(page, 'serviceTypes');
      await expect(
        types.getByRole('switch', {
          name: t('serviceSettings.serviceTypes.enabledFor', { type: t('serviceTypes.repair') }),
        }),
      ).toBeChecked();
      await snap('service-types');
      expect(await accessibilityProblems(page)).toEqual([]);

      // Warranty and SLA: change, save, reload, still there.
      let warranty = await openSection(page, 'warranty');
      await warranty.getByRole('textbox', { name: t('serviceSettings.warranty.repairWarrantyDays') }).fill('180');
      const urgent = t('serviceSettings.warranty.slaFor', { priority: t('priorities.urgent') });
      await warranty.getByRole('textbox', { name: urgent }).fill('6');
      await expect(warranty.getByText(t('serviceSettings.unsaved'))).toBeVisible();
      await snap('service-warranty-unsaved');
      await save(page, warranty, 'warranty');
      await snap('service-warranty-saved');

      await page.reload();
      await expectSignedIn(page, lang, admin.name);
      await openServiceTab(page);
      warranty = await openSection(page, 'warranty');
      await expect(
        warranty.getByRole('textbox', { name: t('serviceSettings.warranty.repairWarrantyDays') }),
      ).toHaveValue('180');
      await expect(warranty.getByRole('textbox', { name: urgent })).toHaveValue('6');
      expect((await settingsNow(page)).slaTargetHours).toEqual({ normal: 27, urgent: 6, critical: 4 });
      expect((await settingsNow(page)).repairWarrantyDays).toBe(180);
    });

    test('a new product category with a fault, then a solution template for it', async ({ page, snap }) => {
      test.slow();
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await openServiceTab(page);

      const categories = await openSection(page, 'categories');
      await categories.getByRole('button', { name: t('serviceSettings.categories.add') }).click();
      await expect(
        categories.getByRole('textbox', { name: t('serviceSettings.categories.nameZh'), exact: true }),
      ).toBeFocused();
      await page.keyboard.type(words_.category.zh);
      await categories
        .getByRole('textbox', { name: t('serviceSettings.categories.nameEn'), exact: true })
        .fill(words_.category.en);
      await categories.getByRole('textbox', { name: t('serviceSettings.categories.makerWarrantyMonths') }).fill('24');
      await categories.getByRole('button', { name: t('serviceSettings.categories.addFault') }).click();
      await expect(
        categories.getByRole('textbox', { name: t('serviceSettings.categories.faultNameZh', { number: 1 }) }),
      ).toBeFocused();
      await page.keyboard.type(words_.fault.zh);
      await categories
        .getByRole('textbox', { name: t('serviceSettings.categories.faultNameEn', { number: 1 }) })
        .fill(words_.fault.en);
      await expect(categories.getByText('smart-watch', { exact: true })).toBeVisible();
      await snap('service-categories-new');
      await save(page, categories, 'categories');
      const saved = (await settingsNow(page)).productCategories.at(-1);
      expect(saved).toMatchObject({
        code: 'smart-watch',
        name: { 'zh-CN': words_.category.zh, en: words_.category.en },
        makerWarrantyMonths: 24,
        faults: [{ code: 'broken-strap', name: { 'zh-CN': words_.fault.zh, en: words_.fault.en }, children: [] }],
      });

      // A template for it.
      const templates = await openSection(page, 'templates');
      await templates
        .getByRole('combobox', { name: t('serviceSettings.templates.filter') })
        .selectOption({ label: lang === 'en' ? words_.category.en : words_.category.zh });
      await expect(templates.getByText(t('serviceSettings.templates.none'))).toBeVisible();
      await templates.getByRole('button', { name: t('serviceSettings.templates.add') }).click();
      await expect(
        templates.getByRole('textbox', { name: t('serviceSettings.templates.nameZh'), exact: true }),
      ).toBeFocused();
      await page.keyboard.type(words_.template.zh);
      await templates
        .getByRole('textbox', { name: t('serviceSettings.templates.nameEn'), exact: true })
        .fill(words_.template.en);
      await templates
        .getByRole('combobox', { name: t('serviceSettings.templates.fault') })
        .selectOption({ label: lang === 'en' ? words_.fault.en : words_.fault.zh });
      await templates.getByRole('textbox', { name: t('serviceSettings.templates.typicalMinutes') }).fill('20');
      await templates
        .getByRole('textbox', { name: t('serviceSettings.templates.solutionZh') })
        .fill(words_.solution.zh);
      await templates
        .getByRole('textbox', { name: t('serviceSettings.templates.solutionEn') })
        .fill(words_.solution.en);
      await templates.getByRole('button', { name: t('serviceSettings.templates.addLine') }).click();
      await templates
        .getByRole('textbox', { name: t('serviceSettings.templates.descriptionZhOf', { number: 1 }) })
        .fill(words_.part.zh);
      await templates
        .getByRole('textbox', { name: t('serviceSettings.templates.descriptionEnOf', { number: 1 }) })
        .fill(words_.part.en);
      await templates
        .getByRole('textbox', { name: t('serviceSettings.templates.unitPriceOf', { number: 1 }) })
        .fill('128.5');
      await snap('service-templates-new');
      await save(page, templates, 'templates');
      const template = (await settingsNow(page)).solutionTemplates.at(-1);
      expect(template).toMatchObject({
        code: 'smart-watch-replace-the-strap',
        productCategory: 'smart-watch',
        faultCategory: 'broken-strap',
        typicalMinutes: 20,
        lines: [{ kind: 'part', quantity: 1, unitPriceFen: 12850, warrantyCovered: true }],
      });
      await expect(
        templates.getByRole('textbox', { name: t('serviceSettings.templates.unitPriceOf', { number: 1 }) }),
      ).toHaveValue('128.50');
    });

    test('wrong input is shown beside the field and nothing is saved', async ({ page, snap }) => {
      test.slow();
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await openServiceTab(page);
      const before = await settingsNow(page);

      // Closing before opening on Monday: the shared business-hours rule, checked before sending.
      const hours = await openSection(page, 'hours');
      const monday = t('serviceSettings.hours.weekday.1');
      const closes = hours.getByRole('textbox', { name: t('serviceSettings.hours.closesAtOn', { day: monday }) });
      await closes.fill('08:00');
      await hours.getByRole('button', { name: t('common.save') }).click();
      await expect(closes).toHaveAttribute('aria-invalid', 'true');
      await expect(closes).toHaveAccessibleDescription(t('businessHours.problem.closeBeforeOpen'));
      await expect(page.getByText(t('serviceSettings.notSaved'))).toBeVisible();
      await snap('service-hours-error');
      expect((await settingsNow(page)).businessHours).toEqual(before.businessHours);

      // A category with no name in either language.
      const categories = await openSection(page, 'categories');
      await categories.getByRole('button', { name: new RegExp(lang === 'en' ? 'Television' : '电视') }).click();
      const zh = categories.getByRole('textbox', { name: t('serviceSettings.categories.nameZh'), exact: true });
      const en = categories.getByRole('textbox', { name: t('serviceSettings.categories.nameEn'), exact: true });
      await zh.fill('');
      await en.fill('');
      await page.keyboard.press('Enter');
      await expect(zh).toHaveAccessibleDescription(t('serviceSettings.oneLanguage'));
      await expect(en).toHaveAttribute('aria-invalid', 'true');
      await expect(categories.getByText(t('serviceSettings.needsAttention'))).toBeVisible();
      await snap('service-categories-error');
      expect((await settingsNow(page)).productCategories).toEqual(before.productCategories);

      // Removing a fault a template uses is refused by the core, naming the template.
      await zh.fill('电视');
      await categories
        .getByRole('button', {
          name: t('serviceSettings.remove', { name: lang === 'en' ? 'Sound but no picture' : '有声无图' }),
        })
        .click();
      await categories.getByRole('button', { name: t('common.save') }).click();
      await expect(categories.getByText(t('serviceSettings.blockedTitle'))).toBeVisible();
      await expect(
        categories.getByText(
          t('serviceSettings.templates.named', {
            name: lang === 'en' ? 'Check backlight and main board' : '检测背光与主板',
          }),
        ),
      ).toBeVisible();
      await snap('service-categories-blocked');
      expect((await settingsNow(page)).productCategories).toEqual(before.productCategories);
    });

    test('every section, for the screenshots and an accessibility check', async ({ page, snap }) => {
      test.slow();
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await openServiceTab(page);
      for (const id of ['hours', 'categories', 'templates', 'checklists', 'workflow', 'pickup'] as const) {
        const form = await openSection(page, id);
        if (id === 'categories') await form.getByRole('button', { name: /手机|Mobile phone/ }).click();
        if (id === 'templates')
          await form.getByRole('button', { name: /更换屏幕总成|Replace the screen assembly/ }).click();
        await snap(`service-${id}`);
        expect(await accessibilityProblems(page, { data: await categoryCodes(page) })).toEqual([]);
      }
    });

    test('reception sees the Service tab read-only', async ({ page, snap }) => {
      test.slow();
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await callApi<StaffMember>(page, 'staff-create', { name: words_.receptionist, role: 'reception', pin: '1357' });
      await page.getByRole('button', { name: t('topBar.staffMenu', { name: admin.name }) }).click();
      await page.getByRole('menuitem', { name: t('topBar.switchStaff') }).click();
      const switcher = page.getByRole('dialog', { name: t('signIn.switchTitle') });
      await switcher.getByRole('radio', { name: new RegExp(words_.receptionist) }).check();
      await switcher.getByRole('textbox', { name: t('signIn.pin'), exact: true }).fill('1357');
      await switcher.getByRole('button', { name: t('signIn.switchSubmit') }).click();
      await expectSignedIn(page, lang, words_.receptionist);

      await openServiceTab(page);
      const types = await openSection(page, 'serviceTypes');
      await expect(types.getByText(t('settings.readOnly'))).toBeVisible();
      await expect(types.getByRole('button', { name: t('common.save') })).toHaveCount(0);
      await expect(
        types.getByRole('switch', {
          name: t('serviceSettings.serviceTypes.enabledFor', { type: t('serviceTypes.repair') }),
        }),
      ).toBeDisabled();
      const warranty = await openSection(page, 'warranty');
      await expect(
        warranty.getByRole('textbox', { name: t('serviceSettings.warranty.repairWarrantyDays') }),
      ).toBeDisabled();
      const categories = await openSection(page, 'categories');
      await expect(categories.getByRole('button', { name: t('serviceSettings.categories.add') })).toHaveCount(0);
      await snap('service-read-only');
      expect(await accessibilityProblems(page, { data: await categoryCodes(page) })).toEqual([]);
    });
  });
}

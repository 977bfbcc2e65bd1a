import type { Page } from '@playwright/test';
import type { Customer, IntakeInput, Language, TicketDetail, TicketView } from '../../shared/contract';
import { formatFen } from '../../shared/domain/fees';
import { accessibilityProblems } from './accessibility';
import { expect, test } from './fixtures';
import { callApi, completeSetup, goTo, submitSetup, words } from './flows';

const intake = (page: Page, input: IntakeInput) => callApi<TicketDetail>(page, 'intake-save', input);

const text = {
  'zh-CN': {
    mary: '王小明',
    john: '李雷',
    screen: '手机摔了一下，屏幕碎裂，触摸还能用，希望保留数据',
    aircon: '新买的空调需要移机安装到卧室',
    laptop: '笔记本进水后无法开机，明天出差急用',
    question: '手机系统升级后是否会清除数据？',
    answer: '正常升级不会清除数据，建议升级前备份。',
    complaint: '取机时间比承诺晚了一天',
    reason: '客户明早出差，已与技师确认可加急',
    screenPart: '屏幕总成',
    labour: '维修工时',
    visit: '上门服务费',
  },
  en: {
    mary: 'Mary Major',
    john: 'John Doe',
    screen: 'Dropped the phone; the screen is cracked but touch still works. Keep the data.',
    aircon: 'New air conditioner to be moved and installed in the bedroom',
    laptop: 'Laptop got wet and does not turn on; needed for a trip tomorrow',
    question: 'Does the system update erase my data?',
    answer: 'A normal update keeps the data; back up first to be safe.',
    complaint: 'The phone was ready a day later than promised',
    reason: 'Customer travels tomorrow morning; technician agreed to rush it',
    screenPart: 'Screen assembly',
    labour: 'Labour',
    visit: 'Home visit',
  },
} as const;

/** A date some months back, as the purchase date field takes it. */
function monthsAgo(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return date.toISOString().slice(0, 10);
}

/** Two customers and five tickets, one of them promised a few seconds from now. */
async function recordTickets(page: Page, lang: Language) {
  const say = text[lang];
  const mary = await callApi<Customer>(page, 'customers-create', { name: say.mary, phone: '13812345678' });
  const john = await callApi<Customer>(page, 'customers-create', { name: say.john, phone: '13998765432' });
  const screen = await intake(page, {
    customer: { kind: 'existing', id: mary.id },
    serviceType: 'repair',
    device: {
      productCategory: 'phone',
      brand: 'Huawei',
      model: 'Mate 60',
      serial: 'HW60A1234567',
      purchaseDate: monthsAgo(5),
      purchaseChannel: lang === 'en' ? 'JD.com' : '京东自营',
    },
    faultCategory: 'screen-cracked',
    priority: 'urgent',
    faultDescription: say.screen,
    accessories: ['charger', 'case'],
    conditions: ['scratches', 'cracked-screen'],
    devicePassword: '246813',
    solution:
      lang === 'en' ? 'Replace the screen assembly with a genuine part.' : '更换原厂屏幕总成，更换后检测显示与触摸。',
    lines: [
      { kind: 'part', description: say.screenPart, quantity: 1, unitPriceFen: 88000, warrantyCovered: false },
      { kind: 'labor', description: say.labour, quantity: 1, unitPriceFen: 8000, warrantyCovered: false },
    ],
    depositFen: 10000,
    costLimitFen: 120000,
    consent: { method: 'tick', accepted: true },
  });
  const aircon = await intake(page, {
    customer: { kind: 'existing', id: john.id },
    serviceType: 'installation',
    device: { productCategory: 'air-conditioner', brand: 'Gree', model: 'KFR-35GW', serial: 'GR35GW0098' },
    faultCategory: 'install',
    priority: 'normal',
    faultDescription: say.aircon,
    lines: [{ kind: 'on-site', description: say.visit, quantity: 1, unitPriceFen: 6000, warrantyCovered: false }],
    consent: { method: 'tick', accepted: true },
  });
  const consultation = await intake(page, {
    customer: { kind: 'existing', id: mary.id },
    serviceType: 'consultation',
    priority: 'normal',
    faultDescription: say.question,
    closeAtCounter: true,
    resolution: say.answer,
    consent: { method: 'tick', accepted: true },
  });
  const complaint = await intake(page, {
    customer: { kind: 'existing', id: mary.id },
    serviceType: 'complaint',
    priority: 'urgent',
    faultDescription: say.complaint,
    relatedTicketId: screen.id,
    consent: { method: 'tick', accepted: true },
  });
  // Promised four seconds from now: it turns overdue while the test watches, on the server's real clock.
  const laptop = await intake(page, {
    customer: { kind: 'existing', id: john.id },
    serviceType: 'repair',
    device: { productCategory: 'laptop', brand: 'Lenovo', model: 'ThinkPad X1', serial: 'PF3XK2L9' },
    faultCategory: 'liquid',
    priority: 'critical',
    faultDescription: say.laptop,
    promisedAt: new Date(Date.now() + 4_000).toISOString(),
    promisedChangeReason: say.reason,
    consent: { method: 'tick', accepted: true },
  });
  return { mary, john, screen, aircon, consultation, complaint, laptop };
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`tickets (${lang})`, () => {
    test.use({ lang });
    // Two accessibility scans and a ticket that must be seen to turn overdue: more than the default minute.
    test.setTimeout(120_000);
    const t = words(lang);

    test('the list searches, filters, sorts and shows overdue in words; a ticket shows all it holds; Esc goes back', async ({
      page,
      snap,
    }) => {
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await goTo(page, lang, 'tickets');
      await expect(page.getByText(t('tickets.empty.open'))).toBeVisible();
      await snap('tickets-empty');
      const tickets = await recordTickets(page, lang);
      await page.reload();

      const table = page.getByRole('table', { name: t('tickets.title') });
      const row = (number: string) => table.getByRole('row', { name: new RegExp(number) });
      const bodyRows = table.locator('tbody tr');
      // The view switch's radios are drawn as segments: a person clicks the segment's label.
      const chooseView = (view: TicketView) =>
        page
          .getByRole('radiogroup', { name: t('tickets.view') })
          .getByText(t(`tickets.views.${view}`), { exact: true })
          .click();

      // Open tickets: four, each with its state and priority; the consultation answered at the counter is not among them.
      await expect(bodyRows).toHaveCount(4);
      await expect(page.getByText(t('tickets.count', { count: 4 }))).toBeVisible();
      await expect(row(tickets.screen.number)).toContainText(t('ticketStates.received'));
      await expect(row(tickets.screen.number)).toContainText(t('priorities.urgent'));
      await expect(row(tickets.screen.number)).toContainText('Huawei Mate 60');
      await expect(row(tickets.screen.number)).toContainText('138 1234 5678');
      await expect(row(tickets.laptop.number)).toContainText(t('priorities.critical'));
      await expect(row(tickets.aircon.number)).toContainText(t('serviceTypes.installation'));
      await expect(row(tickets.consultation.number)).toHaveCount(0);

      // The critical laptop passes its promised time: the row says so in words and is marked.
      await expect(row(tickets.laptop.number)).toContainText(t('tickets.overdue'), { timeout: 20_000 });
      await expect(row(tickets.laptop.number)).toHaveAttribute('data-overdue', 'true');
      await expect(row(tickets.screen.number)).not.toContainText(t('tickets.overdue'));
      await snap('tickets-list');

      // Sorting by priority puts the critical ticket first; again, and it goes last.
      const priorityHeader = table.getByRole('columnheader', { name: t('tickets.columns.priority') });
      await priorityHeader.getByRole('button').click();
      await expect(priorityHeader).toHaveAttribute('aria-sort', 'descending');
      await expect(bodyRows.first()).toContainText(tickets.laptop.number);
      await priorityHeader.getByRole('button').click();
      await expect(bodyRows.last()).toContainText(tickets.laptop.number);

      // Search by ticket number, then by the last four digits of a phone.
      const search = page.getByRole('textbox', { name: t('tickets.search') });
      await search.fill(tickets.aircon.number);
      await expect(bodyRows).toHaveCount(1);
      await expect(row(tickets.aircon.number)).toBeVisible();
      await search.fill('5432');
      await expect(bodyRows).toHaveCount(2);
      await expect(row(tickets.laptop.number)).toBeVisible();
      await expect(row(tickets.aircon.number)).toBeVisible();
      await search.fill('0000');
      await expect(page.getByText(t('tickets.empty.noMatch', { query: '0000' }))).toBeVisible();
      await search.fill('');

      // The views: overdue, finished (the consultation closed at the counter), all.
      await chooseView('overdue');
      await expect(bodyRows).toHaveCount(1);
      await expect(row(tickets.laptop.number)).toBeVisible();
      await chooseView('finished');
      await expect(bodyRows).toHaveCount(1);
      await expect(row(tickets.consultation.number)).toContainText(t('ticketStates.closed'));
      await chooseView('all');
      await expect(bodyRows).toHaveCount(5);

      // A filter: installations only; cleared, everything again.
      await page.getByRole('combobox', { name: t('tickets.serviceType') }).click();
      await page.getByRole('option', { name: t('serviceTypes.installation') }).click();
      await expect(bodyRows).toHaveCount(1);
      await expect(row(tickets.aircon.number)).toBeVisible();
      await expect(page.getByText(t('tickets.countFiltered', { count: 1 }))).toBeVisible();
      // Choosing the chosen type again clears the filter (the × does too, for the mouse).
      await page.getByRole('combobox', { name: t('tickets.serviceType') }).click();
      await page.getByRole('option', { name: t('serviceTypes.installation') }).click();
      await expect(bodyRows).toHaveCount(5);
      expect(await accessibilityProblems(page)).toEqual([]);

      // Open the screen repair from the keyboard: everything recorded on it.
      await chooseView('open');
      await row(tickets.screen.number).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(tickets.screen.number) })).toBeVisible();
      const detail = page.getByRole('main');
      await expect(detail.getByRole('link', { name: text[lang].mary })).toHaveAttribute(
        'href',
        `#/customers/${tickets.mary.id}`,
      );
      await expect(
        detail.getByText(t(tickets.screen.warranty.reason.key, tickets.screen.warranty.reason.params)),
      ).toBeVisible();
      await expect(detail.getByText(t('warranty.status.maker'))).toBeVisible();
      await expect(detail.getByText('HW60A1234567')).toBeVisible();
      await expect(detail.getByText(text[lang].screen)).toBeVisible();
      await expect(detail.getByRole('cell', { name: text[lang].screenPart })).toBeVisible();
      const money = (fen: number) => formatFen(fen, { locale: lang });
      await expect(detail.getByText(money(96000), { exact: true }).first()).toBeVisible();
      await expect(detail.getByText(money(86000), { exact: true })).toBeVisible(); // balance after the deposit
      await expect(detail.getByText(t('workflow.events.intake'), { exact: false })).toBeVisible();
      await expect(
        detail.getByRole('button', { name: t('printing.panel.printShort', { document: t('printing.short.receipt') }) }),
      ).toBeEnabled();
      await expect(detail.getByText(t('printing.panel.noHistory'))).toBeVisible();
      await snap('ticket-detail');
      await snap('ticket-detail-full', { fullPage: true });
      expect(await accessibilityProblems(page)).toEqual([]);

      // The device password, for a role allowed to see it, on request.
      await expect(detail.getByText('246813')).toHaveCount(0);
      await detail.getByRole('button', { name: t('tickets.detail.showPassword') }).click();
      await expect(detail.getByText('246813')).toBeVisible();

      // Esc goes back to the list as it was left.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('heading', { name: t('tickets.title'), exact: true })).toBeVisible();
      await expect(bodyRows).toHaveCount(4);

      // The overdue laptop: the promise was moved, with its reason, and it is overdue in words.
      await row(tickets.laptop.number).click();
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(tickets.laptop.number) })).toBeVisible();
      await expect(detail.getByText(new RegExp(text[lang].reason))).toBeVisible();
      await expect(detail.getByRole('status').getByText(new RegExp(t('tickets.overdue')))).toBeVisible();
      await snap('ticket-detail-overdue');
      await detail.getByRole('button', { name: t('tickets.detail.back') }).click();

      // A complaint links to the ticket it is about.
      await row(tickets.complaint.number).click();
      await detail.getByRole('link', { name: tickets.screen.number }).click();
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(tickets.screen.number) })).toBeVisible();
    });
  });
}

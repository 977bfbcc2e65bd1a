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
      // Searches typed key by key travel on the live socket, opened as the administrator is
      // signed in by the setup (HTTP until it is open).
      const searchesOnSocket: string[] = [];
      const repliesOnSocket: string[] = [];
      page.on('websocket', (socket) => {
        socket.on('framesent', (frame) => searchesOnSocket.push(String(frame.payload)));
        socket.on('framereceived', (frame) => repliesOnSocket.push(String(frame.payload)));
      });
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      const customer = await returningCustomer(page, lang);
      await page.keyboard.press('Alt+1');
      const search = page.getByRole('textbox', { name: t('reception.greet.search') });
      await expect(search).toBeFocused();

      // Greet: four digits of the phone find them; Enter takes the first match.
      await typeHere(page, '5678');
      await expect(page.getByRole('button', { name: new RegExp(customer.name) })).toBeVisible();
      expect(searchesOnSocket.some((frame) => frame.includes('"name":"reception-search"'))).toBe(true);
      // …answered as the administrator the setup signed in, not as nobody.
      expect(repliesOnSocket.filter((frame) => !frame.includes('"ok":true'))).toEqual([]);
      await snap('reception-greet-search');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: customer.name })).toBeVisible();
      await expect(page.getByRole('button', { name: t('reception.greet.useDevice') })).toBeFocused();
      // One way on (the footer's), and the open ticket reads whole: its number on one line, its state uncut.
      await expect(page.getByRole('button', { name: t('reception.next') })).toHaveCount(1);
      const openTicket = page.getByRole('button', { name: /\d{8}-0001/u });
      const numberBox = await openTicket.getByText(/^\d{8}-0001$/u).boundingBox();
      const stateBadge = openTicket.getByText(t('ticketStates.received'), { exact: true });
      expect(numberBox?.height ?? 0).toBeLessThan(24);
      expect(await stateBadge.evaluate((badge) => badge.scrollWidth <= badge.clientWidth)).toBe(true);
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
      // Nothing opened unasked, and every field on screen at 1366×768: the password and its hint too.
      await expect(page.getByRole('listbox')).toHaveCount(0);
      await expect(page.getByLabel(t('reception.listen.devicePassword'), { exact: true })).toBeInViewport({ ratio: 1 });
      await expect(page.getByText(t('reception.listen.devicePasswordHint'))).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: t('reception.moreBelow') })).toHaveCount(0);
      // A field moved into opens no list either: the purchase channel's suggestions wait for ↓ or typing.
      await page.getByRole('combobox', { name: t('reception.listen.purchaseChannel') }).focus();
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
      await expect(page.getByRole('listbox')).toHaveCount(0);
      await snap('reception-listen');
      await page.keyboard.press('Control+Enter');

      // Classify: repair is chosen; the fault category by typing; the warranty shows at once.
      await expect(page.getByRole('radio', { name: t('serviceTypes.repair') })).toBeFocused();
      await page.keyboard.press('Tab');
      await expectFocused(page, 'combobox', t('reception.classify.faultCategory'));
      await typeHere(page, lang === 'en' ? 'Cracked' : '屏幕碎裂');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('[data-combobox-selected]')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.getByText(t('warranty.status.maker'))).toBeVisible();
      // Every service type and priority reads in full, each label above its choices.
      for (const name of [
        t('reception.classify.serviceType'),
        t('reception.classify.priority'),
        t('reception.classify.channel'),
      ]) {
        const group = page.getByRole('radiogroup', { name });
        expect(
          await group.evaluate((root) =>
            [...root.querySelectorAll('*')].every((element) => element.scrollWidth <= element.clientWidth + 1),
          ),
        ).toBe(true);
        const label = await page.locator('label').filter({ hasText: name }).first().boundingBox();
        const choices = await group.boundingBox();
        expect((label?.y ?? 0) + (label?.height ?? 0)).toBeLessThanOrEqual(choices?.y ?? 0);
      }
      // The customer phoned before coming in: the reports count intakes by how they reached us.
      const channels = page.getByRole('radiogroup', { name: t('reception.classify.channel') });
      await expect(channels.getByRole('radio', { name: t('intakeChannels.walk-in') })).toBeChecked();
      await page.keyboard.press('Tab'); // the priority
      await page.keyboard.press('Tab');
      await expect(channels.getByRole('radio', { name: t('intakeChannels.walk-in') })).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(channels.getByRole('radio', { name: t('intakeChannels.phone') })).toBeChecked();
      await snap('reception-classify');
      await page.keyboard.press('Control+Enter');

      // Propose: the usual solution for a cracked screen fills the estimate.
      await expectFocused(page, 'combobox', t('reception.propose.template'));
      // ↓ opens the list on the usual solution, Enter takes it. (Opening a list on focus raced the
      // first keys after a step change: Mantine settles the highlighted option a task later, and
      // an Enter in between was dropped. Lists now open only when asked.)
      const estimateRows = page
        .getByRole('table', { name: t('reception.propose.estimate'), exact: true })
        .getByRole('row');
      await expect(page.getByRole('listbox')).toHaveCount(0);
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('[data-combobox-selected]')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(estimateRows).toHaveCount(3);
      await snap('reception-propose');
      await page.keyboard.press('Control+Enter');

      // Confirm: read back, the customer agrees, Ctrl+Enter records.
      await expect(page.getByRole('checkbox', { name: t('reception.confirm.agree') })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(
        page.getByText(`${t('serviceTypes.repair')} · ${t('priorities.normal')} · ${t('intakeChannels.phone')}`),
      ).toBeVisible();
      await snap('reception-confirm');
      await page.keyboard.press('Control+Enter');

      await expect(page.getByRole('heading', { name: t('reception.record.recorded') })).toBeVisible();
      const number = page.getByLabel(t('reception.record.number'));
      await expect(number).toHaveText(/^\d{8}-0002$/u);
      await expect(
        page.getByRole('button', { name: t('printing.panel.printShort', { document: t('printing.short.receipt') }) }),
      ).toBeEnabled();
      await expect(page.getByText(t('printing.panel.noHistory'))).toBeVisible();
      await snap('reception-recorded');

      // Ctrl+P prints the receipt from here (browser mode: through the browser's print dialog).
      await page.keyboard.press('Control+P');
      const printedQuestion = page.getByRole('dialog', { name: t('printing.question.title') });
      await expect(printedQuestion).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(printedQuestion).toBeHidden();
      await expect(
        page.getByText(t('printing.panel.sentBrowser', { document: t('printing.documents.receipt') })),
      ).toBeVisible();
      await expect(page.getByRole('table', { name: t('printing.panel.history') }).getByRole('row')).toHaveCount(2);
      await expect(
        page.getByRole('button', { name: t('printing.panel.reprintShort', { document: t('printing.short.receipt') }) }),
      ).toBeVisible();
      await snap('reception-recorded-printed');

      // The ticket is in the list, with the customer's device and a promised time.
      const recorded = await number.textContent();
      await goTo(page, lang, 'tickets');
      await expect(page.getByRole('row', { name: new RegExp(recorded ?? '') })).toBeVisible();
    });
  });
}

/** Starts a fresh intake on the Reception screen. */
async function openReception(page: Page, lang: Language) {
  await goTo(page, lang, 'reception');
  await expect(page.getByRole('textbox', { name: words(lang)('reception.greet.search') })).toBeVisible();
}

async function nextStep(page: Page) {
  await page.keyboard.press('Control+Enter');
}

test.describe('reception: the other service types', () => {
  test.use({ lang: 'zh-CN' });
  const t = words('zh-CN');

  test('a new customer’s intake, with the customer taken in on the spot', async ({ page, snap }) => {
    await completeSetup(page, 'zh-CN');
    await submitSetup(page, 'zh-CN');
    await openReception(page, 'zh-CN');
    await page.getByRole('textbox', { name: t('reception.greet.search') }).fill('13912345678');
    await expect(page.getByText(t('reception.greet.noMatch', { query: '13912345678' }))).toBeVisible();
    await page.getByRole('button', { name: t('reception.greet.newCustomer') }).click();
    await page.getByRole('textbox', { name: t('customers.name'), exact: true }).fill('李雷');
    await expect(page.getByRole('textbox', { name: t('customers.phone'), exact: true })).toHaveValue('13912345678');
    await snap('reception-new-customer');
    await nextStep(page);
    await page.getByRole('combobox', { name: t('reception.listen.productCategory') }).click();
    await page.getByRole('option', { name: '笔记本电脑' }).click();
    await page.getByRole('textbox', { name: t('reception.listen.brand') }).fill('Lenovo');
    await page.getByRole('textbox', { name: t('reception.listen.model') }).fill('ThinkPad X1');
    await page.getByRole('textbox', { name: t('reception.listen.serial') }).fill('PF-3ABC12');
    await page.getByRole('textbox', { name: t('reception.listen.fault') }).fill('键盘有几个键不灵');
    await page.getByRole('checkbox', { name: '充电器' }).check();
    await page.getByRole('checkbox', { name: '划痕' }).check();
    await page.getByLabel(t('reception.listen.devicePassword')).fill('0000');
    await nextStep(page);
    await expect(
      page.getByText(t('reception.classify.warrantyNeedsFacts')).or(page.getByText(t('warranty.status.unknown'))),
    ).toBeVisible();
    await page.getByRole('combobox', { name: t('reception.classify.faultCategory') }).click();
    await page.getByRole('option', { name: '键盘与触控板' }).click();
    await nextStep(page);
    await page.getByRole('combobox', { name: t('reception.propose.template') }).click();
    await page.getByRole('option', { name: '更换键盘' }).click();
    await page.getByRole('textbox', { name: t('reception.propose.deposit') }).fill('100');
    await nextStep(page);
    // The customer signs on the pad.
    await page.getByText(t('reception.confirm.bySignature'), { exact: true }).click();
    const pad = page.getByRole('img', { name: t('reception.confirm.signHere') });
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature pad');
    await page.mouse.move(box.x + 40, box.y + 100);
    await page.mouse.down();
    for (const [x, y] of [
      [80, 40],
      [120, 120],
      [160, 50],
      [220, 110],
      [280, 60],
    ] as const) {
      await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
    }
    await page.mouse.up();
    await expect(page.getByText(t('reception.confirm.signed'))).toBeVisible();
    await snap('reception-signature');
    await page.getByRole('button', { name: t('reception.record.submit') }).click();
    await expect(page.getByRole('heading', { name: t('reception.record.recorded') })).toBeVisible();
    await expect(page.getByLabel(t('reception.record.number'))).toHaveText(/-0001$/u);
    const number = (await page.getByLabel(t('reception.record.number')).textContent()) ?? '';
    const found = await callApi<{ id: number }>(page, 'tickets-find-by-number', { number });
    const signed = await callApi<TicketDetail>(page, 'tickets-get', { id: found.id });
    expect(signed).toMatchObject({
      consentMethod: 'signature',
      hasDevicePassword: true,
      // The deposit goes on the ledger, paid as the counter chose (cash unless changed).
      ledger: { summary: { depositFen: 10000 }, entries: [{ kind: 'deposit', method: 'cash', amountFen: 10000 }] },
    });
    expect(signed.signaturePng).toMatch(/^data:image\/png;base64,/u);
    const customers = await callApi<{ total: number; rows: Customer[] }>(page, 'customers-list', { query: '李雷' });
    expect(customers.rows.map((row) => row.phone)).toEqual(['139 1234 5678']);
  });

  test('a complaint about an earlier ticket, recorded as its own ticket and linked to it', async ({ page, snap }) => {
    await completeSetup(page, 'zh-CN');
    await submitSetup(page, 'zh-CN');
    const customer = await returningCustomer(page, 'zh-CN');
    await openReception(page, 'zh-CN');
    await page.getByRole('textbox', { name: t('reception.greet.search') }).fill('王芳');
    await page.getByRole('button', { name: new RegExp(customer.name) }).click();
    await page
      .getByRole('button', { name: t('reception.next') })
      .first()
      .click();
    await page
      .getByRole('textbox', { name: t('reception.listen.complaint') })
      .or(page.getByRole('textbox', { name: t('reception.listen.fault') }))
      .fill('修了一周还没好，也没人通知我');
    await nextStep(page);
    await page.getByText(t('serviceTypes.complaint'), { exact: true }).click();
    await expect(page.getByRole('radio', { name: t('priorities.urgent') })).toBeChecked();
    await nextStep(page);
    await page.getByRole('combobox', { name: t('reception.propose.relatedTicket') }).click();
    await page.getByRole('option', { name: /-0001/u }).click();
    await nextStep(page);
    // The read-back names the ticket the complaint is about.
    const readBack = page.getByRole('table', { name: t('reception.confirm.readBack') });
    await expect(readBack.getByRole('row', { name: new RegExp(t('reception.propose.relatedTicket')) })).toContainText(
      /\d{8}-0001 · /u,
    );
    await page.getByRole('checkbox', { name: t('reception.confirm.agree') }).check();
    await snap('reception-complaint-confirm');
    await page.getByRole('button', { name: t('reception.record.submit') }).click();
    await expect(page.getByRole('heading', { name: t('reception.record.recorded') })).toBeVisible();
    const number = (await page.getByLabel(t('reception.record.number')).textContent()) ?? '';
    const found = await callApi<{ id: number }>(page, 'tickets-find-by-number', { number });
    const ticket = await callApi<TicketDetail>(page, 'tickets-get', { id: found.id });
    expect(ticket).toMatchObject({ serviceType: 'complaint', priority: 'urgent', state: 'received' });
    expect(ticket.relatedTicket?.number).toMatch(/-0001$/u);
  });
});

test.describe('reception (en): consultation and drafts', () => {
  test.use({ lang: 'en' });
  const t = words('en');

  test('a consultation answered and closed at the counter', async ({ page, snap }) => {
    await completeSetup(page, 'en');
    await submitSetup(page, 'en');
    const customer = await returningCustomer(page, 'en');
    await openReception(page, 'en');
    await page.getByRole('textbox', { name: t('reception.greet.search') }).fill('Mary');
    await page.getByRole('button', { name: new RegExp(customer.name) }).click();
    await page
      .getByRole('button', { name: t('reception.next') })
      .first()
      .click();
    await page
      .getByRole('textbox', { name: t('reception.listen.fault') })
      .fill('Can I buy an original remote for my TV here?');
    await nextStep(page);
    await page.getByText(t('serviceTypes.consultation'), { exact: true }).click();
    await nextStep(page);
    await page
      .getByRole('textbox', { name: t('reception.propose.answer') })
      .fill('Yes: original remotes are in stock, ¥35.');
    await page.getByRole('checkbox', { name: t('reception.propose.closeAtCounter') }).check();
    await expect(page.getByText(t('reception.propose.noPromise'))).toBeVisible();
    await nextStep(page);
    await page.getByRole('checkbox', { name: t('reception.confirm.agree') }).check();
    await page.getByRole('button', { name: t('reception.record.submit') }).click();
    await expect(page.getByText(t('reception.record.closed'))).toBeVisible();
    await snap('reception-consultation-closed');
    const tickets = await callApi<{ rows: { serviceType: string; state: string }[] }>(page, 'tickets-list', {
      view: 'finished',
    });
    expect(tickets.rows).toEqual([expect.objectContaining({ serviceType: 'consultation', state: 'closed' })]);
  });

  test('an intake abandoned halfway is offered again after a restart, and can be resumed or discarded', async ({
    page,
    app,
    snap,
  }) => {
    await completeSetup(page, 'en');
    await submitSetup(page, 'en');
    const customer = await returningCustomer(page, 'en');
    await openReception(page, 'en');
    await page.getByRole('textbox', { name: t('reception.greet.search') }).fill('Mary');
    await page.getByRole('button', { name: new RegExp(customer.name) }).click();
    await page
      .getByRole('button', { name: t('reception.next') })
      .first()
      .click();
    await page.getByRole('textbox', { name: t('reception.listen.fault') }).fill('Fan is loud since the last update');
    await expect(page.getByText(/Draft saved/u)).toBeVisible();
    // The autosave has the fault in it before the machine "goes down".
    await expect
      .poll(async () => JSON.stringify(await callApi<unknown[]>(page, 'drafts-list', {})))
      .toContain('Fan is loud since the last update');

    await app.restart();
    await page.getByRole('radio', { name: /Ada Admin/u }).check();
    await page.getByRole('textbox', { name: t('signIn.pin'), exact: true }).fill('246810');
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await openReception(page, 'en');
    await expect(page.getByText(t('reception.drafts.title'))).toBeVisible();
    await snap('reception-drafts');
    await page.getByRole('button', { name: new RegExp(`^${t('reception.drafts.resume')}`, 'u') }).click();
    await expect(page.getByRole('textbox', { name: t('reception.listen.fault') })).toHaveValue(
      'Fan is loud since the last update',
    );

    await page.getByRole('button', { name: t('reception.discard') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: t('reception.discard') })
      .click();
    await expect(page.getByText(t('reception.discarded'))).toBeVisible();
    await expect(page.getByText(t('reception.drafts.title'))).toBeHidden();
    expect(await callApi<unknown[]>(page, 'drafts-list', {})).toEqual([]);
  });
});

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
  test.describe(`reception field errors (${lang})`, () => {
    test.use({ lang });
    const t = words(lang);

    test('mistakes are shown beside their fields in the active language, and nothing is recorded', async ({
      page,
      snap,
    }) => {
      await completeSetup(page, lang);
      await submitSetup(page, lang);
      await openReception(page, lang);
      await nextStep(page);
      await expect(page.getByRole('alert').filter({ hasText: t('reception.greet.chooseCustomer') })).toBeVisible();
      await page.getByRole('button', { name: t('reception.greet.newCustomer') }).click();
      await page.getByRole('textbox', { name: t('customers.name'), exact: true }).fill('Zhao');
      await page.getByRole('textbox', { name: t('customers.phone'), exact: true }).fill('12345');
      await nextStep(page);
      await nextStep(page);
      await nextStep(page);
      await page.getByRole('textbox', { name: t('reception.propose.deposit') }).fill('12.345');
      await nextStep(page);
      await page.getByRole('button', { name: t('reception.record.submit') }).click();
      // The deposit cannot be read as money: the Propose step opens with the message beside it.
      await expect(page.getByText(t('validation.money'))).toBeVisible();
      await page.getByRole('textbox', { name: t('reception.propose.deposit') }).fill('20');
      await nextStep(page);
      await page.getByRole('button', { name: t('reception.record.submit') }).click();
      // Now the core answers: no product, no fault, a bad phone, no consent — the first step with a problem opens.
      await expect(page.getByText(t('validation.phone'))).toBeVisible();
      await snap('reception-field-errors');
      await page.getByRole('button', { name: t('reception.next') }).click();
      await expect(page.getByText(t('validation.required')).first()).toBeVisible();
      expect((await callApi<{ total: number }>(page, 'tickets-list', { view: 'all' })).total).toBe(0);
    });
  });
}

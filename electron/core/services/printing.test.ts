import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, PrintJob, TicketDetail } from '../../../shared/contract';
import type { Session } from '../context';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { counterPrinters, fakePrinter, type FakePrinter } from '../../../test/fixtures/fake-printer';
import { repairIntake } from '../../../test/fixtures/sample-intakes';
import { listAuditEntries } from '../db/queries/audit';
import { defaultPrintSettings } from '../settings/print-defaults';

/**
 * Print jobs as the counter sees them: on the desktop through a printing system (a fake one
 * here, whose printers and answers each test sets), in browser mode through the browser's
 * print dialog, which reports back. What the documents say is in print-documents.test.ts, the
 * settings in print-settings.test.ts.
 */

/** Wednesday 25 November 2026, 10:00 in Shanghai. */
let now = new Date('2026-11-25T02:00:00.000Z');
let core: TestCore;
let admin: Session;
let reception: Session;
let ticket: TicketDetail;

async function openCounter(options: { printer?: FakePrinter } = {}) {
  now = new Date('2026-11-25T02:00:00.000Z');
  core = await openTestCore({ now: () => now, printer: options.printer });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  const customer = await core.expectOk('customers-create', { name: '王芳', phone: '138 0013 5678' }, reception);
  ticket = await core.expectOk('intake-save', repairIntake(customer.id), reception);
}
afterEach(() => core.dispose());

function print(input: Partial<InputOf<'print-document'>> = {}) {
  return core.expectOk(
    'print-document',
    { document: 'receipt', ticketId: ticket.id, language: 'zh-CN', ...input },
    reception,
  );
}

const history = () => core.expectOk('print-jobs-list', { ticketId: ticket.id }, reception);
const auditActions = (job: PrintJob) =>
  listAuditEntries(core.core.db, 'print-job', job.id).map((entry) => entry.action);

describe('printing on the desktop', () => {
  let printer: FakePrinter;
  beforeEach(async () => {
    printer = fakePrinter(counterPrinters.map((installed) => ({ ...installed })));
    await openCounter({ printer });
  });

  it('sends the receipt to the default printer as one job carrying both labelled copies, and records it', async () => {
    const expected = await core.expectOk(
      'print-render',
      { document: 'receipt', ticketId: ticket.id, language: 'zh-CN' },
      reception,
    );
    const { job, document } = await print();
    expect(document).toBeNull();
    expect(job).toMatchObject({
      document: 'receipt',
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      output: 'printer',
      delivery: 'system',
      printer: 'XP-80C',
      paper: 'roll-80',
      copies: 2,
      language: 'zh-CN',
      state: 'sent',
      failure: null,
      reprint: 0,
      staffName: 'Rita',
      createdAt: now.toISOString(),
      finishedAt: now.toISOString(),
    });
    expect(printer.requests).toHaveLength(1);
    const [{ kind, request }] = printer.requests as [FakePrinter['requests'][number]];
    expect(kind).toBe('print');
    // The printer gets exactly what the preview showed; the two copies are pages of it.
    expect(request).toEqual({
      html: expected.html,
      paper: 'roll-80',
      printer: 'XP-80C',
      copies: 1,
      title: expected.title,
    });
    expect(await history()).toEqual([job]);
    expect(auditActions(job)).toEqual(['print.job', 'print.job-finish']);
    expect(listAuditEntries(core.core.db, 'print-job', job.id)).toEqual([
      expect.objectContaining({
        actorId: reception.staffId,
        details: expect.objectContaining({ ticketId: ticket.id }),
      }),
      expect.objectContaining({ actorId: reception.staffId, details: { state: 'sent' } }),
    ]);
  });

  it('asks the driver for identical copies of a work order or a label, on the printer named', async () => {
    await print({ document: 'work-order', copies: 3, printer: 'HP_LaserJet_M110' });
    await print({ document: 'device-label' });
    expect(printer.requests.map(({ request }) => [request.printer, request.paper, request.copies])).toEqual([
      ['HP_LaserJet_M110', 'a4', 3],
      ['XP-80C', 'label-50x30', 1],
    ]);
    const jobs = await history();
    expect(jobs.map((job) => [job.document, job.printer, job.copies, job.state])).toEqual([
      ['device-label', 'XP-80C', 1, 'sent'],
      ['work-order', 'HP_LaserJet_M110', 3, 'sent'],
    ]);
  });

  it('lays three receipt copies out as three pages of one job', async () => {
    const { job } = await print({ copies: 3 });
    expect(job.copies).toBe(3);
    const { request } = printer.requests[0]!;
    expect(request.copies).toBe(1);
    expect(request.html.split('<main class="sheet">')).toHaveLength(4);
  });

  it('marks the second printing of a document 补打 第1次, in its language', async () => {
    const first = await print();
    const second = await print();
    const third = await print({ language: 'en' });
    expect([first.job.reprint, second.job.reprint, third.job.reprint]).toEqual([0, 1, 2]);
    const [firstHtml, secondHtml, thirdHtml] = printer.requests.map(({ request }) => request.html);
    expect(firstHtml).not.toContain('补打 第');
    expect(secondHtml).toContain('补打 第1次');
    expect(thirdHtml).toContain('REPRINT #2');
    // Each document of the ticket counts its own printings.
    const order = await print({ document: 'work-order', language: 'en' });
    expect(order.job.reprint).toBe(0);
    expect(printer.requests.at(-1)!.request.html).not.toContain('REPRINT #');
    const rendered = await core.expectOk(
      'print-render',
      { document: 'receipt', ticketId: ticket.id, language: 'en' },
      reception,
    );
    expect(rendered.reprint).toBe(3);
    expect(rendered.html).toContain('REPRINT #3');
  });

  it('numbers two prints of the same document started at once as the original and 补打 第1次', async () => {
    const [one, two] = await Promise.all([print(), print()]);
    expect([one.job.reprint, two.job.reprint].sort()).toEqual([0, 1]);
    const htmls = printer.requests.map(({ request }) => request.html);
    expect(htmls.filter((html) => html.includes('补打 第1次'))).toHaveLength(1);
    expect(htmls.filter((html) => !html.includes('补打 第'))).toHaveLength(1);
    expect((await print()).job.reprint).toBe(2);
  });

  it('does not count a failed print toward the reprint number', async () => {
    printer.answers = [{ ok: false, failure: 'failed', detail: 'out of paper' }];
    expect((await print()).job).toMatchObject({ state: 'failed', reprint: 0 });
    const retried = await print();
    expect(retried.job).toMatchObject({ state: 'sent', reprint: 0 });
    expect(printer.requests.at(-1)!.request.html).not.toContain('补打 第');
    expect((await print()).job.reprint).toBe(1);
  });

  it('saves a PDF where the person chose, and records a cancelled save as cancelled', async () => {
    const { job } = await print({ output: 'pdf', language: 'en' });
    expect(printer.requests.map(({ kind }) => kind)).toEqual(['pdf']);
    expect(job).toMatchObject({
      output: 'pdf',
      state: 'sent',
      savedTo: `/tmp/${printer.requests[0]!.request.title}.pdf`,
    });

    printer.answers = [{ ok: false, failure: 'cancelled', detail: '' }];
    const cancelled = await print({ output: 'pdf' });
    expect(cancelled.job).toMatchObject({ output: 'pdf', state: 'failed', failure: 'cancelled', savedTo: '' });
    expect(auditActions(cancelled.job)).toEqual(['print.job', 'print.job-finish']);
    // A PDF is not a printing on paper: the next print is still the first.
    expect((await print()).job.reprint).toBe(0);
  });

  it('saves a PDF even with no printer installed', async () => {
    printer.printers = [];
    const { job } = await print({ output: 'pdf' });
    expect(job.state).toBe('sent');
  });

  it('prints a test page on the printer and paper it is given, belonging to no ticket', async () => {
    const { job } = await print({ document: 'test-page', ticketId: null, printer: 'HP_LaserJet_M110', paper: 'a5' });
    expect(job).toMatchObject({ document: 'test-page', ticketId: null, printer: 'HP_LaserJet_M110', paper: 'a5' });
    expect(printer.requests[0]!.request).toMatchObject({ printer: 'HP_LaserJet_M110', paper: 'a5', copies: 1 });
    expect(printer.requests[0]!.request.html).toContain('HP_LaserJet_M110');
    expect(auditActions(job)).toEqual(['print.job', 'print.job-finish']);
  });

  it('shows the job queued while the printer takes it, and the browser cannot finish it meanwhile', async () => {
    let printerCalled!: () => void;
    const reached = new Promise<void>((resolve) => (printerCalled = resolve));
    let answer!: (outcome: { ok: true; savedTo: string }) => void;
    printer.print = (request) => {
      printer.requests.push({ kind: 'print', request });
      printerCalled();
      return new Promise((resolve) => (answer = resolve));
    };
    const printing = print();
    await reached;
    const [queued] = await history();
    expect(queued).toMatchObject({ state: 'queued', delivery: 'system', printer: 'XP-80C', finishedAt: null });
    expect(await core.call('print-job-finish', { id: queued!.id, state: 'sent' }, reception)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    answer({ ok: true, savedTo: '' });
    expect((await printing).job).toMatchObject({ id: queued!.id, state: 'sent' });
  });

  it('refuses to finish a desktop job as if the browser had printed it', async () => {
    const { job } = await print();
    expect(await core.call('print-job-finish', { id: job.id, state: 'failed' }, reception)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect((await history())[0]).toEqual(job);
  });

  describe('when the printer lets the counter down', () => {
    const cases: [string, (fake: FakePrinter) => Partial<InputOf<'print-document'>>, Partial<PrintJob>][] = [
      ['no printer is installed', (fake) => ((fake.printers = []), {}), { failure: 'no-printer' }],
      [
        'the printer named is not installed',
        () => ({ printer: 'Old_Printer' }),
        { failure: 'printer-not-found', printer: 'Old_Printer' },
      ],
      [
        'the printer is offline',
        () => ({ printer: 'Zebra_ZD421' }),
        { failure: 'printer-offline', printer: 'Zebra_ZD421' },
      ],
      [
        'the default printer is offline',
        (fake) => (fake.printers.forEach((installed) => (installed.offline = installed.isDefault)), {}),
        { failure: 'printer-offline' },
      ],
      [
        'the printer refuses the job',
        (fake) => ((fake.answers = [{ ok: false, failure: 'failed', detail: 'Paper jam' }]), {}),
        { failure: 'failed', failureDetail: 'Paper jam', printer: 'XP-80C' },
      ],
      [
        'the printing system throws',
        (fake) => {
          fake.print = () => {
            throw new Error('driver crashed');
          };
          return {};
        },
        { failure: 'failed', failureDetail: 'driver crashed' },
      ],
      [
        'the printing system rejects',
        (fake) => ((fake.print = () => Promise.reject(new Error('spooler gone'))), {}),
        { failure: 'failed', failureDetail: 'spooler gone' },
      ],
      [
        'the printer list cannot be read',
        (fake) => ((fake.list = () => Promise.reject(new Error('CUPS not running'))), {}),
        { failure: 'failed' },
      ],
    ];

    it.each(cases)(
      '%s: the job fails with the reason, the ticket is untouched and a retry prints',
      async (_, breakIt, failed) => {
        const before = await core.expectOk('tickets-get', { id: ticket.id }, reception);
        const working = fakePrinter(counterPrinters.map((installed) => ({ ...installed })));
        const input = breakIt(printer);

        const result = await core.call(
          'print-document',
          { document: 'receipt', ticketId: ticket.id, language: 'zh-CN', ...input },
          reception,
        );
        expect(result.ok).toBe(true);
        const { job } = (result as { ok: true; value: { job: PrintJob } }).value;
        expect(job).toMatchObject({ state: 'failed', savedTo: '', ...failed });
        expect(job.finishedAt).not.toBeNull();

        expect(await core.expectOk('tickets-get', { id: ticket.id }, reception)).toEqual(before);
        expect(await history()).toEqual([job]);
        expect(auditActions(job)).toEqual(['print.job', 'print.job-finish']);
        expect(listAuditEntries(core.core.db, 'print-job', job.id)[1]!.details).toEqual({
          state: 'failed',
          failure: failed.failure,
        });

        // The printer is fixed (or another chosen): printing again works, still as the first printing.
        Object.assign(printer, { printers: working.printers, answers: [], list: working.list, print: working.print });
        const retried = await print({ printer: 'XP-80C' });
        expect(retried.job).toMatchObject({ state: 'sent', printer: 'XP-80C', reprint: 0 });
        expect((await history()).map((entry) => entry.state)).toEqual(['sent', 'failed']);
      },
    );
  });

  it('leaves the choice to the system when it does not say which printer is its default (Windows)', async () => {
    printer.printers.forEach((installed) => (installed.isDefault = false));
    const { job } = await print();
    expect(job).toMatchObject({ state: 'sent', printer: '' });
    expect(printer.requests[0]!.request.printer).toBe('');
  });

  it('puts it on record when a work order carrying the device password is printed', async () => {
    const { job } = await print({ document: 'work-order' });
    expect(listAuditEntries(core.core.db, 'print-job', job.id)[0]!.details).toMatchObject({
      document: 'work-order',
      devicePassword: true,
    });
    const receipt = await print();
    expect(listAuditEntries(core.core.db, 'print-job', receipt.job.id)[0]!.details).not.toHaveProperty(
      'devicePassword',
    );
  });

  it('goes to the printer the settings name for the document', async () => {
    await core.expectOk(
      'settings-printing-update',
      { ...defaultPrintSettings, 'work-order': { ...defaultPrintSettings['work-order'], printer: 'HP_LaserJet_M110' } },
      admin,
    );
    const { job } = await print({ document: 'work-order' });
    expect(job).toMatchObject({ state: 'sent', printer: 'HP_LaserJet_M110' });
    expect(printer.requests[0]!.request.printer).toBe('HP_LaserJet_M110');
  });

  it('lists the installed printers, without their offline flag', async () => {
    expect(await core.expectOk('printers-list', {}, reception)).toEqual({
      mode: 'system',
      printers: counterPrinters.map(({ name, displayName, isDefault }) => ({ name, displayName, isDefault })),
    });
    printer.list = () => Promise.reject(new Error('CUPS not running'));
    expect(await core.expectOk('printers-list', {}, reception)).toEqual({ mode: 'system', printers: [] });
  });
});

describe('printing in browser mode', () => {
  beforeEach(() => openCounter());

  it('hands the rendered document to the browser and keeps the job queued until it reports back', async () => {
    const expected = await core.expectOk(
      'print-render',
      { document: 'receipt', ticketId: ticket.id, language: 'en' },
      reception,
    );
    const { job, document } = await print({ language: 'en' });
    expect(job).toMatchObject({
      delivery: 'browser',
      state: 'queued',
      printer: '',
      paper: 'roll-80',
      copies: 2,
      reprint: 0,
      finishedAt: null,
    });
    expect(document).toEqual(expected);
    expect(auditActions(job)).toEqual(['print.job']);

    now = new Date('2026-11-25T02:00:05.000Z');
    const finished = await core.expectOk('print-job-finish', { id: job.id, state: 'sent' }, reception);
    expect(finished).toMatchObject({ id: job.id, state: 'sent', failure: null, finishedAt: now.toISOString() });
    expect(await history()).toEqual([finished]);
    expect(auditActions(job)).toEqual(['print.job', 'print.job-finish']);
  });

  it('records the reason the browser gives for a failure', async () => {
    const cancelled = (await print()).job;
    expect(
      await core.expectOk('print-job-finish', { id: cancelled.id, state: 'failed', failure: 'cancelled' }, reception),
    ).toMatchObject({ state: 'failed', failure: 'cancelled' });
    const broken = (await print()).job;
    expect(
      await core.expectOk(
        'print-job-finish',
        { id: broken.id, state: 'failed', detail: 'Frame did not load' },
        reception,
      ),
    ).toMatchObject({ state: 'failed', failure: 'failed', failureDetail: 'Frame did not load' });
    expect(listAuditEntries(core.core.db, 'print-job', broken.id)[1]!.details).toEqual({
      state: 'failed',
      failure: 'failed',
    });
  });

  it('finishes a job once, and only a job that exists', async () => {
    const { job } = await print();
    const finished = await core.expectOk('print-job-finish', { id: job.id, state: 'sent' }, reception);
    for (const state of ['sent', 'failed'] as const)
      expect(await core.call('print-job-finish', { id: job.id, state }, reception)).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
    expect(await history()).toEqual([finished]);
    expect(await core.call('print-job-finish', { id: 9999, state: 'sent' }, reception)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('counts a browser job as a printing only once the browser reports it sent', async () => {
    const first = (await print()).job;
    const whileOpen = await print();
    expect(whileOpen.job.reprint).toBe(0);
    expect(whileOpen.document!.html).not.toContain('补打 第');
    await core.expectOk('print-job-finish', { id: whileOpen.job.id, state: 'failed', failure: 'cancelled' }, reception);
    expect((await print()).job.reprint).toBe(0);

    await core.expectOk('print-job-finish', { id: first.id, state: 'sent' }, reception);
    const reprint = await print();
    expect(reprint.job.reprint).toBe(1);
    expect(reprint.document!.html).toContain('补打 第1次');
  });

  it('lists no printers: the browser dialog chooses', async () => {
    expect(await core.expectOk('printers-list', {}, reception)).toEqual({ mode: 'browser', printers: [] });
  });
});

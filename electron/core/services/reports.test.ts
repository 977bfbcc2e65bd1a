import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DayLogView, FigureTicketsView, KpiReport } from '../../../shared/contract';
import { consultationIntake, readyForPickup, repairIntake, settledPickup } from '../../../test/fixtures/sample-intakes';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import type { FigureWithTickets } from '../../../shared/domain/figure-tickets';
import type { Session } from '../context';
import { toCsv } from '../reports/csv';
import { dayLogCsvRows, dayLogWorkbook, type DayLogExportContext } from '../reports/day-log-export';
import { writeXlsx } from '../reports/xlsx';
import { translatorFor } from '../translators';
import { readServiceSettings } from './service-settings';

const reportAudit = () =>
  (
    core.core.db.prepare(`SELECT action, details FROM audit_log WHERE entity = 'report' ORDER BY id`).all() as {
      action: string;
      details: string;
    }[]
  ).map((row) => ({ action: row.action, details: JSON.parse(row.details) as unknown }));

/**
 * The daily log through the router, worked out in the report worker. Two days in Shanghai: on
 * Wednesday 25 November a repair comes in at 10:00 with a ¥200.00 cash deposit and a question is
 * answered at the counter; on Thursday the repair is done and collected at 11:00, the ¥700.00 left
 * paid by WeChat Pay.
 */
let now = new Date('2026-11-25T02:00:00.000Z');
let core: TestCore;
let admin: Session;
let reception: Session;
let technician: Session;
let manager: Session;
let repairNumber: string;
let questionId: number;

beforeAll(async () => {
  core = await openTestCore({ now: () => now });
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
  technician = await core.staffSession(admin, 'technician', 'Tom');
  manager = await core.staffSession(admin, 'manager', 'Mia', '5678');
  const customerId = (await core.expectOk('customers-create', { name: '王芳', phone: '13812345678' }, reception)).id;
  const repair = await core.expectOk('intake-save', repairIntake(customerId), reception);
  repairNumber = repair.number;
  questionId = (await core.expectOk('intake-save', consultationIntake(customerId), reception)).id;
  now = new Date('2026-11-26T03:00:00.000Z');
  const ready = await readyForPickup(repair, (input) => core.expectOk('tickets-move', input, admin));
  await core.expectOk('pickup-complete', settledPickup(ready), reception);
  // The day closed at 18:00 with the drawer ¥2.00 over.
  now = new Date('2026-11-26T10:00:00.000Z');
  const drawer = await core.expectOk('cash-close-preview', {}, reception);
  await core.expectOk(
    'cash-close-record',
    {
      afterPaymentId: drawer.afterPaymentId,
      throughPaymentId: drawer.throughPaymentId,
      floatFen: 30_000,
      countedFen: 30_200,
      statements: { wechat: 70_000 },
      note: '多收 2 元待查',
    },
    reception,
  );
}, 60_000);
afterAll(() => core.dispose());

const dayLog = (from: string, to = from, session = manager, fullPhones = false) =>
  core.expectOk('reports-day-log', { from, to, fullPhones }, session) as Promise<DayLogView>;

describe('the daily log', () => {
  it('lists the day’s intakes with phones masked, the question closed at the counter, the deposit, and what was left in hand', async () => {
    const log = await dayLog('2026-11-25');
    expect(log.received.map((row) => [row.number === repairNumber, row.serviceType, row.customerPhone])).toEqual([
      [true, 'repair', '138****5678'],
      [false, 'consultation', '138****5678'],
    ]);
    expect(log.received[0]).toMatchObject({ receptionistName: 'Rita', estimateFen: 90_000, channel: 'walk-in' });
    expect(log.closedAtCounter).toEqual([questionId]);
    expect(log.money).toMatchObject({
      depositsFen: 20_000,
      paymentsFen: 0,
      netFen: 20_000,
      byMethod: { cash: { inFen: 20_000 } },
    });
    expect(log.backlog).toMatchObject({ total: 1, byState: { received: 1 } });
    expect(log.handOvers).toEqual([]);
  });

  it('shows the next day’s work, the hand-over and the payment by method', async () => {
    const log = await dayLog('2026-11-26');
    expect(log.received).toEqual([]);
    expect(log.moves.map((move) => move.toState)).toEqual(['diagnosing', 'repairing', 'qa', 'ready', 'picked-up']);
    expect(log.handOvers).toMatchObject([
      { number: repairNumber, customerName: '王芳', repaired: true, staffName: 'Rita' },
    ]);
    expect(log.payments).toMatchObject([
      { number: repairNumber, kind: 'payment', method: 'wechat', amountFen: 70_000 },
    ]);
    expect(log.money).toMatchObject({ paymentsFen: 70_000, netFen: 70_000, owedAtReleaseFen: 0 });
    expect(log.backlog.total).toBe(0);
  });

  it('covers a range, both days included', async () => {
    const log = await dayLog('2026-11-25', '2026-11-26');
    expect(log.received).toHaveLength(2);
    expect(log.money.netFen).toBe(90_000);
  });

  it('gives whole phone numbers when a manager asks, and puts that on record', async () => {
    const before = reportAudit().length;
    const log = await dayLog('2026-11-25', '2026-11-25', manager, true);
    expect(log.received[0]?.customerPhone).toBe('138 1234 5678');
    const entries = reportAudit();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      action: 'report.full-phones',
      details: { report: 'day-log', from: '2026-11-25' },
    });
  });

  it('is for managers and administrators only', async () => {
    for (const session of [reception, technician]) {
      expect(await core.call('reports-day-log', { from: '2026-11-25', to: '2026-11-25' }, session)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect((await dayLog('2026-11-25', '2026-11-25', admin)).received).toHaveLength(2);
  });

  it('refuses dates that are not dates, a range the wrong way round, or longer than a report covers', async () => {
    const refused = async (from: string, to: string) => {
      const result = await core.call('reports-day-log', { from, to }, manager);
      expect(result.ok).toBe(false);
      return result.ok ? undefined : result.error.fields;
    };
    expect(await refused('2026-11-31', '2026-12-01')).toEqual({ from: { key: 'validation.range.invalidDate' } });
    expect(await refused('2026-11-26', '2026-11-25')).toEqual({ to: { key: 'validation.range.backwards' } });
    expect(await refused('2025-01-01', '2026-11-25')).toEqual({
      to: { key: 'validation.range.tooLong', params: { max: 367 } },
    });
  });
});

describe('the daily log exported', () => {
  const exportContext = (language: 'zh-CN' | 'en'): DayLogExportContext => ({
    t: translatorFor(language),
    language,
    settings: readServiceSettings(core.core.db),
    shopName: '华东家电售后服务中心',
    writtenBy: 'Mia',
    writtenAt: new Date('2026-11-27T01:00:00.000Z'),
  });

  it('as a workbook: a sheet per section, the period in the title, Chinese intact, money and times typed', async () => {
    const view = await dayLog('2026-11-25', '2026-11-26');
    const book = new ExcelJS.Workbook();
    const bytes = await writeXlsx(dayLogWorkbook(view, exportContext('zh-CN')));
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '汇总',
      '受理登记',
      '状态变更',
      '取机',
      '收退款',
      '日结',
      '超期',
    ]);
    const received = book.getWorksheet('受理登记');
    if (!received) throw new Error('no sheet');
    expect(received.getCell('A1').value).toBe('华东家电售后服务中心');
    expect(received.getCell('A2').value).toBe('日报 · 2026-11-25 至 2026-11-26');
    expect(received.getCell('A3').value).toBe('Mia 导出于 2026-11-27 09:00 · 手机号已隐藏中间位');
    expect((received.getRow(5).values as unknown[]).slice(1, 5)).toEqual(['单号', '时间', '客户', '电话']);
    const repair = received.getRow(6);
    expect(repair.getCell(1).value).toBe(repairNumber);
    // Recorded at 10:00 in Shanghai, shown on the shop's clock.
    expect(repair.getCell(2).value).toEqual(new Date('2026-11-25T10:00:00.000Z'));
    expect([repair.getCell(3).value, repair.getCell(4).value, repair.getCell(9).value]).toEqual([
      '王芳',
      '138****5678',
      '维修',
    ]);
    expect(repair.getCell(13).value).toBe(900);
    expect(repair.getCell(13).numFmt).toContain('¥');
    const payments = book.getWorksheet('收退款');
    const net = payments?.getRows(1, payments.rowCount)?.find((row) => row.getCell(3).value === '净收入');
    expect(net?.getCell(5).value).toBe(900);
    const closes = book.getWorksheet('日结');
    expect((closes?.getRow(5).values as unknown[]).slice(1, 11)).toEqual([
      '日结时间',
      '起始时间',
      '经办人',
      '笔数',
      '备用金',
      '现金收入',
      '现金支出',
      '应有现金',
      '实点现金',
      '长款(+)/短款(−)',
    ]);
    const close = closes?.getRow(6);
    expect(close?.getCell(1).value).toEqual(new Date('2026-11-26T18:00:00.000Z'));
    expect([
      close?.getCell(3).value,
      close?.getCell(4).value,
      close?.getCell(8).value,
      close?.getCell(10).value,
    ]).toEqual(['Rita', 1, 300, 2]);
    expect(close?.getCell(10).numFmt).toContain('¥');
    expect(String(close?.getCell(16).value)).toMatch(/：±0\.00$/u);
    expect(close?.getCell(17).value).toBe('多收 2 元待查');
  });

  it('as CSV, one section a file, for other tools: a header, the rows alone, yuan and the shop’s clock as text', async () => {
    const view = await dayLog('2026-11-26');
    const csv = toCsv(dayLogCsvRows(view, 'payments', exportContext('en')));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toEqual([
      'Time,Ticket,Kind,Method,Amount,Reversal,By',
      `2026-11-26 11:00,${repairNumber},Payment,WeChat Pay,700.00,No,Rita`,
    ]);
  });
});

describe('the daily log as a file to save', () => {
  it('writes the workbook in the worker under the manager’s name, in the screen’s language, to read back', async () => {
    now = new Date('2026-11-27T01:00:00.000Z');
    const file = await core.expectOk(
      'reports-day-log-export',
      { from: '2026-11-25', to: '2026-11-26', format: 'xlsx', language: 'en' },
      manager,
    );
    expect(file).toMatchObject({
      fileName: 'Daily log-2026-11-25_2026-11-26.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toContain('Cash close');
    const received = book.getWorksheet('Received');
    expect(received?.getCell('A3').value).toBe('Written 2026-11-27 09:00 by Mia · Phones masked');
    expect(received?.getRow(6).getCell(4).value).toBe('138****5678');
  });

  it('writes one section as CSV, and whole phones only on record', async () => {
    const before = reportAudit().length;
    const file = await core.expectOk(
      'reports-day-log-export',
      { from: '2026-11-25', to: '2026-11-25', format: 'csv', section: 'received', fullPhones: true, language: 'zh-CN' },
      manager,
    );
    expect(file.fileName).toBe('日报-2026-11-25-受理登记.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF单号,时间,客户,电话')).toBe(true);
    expect(text).toContain('138 1234 5678');
    expect(reportAudit().slice(before)).toMatchObject([
      { action: 'report.full-phones', details: { report: 'day-log-export', format: 'csv' } },
    ]);
  });

  it('is for managers and administrators only, and refuses a format or section it does not know', async () => {
    const input = { from: '2026-11-25', to: '2026-11-25', format: 'xlsx' } as const;
    for (const session of [reception, technician])
      expect(await core.call('reports-day-log-export', input, session)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    for (const bad of [
      { ...input, format: 'pdf' },
      { ...input, section: 'everything' },
    ]) {
      const result = await core.call('reports-day-log-export', bad as typeof input, manager);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });
});

describe('the daily log printed', () => {
  const printAudit = () =>
    (
      core.core.db.prepare(`SELECT details FROM audit_log WHERE action = 'print.job' ORDER BY id`).all() as {
        details: string;
      }[]
    ).map((row) => JSON.parse(row.details) as unknown);

  it('is laid out on A4 turned sideways in the report worker: the shop, the day, each section, phones masked', async () => {
    const rendered = await core.expectOk(
      'print-render',
      { document: 'day-log', period: { from: '2026-11-26', to: '2026-11-26' }, language: 'zh-CN' },
      manager,
    );
    expect(rendered).toMatchObject({ document: 'day-log', ticketId: null, paper: 'a4-landscape', reprint: 0 });
    expect(rendered.title).toBe('日报 2026-11-26');
    expect(rendered.html).toContain('size: A4 landscape');
    for (const text of ['日报 · 2026-11-26 当日', repairNumber, '王芳', '¥700.00', '多收 2 元待查', '汇总', '取机'])
      expect(rendered.html).toContain(text);
    expect(rendered.html).not.toContain('13812345678');
    // The day's times alone: the hand-over at 11:00 Shanghai time.
    expect(rendered.html).toMatch(/>11:00</u);
    const range = await core.expectOk(
      'print-render',
      { document: 'day-log', period: { from: '2026-11-25', to: '2026-11-26' }, language: 'en', paper: 'a4' },
      manager,
    );
    expect(range.title).toBe('Daily log 2026-11-25–2026-11-26');
    expect(range.html).toContain('size: A4;');
    expect(range.html).toContain('2026-11-26 11:00');
    expect(range.html).toContain('138****5678');
    expect(range.html).not.toContain('13812345678');
  });

  it('prints as a job of no ticket, with its days on record', async () => {
    const started = await core.expectOk(
      'print-document',
      { document: 'day-log', period: { from: '2026-11-26', to: '2026-11-26' }, language: 'en', output: 'pdf' },
      manager,
    );
    expect(started.job).toMatchObject({ document: 'day-log', ticketId: null, paper: 'a4-landscape', staffName: 'Mia' });
    expect(printAudit().at(-1)).toMatchObject({
      document: 'day-log',
      ticketId: null,
      period: { from: '2026-11-26', to: '2026-11-26' },
    });
  });

  it('is for managers and administrators only, and needs its days (and no ticket)', async () => {
    const input = { document: 'day-log', period: { from: '2026-11-26', to: '2026-11-26' }, language: 'zh-CN' } as const;
    for (const session of [reception, technician]) {
      expect(await core.call('print-render', input, session)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await core.call('print-document', input, session)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    const jobs = () => core.core.db.prepare(`SELECT count(*) FROM print_jobs`).pluck().get() as number;
    const before = jobs();
    for (const bad of [
      { document: 'day-log', language: 'zh-CN' },
      { ...input, ticketId: 1 },
      { ...input, period: { from: '2026-11-27', to: '2026-11-26' } },
      { ...input, paper: 'roll-80' },
      { document: 'receipt', period: input.period, language: 'zh-CN' },
    ]) {
      const result = await core.call('print-document', bad as typeof input, manager);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(jobs()).toBe(before);
  });
});

describe('the figures of a period', () => {
  const kpis = (from: string, to: string, session = manager) =>
    core.expectOk('reports-kpis', { from, to }, session) as Promise<KpiReport>;

  it('against the days just before, with each member of staff’s and a line per day', async () => {
    const report = await kpis('2026-11-25', '2026-11-26');
    expect(report.previous).toEqual({ from: '2026-11-23', to: '2026-11-24' });
    expect(report.summary.intakes).toMatchObject({ total: 2, byChannel: { 'walk-in': 2 } });
    expect(report.previousSummary.intakes.total).toBe(0);
    expect(report.summary.takings.revenueFen).toBe(90_000);
    expect(report.summary.satisfaction).toBeNull();
    expect(report.reception).toMatchObject([{ name: 'Rita', intakes: 2, pickups: 1 }]);
    expect(report.technicians).toHaveLength(1);
    expect(report.technicians[0]).toMatchObject({ finished: 1 });
    expect(report.days).toEqual([
      { date: '2026-11-25', intakes: 2, slaMet: null, backlog: 1 },
      { date: '2026-11-26', intakes: 0, slaMet: expect.any(Number) as number, backlog: 0 },
    ]);
    expect(report.backlog.total).toBe(0);
  });

  it('a whole month against the month before; for managers and administrators only', async () => {
    expect((await kpis('2026-11-01', '2026-11-30')).previous).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(await core.call('reports-kpis', { from: '2026-11-25', to: '2026-11-26' }, reception)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('the tickets behind a figure', () => {
  const behind = (figure: FigureWithTickets, session = manager) =>
    core.expectOk(
      'reports-figure-tickets',
      { from: '2026-11-25', to: '2026-11-26', figure },
      session,
    ) as Promise<FigureTicketsView>;

  it('lists the repair looked at only the next day under the first response, with its customer masked and who took it in', async () => {
    const late = await behind('firstResponse');
    expect(late.total).toBe(1);
    expect(late.rows).toEqual([
      expect.objectContaining({
        number: repairNumber,
        reason: 'late',
        state: 'picked-up',
        customerName: '王芳',
        customerPhone: '138****5678',
        productCategory: 'phone',
        staffName: 'Rita',
      }),
    ]);
    expect(late.rows[0]?.minutes).toBeGreaterThan(0);
    const report = await core.expectOk('reports-kpis', { from: '2026-11-25', to: '2026-11-26' }, manager);
    const within = report.summary.firstResponse.withinTarget;
    expect(within.of - within.count).toBe(late.total);
  });

  it('lists every ready repair under the turnaround, and none where nothing counted against a figure', async () => {
    expect((await behind('turnaround')).rows.map((row) => [row.number, row.reason])).toEqual([[repairNumber, 'took']]);
    for (const figure of ['qcFailures', 'returnedUnrepaired', 'cancelled', 'complaints', 'firstTimeFix'] as const)
      expect(await behind(figure)).toMatchObject({ total: 0, rows: [] });
  });

  it('is for managers and administrators only, and refuses a figure it does not know', async () => {
    expect(
      await core.call('reports-figure-tickets', { from: '2026-11-25', to: '2026-11-26', figure: 'slaMet' }, reception),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await core.call(
        'reports-figure-tickets',
        { from: '2026-11-25', to: '2026-11-26', figure: 'happiness' } as never,
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'validation', fields: { figure: { key: 'validation.invalid' } } } });
    expect(
      await core.call('reports-figure-tickets', { from: '2026-11-26', to: '2026-11-25', figure: 'slaMet' }, manager),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

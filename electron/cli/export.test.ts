import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/fixtures/temp-dir';
import { openDatabase } from '../core/db/connection';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from './program';

let temp: ReturnType<typeof makeTempDir>;
let busiest: { day: string; received: number };

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--data-dir', join(temp.path, 'data'), ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  temp = makeTempDir();
  await cli('staff', 'add', '--name', 'Rita', '--role', 'reception', '--pin', '1234');
  await cli('seed', '--customers', '200', '--tickets', '600', '--seed', '4');
  const db = openDatabase(join(temp.path, 'data', 'frontdesk.sqlite3'));
  const row = db
    .prepare(
      `SELECT intake_day AS day, count(*) AS received FROM tickets GROUP BY intake_day ORDER BY 2 DESC, 1 LIMIT 1`,
    )
    .get() as { day: string; received: number };
  db.close();
  busiest = row;
}, 60_000);
afterAll(() => temp.remove());

const out = (name: string) => join(temp.path, name);

describe('npm run cli -- export day-log', () => {
  it('writes a day’s log as a workbook that reads back: a sheet per section, a row per ticket received', async () => {
    const result = await cli('export', 'day-log', '--date', busiest.day, '--format', 'xlsx', '--out', out('day.xlsx'));
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toContain(`${busiest.received} tickets received`);
    expect(result.err).toContain(`Reading ${busiest.day}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out('day.xlsx')) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Received',
      'State changes',
      'Handed back',
      'Payments',
      'Cash close',
      'Overdue',
    ]);
    const received = book.getWorksheet('Received');
    // Three title lines, a blank, the header, then the tickets.
    expect(received?.getCell('A5').value).toBe('Ticket');
    expect((received?.rowCount ?? 0) - 5).toBe(busiest.received);
    expect(received?.getCell('A2').value).toBe(`Daily log · ${busiest.day}`);
  });

  it('writes one section as CSV for other tools', async () => {
    const result = await cli(
      'export',
      'day-log',
      '--date',
      busiest.day,
      '--to',
      busiest.day,
      '--format',
      'csv',
      '--out',
      out('received.csv'),
    );
    expect(result.code).toBe(EXIT_OK);
    const text = readFileSync(out('received.csv'), 'utf8');
    expect(text.startsWith('\uFEFFTicket,Time,Customer,Phone,')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(busiest.received + 1);
  });

  it.each([
    [['--date', '2026-02-30', '--format', 'csv'], /--date: Not a valid date/u],
    [['--date', '2026-12-05', '--to', '2026-12-01', '--format', 'csv'], /--to: The end date is before the start date/u],
    [['--date', '2025-01-01', '--to', '2026-12-01', '--format', 'xlsx'], /--to: A report covers at most 367 days/u],
    [['--date', '2026-12-01', '--format', 'pdf'], /argument 'pdf' is invalid/u],
    [['--date', '2026-12-01'], /required option '--format/u],
  ])('refuses %j with a clear message, exit 2, and writes nothing', async (args, message) => {
    const result = await cli('export', 'day-log', ...args, '--out', out('refused.csv'));
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.err).toMatch(message);
    expect(existsSync(out('refused.csv'))).toBe(false);
  });

  it('refuses a folder that does not exist, and a file it cannot write, leaving nothing half-written', async () => {
    const missing = await cli('export', 'day-log', '--date', busiest.day, '--format', 'csv', '--out', out('no/x.csv'));
    expect(missing).toMatchObject({ code: EXIT_USAGE });
    expect(missing.err).toMatch(/--out: The folder .* does not exist/u);
    // A folder where the file should go: the write fails, and no temporary file is left beside it.
    mkdirSync(out('taken.xlsx'));
    const blocked = await cli(
      'export',
      'day-log',
      '--date',
      busiest.day,
      '--format',
      'xlsx',
      '--out',
      out('taken.xlsx'),
    );
    expect(blocked.code).toBe(EXIT_FAILED);
    expect(blocked.err).toMatch(/Could not write .*taken\.xlsx.*Nothing was written/u);
    expect(readdirSync(temp.path).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('says so when there is no database', async () => {
    const result = await runCli(
      [
        '--data-dir',
        out('empty'),
        'export',
        'day-log',
        '--date',
        '2026-12-01',
        '--format',
        'csv',
        '--out',
        out('e.csv'),
      ],
      { out: () => undefined, err: () => undefined, env: {} },
    );
    expect(result).toBe(EXIT_FAILED);
    expect(existsSync(out('e.csv'))).toBe(false);
  });
});

describe('npm run cli -- export kpis', () => {
  it('writes a period’s figures against the period before as a workbook: summary, days, staff, products', async () => {
    const to = busiest.day;
    const from = `${to.slice(0, 8)}01`;
    const result = await cli(
      'export',
      'kpis',
      '--date',
      from,
      '--to',
      to,
      '--format',
      'xlsx',
      '--out',
      out('kpis.xlsx'),
    );
    expect(result.code).toBe(EXIT_OK);
    expect(result.err).toContain('Working out the figures');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out('kpis.xlsx')) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'By day',
      'Reception',
      'Technicians',
      'Products and faults',
    ]);
    const summary = book.getWorksheet('Summary');
    expect(summary?.getCell('A2').value).toBe(`Figures · ${from} to ${to} · Against ${expectedPrevious(from, to)}`);
    expect(summary?.getRow(5).values).toEqual([undefined, 'Figure', 'This period', 'The period before', 'Change']);
    const intakes = summary?.getRow(6);
    expect(intakes?.getCell(1).value).toBe('Tickets taken in');
    expect(typeof intakes?.getCell(2).value).toBe('number');
    const sla = summary?.getRows(6, 60)?.find((row) => row.getCell(1).value === 'Ready by the promise');
    expect(sla?.getCell(2).numFmt).toBe('0.0%');
    const revenue = summary?.getRows(6, 60)?.find((row) => row.getCell(1).value === 'Money in, net');
    expect(revenue?.getCell(2).numFmt).toContain('¥');
    const days = book.getWorksheet('By day');
    expect((days?.rowCount ?? 0) - 5).toBe(Number(to.slice(8)));
    expect(days?.getCell('A6').value).toEqual(new Date(`${from}T00:00:00Z`));
  });

  it('writes one section as CSV, and refuses a range the wrong way round', async () => {
    const result = await cli(
      'export',
      'kpis',
      '--date',
      busiest.day,
      '--format',
      'csv',
      '--section',
      'summary',
      '--out',
      out('kpis.csv'),
    );
    expect(result.code).toBe(EXIT_OK);
    const lines = readFileSync(out('kpis.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFFigure,This period,The period before,Change');
    expect(lines.find((line) => line.startsWith('Ready by the promise,'))).toMatch(
      /^Ready by the promise,(\d+\.\d%)?,/u,
    );
    const backwards = await cli(
      'export',
      'kpis',
      '--date',
      '2026-11-02',
      '--to',
      '2026-11-01',
      '--format',
      'csv',
      '--out',
      out('b.csv'),
    );
    expect(backwards.code).toBe(EXIT_USAGE);
    expect(backwards.err).toContain('--to');
    expect(existsSync(out('b.csv'))).toBe(false);
  });
});

/** The days just before a range as long as it, or the month before a whole month. */
function expectedPrevious(from: string, to: string): string {
  const day = 86_400_000;
  const length = (Date.parse(to) - Date.parse(from)) / day + 1;
  const start = new Date(Date.parse(from) - length * day).toISOString().slice(0, 10);
  const end = new Date(Date.parse(from) - day).toISOString().slice(0, 10);
  return `${start} to ${end}`;
}

/**
 * `npm run bench`: speed at realistic size, through the core's router (validation and access
 * checks included), with the raw SQLite time for the same query beside each figure.
 *
 *   npm run bench -- [--customers 300000] [--tickets 1000000] [--iterations 300] [--data-dir DIR]
 *
 * With `--data-dir` the bench runs on a shop already there (say one filled by `npm run cli --
 * seed`), signed in as its first receptionist, manager or administrator, and leaves it as it
 * was apart from the intakes the save case records and the repairs the pickup case takes in,
 * repairs and hands back (a call is recorded on each shelved device's ticket, too). Without it, a shop is seeded in a temporary
 * folder (about three minutes at the default size). No ANALYZE is run: a shop's database has no
 * statistics, and plans must be good without them.
 */
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import {
  readyShelfFilters,
  ticketQueues,
  type HandlerName,
  type InputOf,
  type PickupInput,
  type TicketDetail,
} from '../../shared/contract';
import { openCore, type Router, type Session } from '../../electron/core';
import { recordQueries } from '../../electron/core/db/sql';
import type { WritableDB } from '../../electron/core/db/types';
import { buildDayLog } from '../../electron/core/reports/day-log-view';
import { dayLogFile } from '../../electron/core/reports/day-log-file';
import { buildFigureTickets } from '../../electron/core/reports/figure-tickets-view';
import { seedCustomers, seedTickets } from '../../electron/core/services/seed';
import { readServiceSettings } from '../../electron/core/services/service-settings';
import { addDaysToDate } from '../../shared/domain/calendar';
import { shopToday, shortcutRange } from '../../shared/domain/report-periods';
import { buildKpiReport } from '../../electron/core/reports/kpi-report';
import { makeTempDir } from '../fixtures/temp-dir';
import { readyForPickup, settledPickup } from '../fixtures/sample-intakes';
import { greetCases } from './greet-cases';

interface Case {
  name: string;
  /** p95 target through the router, in ms (DESIGN.md §5). */
  target: number;
  call: () => { handler: HandlerName; input: unknown };
  /** The same lookup straight on SQLite; by default, the statements the handler ran, replayed. */
  raw?: () => unknown;
  /** Work kept going in the background while the case is timed (a month's workbook in the report worker). */
  during?: () => Promise<unknown>;
  /** Who calls, if not the bench's receptionist (a technician for their own queue). */
  session?: Session;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** p50/p95 of a set of samples in ms. */
function summary(samples: number[]): { p50: number; p95: number } {
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--customers <n>', 'customers to seed', (value) => Number(value), 300_000)
    .option('--tickets <n>', 'tickets to seed (each with a device and its events)', (value) => Number(value), 1_000_000)
    .option('--iterations <n>', 'samples per case', (value) => Number(value), 300)
    .option('--data-dir <dir>', 'run on this shop instead of seeding a new one')
    .option('--only <text>', 'run only the cases whose name contains this')
    .parse()
    .opts<{ customers: number; tickets: number; iterations: number; dataDir?: string; only?: string }>();

  const temp = options.dataDir ? null : makeTempDir('frontdesk-bench-');
  const opened = await openCore({
    dataDir: options.dataDir ?? temp?.path ?? '',
    language: 'en',
    log: () => undefined,
    scheduledExport: null,
  });
  const { router, core } = opened;
  const db = core.db;
  try {
    const session: Session = { staffId: null };
    let seeded = 'an existing shop';
    if (options.dataDir) signInExisting(db, session);
    else seeded = await seedShop(router, db, session, options);
    // As the app has them a minute after it opens: every ticket's figures' facts kept.
    const factsStarted = performance.now();
    const factsKept = await opened.catchUpFacts();
    if (factsKept > 0)
      console.error(
        `kept the figures' facts of ${factsKept.toLocaleString('en')} tickets in ${((performance.now() - factsStarted) / 1000).toFixed(0)} s`,
      );
    const counted = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const size = `${counted('customers').toLocaleString('en')} customers, ${counted('tickets').toLocaleString('en')} tickets`;

    // Real values to look for, drawn from the data itself.
    const sample = db.prepare('SELECT name, phone FROM customers WHERE id % 997 = 0').all() as {
      name: string;
      phone: string;
    }[];
    let cursor = 0;
    const next = () => sample[(cursor += 1) % sample.length] as { name: string; phone: string };
    const middleDigits = (length: number) => next().phone.slice(-length - 1, -1);
    const threeCharName = () => {
      for (;;) {
        const name = next().name;
        if ([...name].length === 3) return name;
      }
    };
    const twoCharName = () => {
      for (;;) {
        const name = next().name;
        if ([...name].length === 2) return name;
      }
    };

    const rawFts = db.prepare(
      `SELECT id, name, phone FROM customers WHERE id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)
       ORDER BY updated_at DESC, id DESC LIMIT 8`,
    );
    const rawGram = db.prepare(
      `SELECT id, name, phone FROM customers WHERE id IN (SELECT customer_id FROM customer_name_grams WHERE gram = ?)
       ORDER BY updated_at DESC, id DESC LIMIT 8`,
    );
    const rawSurname = db.prepare(
      `SELECT id FROM customers WHERE name_search >= '王' AND name_search < '王\u{10FFFF}' ORDER BY updated_at DESC, id DESC LIMIT 8`,
    );
    const rawPage = db.prepare(
      `SELECT id, name, phone FROM customers
       WHERE id IN (SELECT id FROM customers ORDER BY name_search ASC, id ASC LIMIT 100 OFFSET ?)
       ORDER BY name_search ASC, id ASC`,
    );
    const rawCount = db.prepare(`SELECT count(*) FROM customers`);

    const ticketSample = db.prepare('SELECT id, number, device_id FROM tickets WHERE id % 499 = 0').all() as {
      id: number;
      number: string;
      device_id: number;
    }[];
    const serialSample = db.prepare('SELECT serial FROM devices WHERE id % 499 = 0').all() as { serial: string }[];
    let ticketCursor = 0;
    const nextTicket = () => ticketSample[(ticketCursor += 1) % ticketSample.length] as (typeof ticketSample)[number];
    const nextSerialTail = () => (serialSample[(ticketCursor += 1) % serialSample.length]?.serial ?? '').slice(-8);
    const rawTicketByNumber = db.prepare('SELECT * FROM tickets WHERE number = ?');
    const rawSerial = db.prepare(
      `SELECT id FROM devices WHERE serial_reversed >= ? AND serial_reversed < ? ORDER BY updated_at DESC LIMIT 6`,
    );
    const rawOpenTickets = db.prepare(
      `SELECT id FROM tickets WHERE state NOT IN ('picked-up', 'returned-unrepaired', 'cancelled', 'closed')
       ORDER BY created_at DESC, id DESC LIMIT 100`,
    );
    const customerForIntake = (db.prepare('SELECT id FROM customers ORDER BY id LIMIT 1').get() as { id: number }).id;
    let intakeSerial = 0;
    const intakeInput = () => ({
      customer: { kind: 'existing', id: customerForIntake },
      serviceType: 'repair',
      device: {
        productCategory: 'phone',
        brand: 'Huawei',
        model: 'Mate 60',
        serial: `BENCH${(intakeSerial += 1)}`,
        purchaseDate: '2026-03-01',
      },
      faultCategory: 'screen-cracked',
      priority: 'normal',
      faultDescription: '屏幕摔碎了',
      devicePassword: '1234',
      lines: [
        { kind: 'part', description: '屏幕总成', quantity: 1, unitPriceFen: 88000, warrantyCovered: false },
        { kind: 'labor', description: '维修工时', quantity: 1, unitPriceFen: 8000, warrantyCovered: true },
      ],
      consent: { method: 'tick', accepted: true },
    });
    // A write's floor: one row rewritten as it was, committed (fsync) as any write is.
    const rawTouchTicket = db.prepare(`UPDATE tickets SET updated_at = updated_at WHERE id = ?`);
    const rawWrite = () => db.transaction(() => rawTouchTicket.run(nextTicket().id)).immediate();
    const search = (query: string) => ({ handler: 'customers-search' as const, input: { query, limit: 8 } });
    const customerOf = db.prepare(`SELECT customer_id FROM tickets WHERE id = ?`).pluck();
    const customerOfTicket = (id: number) => customerOf.get(id) as number;
    /** Repairs taken in, repaired and checked through the router, one per pickup the case makes (not timed). */
    const repairsOnTheShelf = async (): Promise<PickupInput[]> => {
      const call = async <N extends HandlerName>(name: N, input: InputOf<N>, as: Session) => {
        const result = await router.dispatch(name, input, as);
        if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        return result.value as TicketDetail;
      };
      const ready: PickupInput[] = [];
      for (let index = 0; index < options.iterations + 20; index += 1) {
        const intake = await call('intake-save', intakeInput() as InputOf<'intake-save'>, session);
        const onShelf = await readyForPickup(intake, (input) => call('tickets-move', input, technicianSession));
        ready.push(settledPickup(onShelf));
      }
      return ready;
    };
    const technicianSession = technicianOf(db);
    const cases: Case[] = [
      {
        name: 'search: 4 phone digits',
        target: 2,
        call: () => search(middleDigits(4)),
        raw: () => rawFts.all(`phone_digits : "${middleDigits(4)}"`),
      },
      {
        name: 'search: 7 phone digits',
        target: 2,
        call: () => search(middleDigits(7)),
        raw: () => rawFts.all(`phone_digits : "${middleDigits(7)}"`),
      },
      {
        name: 'search: 3-character name',
        target: 10,
        call: () => search(threeCharName()),
        raw: () => rawFts.all(`{name_search company_search} : "${threeCharName()}"`),
      },
      {
        name: 'search: 2-character name',
        target: 10,
        call: () => search(twoCharName()),
        raw: () => rawGram.all(twoCharName()),
      },
      {
        name: 'search: surname (1 character)',
        target: 10,
        call: () => search('王'),
        raw: () => rawSurname.all(),
      },
      {
        name: 'search: Latin name',
        target: 10,
        call: () => search('brown'),
        raw: () => rawFts.all(`{name_search company_search} : "brown"`),
      },
      {
        name: 'list: first 100 by name (with total)',
        target: 10,
        call: () => ({
          handler: 'customers-list',
          input: { query: '', sort: 'name', direction: 'asc', offset: 0, limit: 100 },
        }),
        raw: () => {
          rawCount.get();
          rawPage.all(0);
        },
      },
      {
        name: 'list: 100 from the middle by name',
        target: 10,
        call: () => ({
          handler: 'customers-list',
          input: { query: '', sort: 'name', direction: 'asc', offset: Math.floor(options.customers / 2), limit: 100 },
        }),
        raw: () => {
          rawCount.get();
          rawPage.all(Math.floor(options.customers / 2));
        },
      },
    ];

    cases.push(
      {
        name: 'ticket by number (scan)',
        target: 2,
        call: () => ({ handler: 'tickets-find-by-number', input: { number: nextTicket().number } }),
        raw: () => rawTicketByNumber.get(nextTicket().number),
      },
      {
        name: 'greet search: serial tail (8)',
        target: 2,
        call: () => ({ handler: 'reception-search', input: { query: nextSerialTail(), limit: 6 } }),
        raw: () => {
          const reversed = [...nextSerialTail()].reverse().join('');
          rawSerial.all(reversed, `${reversed}\u{10FFFF}`);
        },
      },
      {
        name: 'ticket detail',
        target: 10,
        call: () => ({ handler: 'tickets-get', input: { id: nextTicket().id } }),
        raw: () => rawTicketByNumber.get(nextTicket().number),
      },
      {
        // A ticket not printed before: its barcode and QR code are drawn afresh (the slow part). At the
        // default size every sampled ticket is a different one; small runs cycle and hit the cache.
        name: 'receipt HTML ready (new ticket)',
        target: 30,
        call: () => ({
          handler: 'print-render',
          input: { document: 'receipt', ticketId: nextTicket().id, language: 'zh-CN' },
        }),
        raw: () => rawTicketByNumber.get(nextTicket().number),
      },
      {
        name: 'work order HTML ready (new ticket)',
        target: 30,
        call: () => ({
          handler: 'print-render',
          input: { document: 'work-order', ticketId: nextTicket().id, language: 'en' },
        }),
        raw: () => rawTicketByNumber.get(nextTicket().number),
      },
      {
        name: 'tickets: open, first 100 (with total)',
        target: 10,
        call: () => ({ handler: 'tickets-list', input: { view: 'open' } }),
        raw: () => rawOpenTickets.all(),
      },
      {
        name: 'tickets: search all by 4 phone digits',
        target: 10,
        call: () => ({ handler: 'tickets-list', input: { view: 'all', query: middleDigits(4) } }),
      },
      {
        name: 'tickets: search all by a 2-character name',
        target: 10,
        call: () => ({ handler: 'tickets-list', input: { view: 'all', query: twoCharName() } }),
      },
      {
        name: 'tickets: search open by a serial tail (6)',
        target: 10,
        call: () => ({ handler: 'tickets-list', input: { view: 'open', query: nextSerialTail().slice(-6) } }),
      },
      {
        name: 'tickets: open, waiting for parts',
        target: 10,
        call: () => ({ handler: 'tickets-list', input: { view: 'open', state: 'awaiting-parts' } }),
      },
      {
        name: "tickets: open, one technician's",
        target: 10,
        call: () => ({ handler: 'tickets-list', input: { view: 'open', technicianId: technicianSession.staffId } }),
      },
      {
        name: 'intake save (one transaction)',
        target: 10,
        call: () => ({ handler: 'intake-save', input: intakeInput() }),
        raw: rawWrite,
      },
    );

    // The workbench: each queue as a technician opens it, and a move as the workshop makes them all day.
    for (const queue of ticketQueues) {
      cases.push({
        name: `workbench: ${queue} queue (with counts)`,
        target: 10,
        session: technicianSession,
        call: () => ({ handler: 'tickets-queue', input: { queue } }),
      });
    }
    const movable = db
      .prepare(`SELECT id FROM tickets WHERE state IN ('received', 'on-hold') ORDER BY id DESC LIMIT 400`)
      .all() as { id: number }[];
    let moveCursor = 0;
    cases.push({
      name: 'workbench: a move (hold or resume, synchronous=FULL)',
      target: 10,
      session: technicianSession,
      call: () => {
        const picked = movable[(moveCursor += 1) % Math.max(1, movable.length)]?.id ?? 0;
        const ticket = db.prepare(`SELECT version, state FROM tickets WHERE id = ?`).get(picked) as
          { version: number; state: string } | undefined;
        const move =
          ticket?.state === 'on-hold' ? { action: 'resume' } : { action: 'hold', reason: 'customer' as const };
        return { handler: 'tickets-move', input: { ticketId: picked, version: ticket?.version ?? 1, move } };
      },
      raw: rawWrite,
    });

    // The pickup counter: the shelf as reception opens it, a call logged, a device handed back.
    for (const filter of readyShelfFilters) {
      cases.push({
        name: `pickup: the ready shelf (${filter})`,
        target: 10,
        call: () => ({ handler: 'ready-shelf', input: { filter } }),
      });
    }
    const shelved = db.prepare(`SELECT id FROM tickets WHERE shelved_at IS NOT NULL ORDER BY id LIMIT 400`).all() as {
      id: number;
    }[];
    // What the counter types to find a device on the shelf: a phone key by key, a name's first
    // one to three characters, a receipt's number.
    const waiting = db
      .prepare(
        `SELECT t.number, c.name, c.phone_digits FROM tickets t JOIN customers c ON c.id = t.customer_id
         WHERE t.shelved_at IS NOT NULL ORDER BY t.id LIMIT 200`,
      )
      .all() as { number: string; name: string; phone_digits: string }[];
    const typedOnShelf = (pick: (row: { number: string; name: string; phone_digits: string }) => string[]) => {
      const entries = waiting.flatMap(pick).filter((entry) => entry !== '');
      let cursor = 0;
      return () => entries[(cursor += 1) % Math.max(1, entries.length)] ?? '';
    };
    const shelfFinds = {
      'a phone key by key': typedOnShelf((row) =>
        Array.from({ length: row.phone_digits.length }, (_, index) => row.phone_digits.slice(0, index + 1)),
      ),
      'a name, 1–3 characters': typedOnShelf((row) =>
        [1, 2, 3].map((length) => [...row.name].slice(0, length).join('')),
      ),
      'a ticket number typed': typedOnShelf((row) => [row.number]),
    };
    for (const [typed, next] of Object.entries(shelfFinds)) {
      cases.push({
        name: `pickup: finding on the shelf (${typed})`,
        target: 10,
        call: () => ({ handler: 'ready-shelf', input: { filter: 'all', find: next() } }),
      });
    }
    // "Show more" reads the next page only: the last the list grows to is the tenth.
    cases.push({
      name: 'pickup: the ready shelf, its tenth page (shown more nine times)',
      target: 10,
      call: () => ({ handler: 'ready-shelf', input: { filter: 'all', offset: 450, limit: 50 } }),
    });
    let shelfCursor = 0;
    cases.push({
      name: 'pickup: a call logged (synchronous=FULL)',
      target: 10,
      call: () => ({
        handler: 'tickets-contact',
        input: {
          ticketId: shelved[(shelfCursor += 1) % Math.max(1, shelved.length)]?.id ?? 0,
          contact: { channel: 'call', outcome: 'no-answer' },
        },
      }),
      raw: rawWrite,
    });
    const pickups = options.only && !'pickup: a pickup'.includes(options.only) ? [] : await repairsOnTheShelf();
    let pickupCursor = 0;
    cases.push({
      name: 'pickup: a pickup (one transaction, synchronous=FULL)',
      target: 10,
      call: () => ({ handler: 'pickup-complete', input: pickups[(pickupCursor += 1) % pickups.length] }),
      raw: rawWrite,
    });
    // Reports: worked out in the report worker, timed from the call to the answer (the thread hop
    // included); the raw figure is the same work straight on the main connection.
    const managerSession = managerOf(db);
    const today = shopToday(new Date(), readServiceSettings(db).businessHours.timeZone);
    const reportDays = { yesterday: addDaysToDate(today, -1), 'the same day a year ago': addDaysToDate(today, -366) };
    for (const [when, date] of Object.entries(reportDays)) {
      cases.push({
        name: `reports: a day's log (${when}, in the worker)`,
        target: 300,
        session: managerSession,
        call: () => ({ handler: 'reports-day-log', input: { from: date, to: date } }),
        raw: () => void buildDayLog(db, { range: { from: date, to: date }, fullPhones: false }),
      });
    }
    const workbook = (from: string, to: string) => ({
      handler: 'reports-day-log-export' as const,
      input: { from, to, format: 'xlsx', fullPhones: false },
    });
    const rawWorkbook = (from: string, to: string) => async () => {
      await dayLogFile(db, {
        range: { from, to },
        fullPhones: false,
        format: 'xlsx',
        section: 'received',
        language: 'zh-CN',
        writtenBy: 'Bench',
        writtenAt: new Date().toISOString(),
      });
    };
    const yesterday = addDaysToDate(today, -1);
    const monthBack = addDaysToDate(today, -31);
    cases.push(
      {
        name: "reports: a day's workbook (yesterday, in the worker)",
        target: 1000,
        session: managerSession,
        call: () => workbook(yesterday, yesterday),
        raw: rawWorkbook(yesterday, yesterday),
      },
      {
        name: 'reports: a 31-day workbook (in the worker)',
        target: 5000,
        session: managerSession,
        call: () => workbook(monthBack, yesterday),
        raw: rawWorkbook(monthBack, yesterday),
      },
      {
        name: 'intake save while a 31-day workbook is written in the worker',
        target: 20,
        call: () => ({ handler: 'intake-save', input: intakeInput() }),
        raw: rawWrite,
        during: async () => {
          const { handler, input } = workbook(monthBack, yesterday);
          const written = await router.dispatch(handler, input as InputOf<typeof handler>, managerSession);
          if (!written.ok) throw new Error(`${handler}: ${written.error.message}`);
        },
      },
    );
    const lastMonth = shortcutRange('last-month', today);
    cases.push({
      name: "reports: last month's figures against the month before (in the worker)",
      target: 1000,
      session: managerSession,
      call: () => ({ handler: 'reports-kpis', input: lastMonth }),
      raw: () => void buildKpiReport(db, lastMonth, new Date()),
    });
    for (const figure of ['slaMet', 'turnaround', 'firstResponse'] as const)
      cases.push({
        name: `reports: the tickets behind last month's ${figure} (in the worker)`,
        target: 1000,
        session: managerSession,
        call: () => ({ handler: 'reports-figure-tickets', input: { ...lastMonth, figure } }),
        raw: () => void buildFigureTickets(db, { range: lastMonth, figure, now: new Date().toISOString() }),
      });
    const lastYear = { from: addDaysToDate(today, -365), to: addDaysToDate(today, -1) };
    cases.push({
      name: "reports: the last 365 days' figures against the 365 before (in the worker)",
      // Two years of facts (some two million rows) read and counted in the worker while the
      // screen shows its progress; the counter is not held up (the intake case above).
      target: 15_000,
      session: managerSession,
      call: () => ({ handler: 'reports-kpis', input: lastYear }),
      raw: () => void buildKpiReport(db, lastYear, new Date()),
    });
    cases.push({
      name: "customer page: the history's first 50 (with total)",
      target: 10,
      call: () => ({ handler: 'customers-history', input: { id: customerOfTicket(nextTicket().id) } }),
    });

    for (const greet of greetCases(db)) {
      cases.push({
        name: `greet: ${greet.kind}, ${greet.length} ${greet.length === 1 ? 'key' : 'keys'}`,
        target: 2,
        call: () => ({ handler: 'reception-search', input: { query: greet.query(), limit: 6 } }),
      });
    }

    const rows: string[][] = [];
    let missed = 0;
    for (const benchCase of cases.filter((entry) => !options.only || entry.name.includes(options.only))) {
      const measured = await measure(router, db, benchCase.session ?? session, benchCase, options.iterations);
      const ok = measured.routed.p95 <= benchCase.target;
      if (!ok) missed += 1;
      rows.push([
        benchCase.name,
        measured.routed.p50.toFixed(3),
        measured.routed.p95.toFixed(3),
        measured.raw.p95.toFixed(3),
        `≤ ${benchCase.target}`,
        String(measured.samples),
        ok ? 'ok' : 'MISSED',
      ]);
    }

    const header = ['case', 'router p50 ms', 'router p95 ms', 'raw SQLite p95 ms', 'target p95 ms', 'samples', ''];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
    );
    const line = (cells: string[]) =>
      `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
    console.log(`\nFrontDesk bench: ${size} (${seeded}), ${options.iterations} samples per case\n`);
    console.log(line(header));
    console.log(line(widths.map((width) => '-'.repeat(width))));
    for (const row of rows) console.log(line(row));
    console.log(`\nmemory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
    process.exitCode = missed === 0 ? 0 : 1;
  } finally {
    opened.close();
    temp?.remove();
  }
}

/** A case's samples stop after this long, so a pathological query is reported rather than waited out. */
const CASE_BUDGET_MS = 20_000;

/**
 * Times a case through the router and raw. Without a raw function of its own, the raw figure is the
 * same statements the handler just ran (recorded with their values), replayed straight on SQLite.
 */
async function measure(
  router: Router,
  db: WritableDB,
  session: Session,
  benchCase: Case,
  iterations: number,
): Promise<{ routed: { p50: number; p95: number }; raw: { p50: number; p95: number }; samples: number }> {
  const routed: number[] = [];
  const raw: number[] = [];
  let busy = benchCase.during !== undefined;
  const background = (async () => {
    while (busy) await benchCase.during?.();
  })();
  const started = performance.now();
  for (let index = 0; index < iterations + 20 && performance.now() - started < CASE_BUDGET_MS; index += 1) {
    const { handler, input } = benchCase.call();
    const recorder = recordQueries(db);
    const callStarted = performance.now();
    const result = await router.dispatch(handler, input as InputOf<typeof handler>, session);
    const elapsed = performance.now() - callStarted;
    const statements = recorder.stop();
    if (!result.ok) throw new Error(`${benchCase.name}: ${result.error.message}`);
    const rawStarted = performance.now();
    if (benchCase.raw) await benchCase.raw();
    else for (const statement of statements) db.prepare(statement.text).all(...statement.values);
    const rawElapsed = performance.now() - rawStarted;
    // The first 20 warm both paths up.
    if (index >= 20 || performance.now() - started > CASE_BUDGET_MS / 2) {
      routed.push(elapsed);
      raw.push(rawElapsed);
    }
  }
  busy = false;
  await background;
  return { routed: summary(routed), raw: summary(raw), samples: routed.length };
}

/** Signs the bench in as the shop's first member of staff who may take an intake. */
function signInExisting(db: WritableDB, session: Session): void {
  const staff = db
    .prepare(
      `SELECT id, pin_hash FROM staff WHERE active = 1 AND role IN ('reception', 'manager', 'admin') ORDER BY id LIMIT 1`,
    )
    .get() as { id: number; pin_hash: string } | undefined;
  if (!staff) throw new Error('The shop has no active receptionist, manager or administrator to run the bench as');
  session.staffId = staff.id;
  session.credential = staff.pin_hash;
}

/** A session of the shop's first active manager or administrator, for the reports. */
function managerOf(db: WritableDB): Session {
  const staff = db
    .prepare(`SELECT id, pin_hash FROM staff WHERE active = 1 AND role IN ('manager', 'admin') ORDER BY id LIMIT 1`)
    .get() as { id: number; pin_hash: string } | undefined;
  if (!staff) throw new Error('The shop has no active manager or administrator to run the reports bench as');
  return { staffId: staff.id, credential: staff.pin_hash };
}

/** A session of the shop's first active technician (the seeder adds some), for their own queue. */
function technicianOf(db: WritableDB): Session {
  const staff = db
    .prepare(`SELECT id, pin_hash FROM staff WHERE active = 1 AND role = 'technician' ORDER BY id LIMIT 1`)
    .get() as { id: number; pin_hash: string } | undefined;
  if (!staff) throw new Error('The shop has no active technician to run the workbench bench as');
  return { staffId: staff.id, credential: staff.pin_hash };
}

/** Sets up a new shop and seeds it; says how long the seeding took. */
async function seedShop(
  router: Router,
  db: WritableDB,
  session: Session,
  options: { customers: number; tickets: number },
): Promise<string> {
  const setup = await router.dispatch(
    'setup-complete',
    {
      language: 'en',
      shop: { name: 'Bench', address: '', phone: '', hours: '' },
      admin: { name: 'Bench', pin: '1234' },
    },
    session,
  );
  if (!setup.ok) throw new Error(setup.error.message);
  const customersStarted = performance.now();
  seedCustomers(db, { count: options.customers, seed: 42, now: new Date() });
  const customerSeconds = (performance.now() - customersStarted) / 1000;
  const ticketsStarted = performance.now();
  seedTickets(db, { count: options.tickets, seed: 42, now: new Date() });
  const ticketSeconds = (performance.now() - ticketsStarted) / 1000;
  return `seeded in ${customerSeconds.toFixed(1)} s + ${ticketSeconds.toFixed(1)} s`;
}

void main();

import Database from 'better-sqlite3';
import { buildKpiReport } from '/work/main/electron/core/reports/kpi-report';
import {
  readKpiFacts,
  readHeldTickets,
  kpiPayments,
  factsAreKept,
} from '/work/main/electron/core/reports/report-inputs';
import { backlogMovesIn, paymentsIn } from '/work/main/electron/core/db/queries/report-reads';
import { readServiceSettings } from '/work/main/electron/core/services/service-settings';
import { kpiRules } from '/work/main/electron/core/tickets/facts';
import { rangePeriod, previousRange } from '/work/main/shared/domain/report-periods';
const db = new Database(process.argv[2] ?? '/tmp/shop1m/frontdesk.sqlite3', { readonly: true });
const range = { from: process.argv[3] ?? '2026-11-01', to: process.argv[4] ?? '2026-11-30' };
const settings = readServiceSettings(db as never);
const rules = kpiRules(settings);
const tz = settings.businessHours.timeZone;
const period = rangePeriod(range, tz);
const prev = rangePeriod(previousRange(range), tz);
const both = { from: prev.from, to: period.to };
const time = <T>(name: string, f: () => T): T => {
  const s = performance.now();
  const r = f();
  console.log(name, Math.round(performance.now() - s), 'ms');
  return r;
};
console.log('kept', factsAreKept(db as never, rules));
const facts = time('facts', () => readKpiFacts(db as never, both, rules));
console.log(
  Object.entries(facts)
    .map(([k, v]) => `${k}=${(v as unknown[]).length}`)
    .join(' '),
);
time('payments', () =>
  kpiPayments(paymentsIn(db as never, { from: both.from.toISOString(), to: both.to.toISOString() })),
);
const held = time('held end', () => readHeldTickets(db as never, period.to));
console.log('held', held.length);
time('held start', () => readHeldTickets(db as never, period.from));
const moves = time('backlog moves', () =>
  backlogMovesIn(db as never, { from: period.from.toISOString(), to: period.to.toISOString() }),
);
console.log('moves', moves.length);
time('whole', () => buildKpiReport(db as never, range, new Date()));
time('whole again', () => buildKpiReport(db as never, range, new Date()));

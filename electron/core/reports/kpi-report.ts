import type { KpiReport } from '../../../shared/contract/reports';
import {
  backlogAt,
  backlogTotals,
  categoryFigures,
  intakes,
  kpiSummary,
  shareOut,
  staffFigures,
  turnaround,
} from '../../../shared/domain/kpis';
import { datesOf, previousRange, rangePeriod, type DateRange } from '../../../shared/domain/report-periods';
import { backlogMovesIn, paymentsIn, staffNames } from '../db/queries/report-reads';
import type { ReadableDB } from '../db/types';
import { readServiceSettings } from '../services/service-settings';
import { kpiRules } from '../tickets/facts';
import { kpiPayments, readHeldTickets, readKpiFacts } from './report-inputs';
import type { TaskProgress } from './tasks';

/**
 * A period's figures against the period before (a whole month against the month before, any other
 * range against as many days just before it), with each member of staff's, each product's and
 * fault's, and a line per day for the charts. The facts of both periods are read at once; the
 * backlog at the end from the tickets that may have been in hand then, and the backlog line from
 * the number in hand at the start and the moves that changed it. Runs in the report worker.
 */
export function buildKpiReport(
  db: ReadableDB,
  range: DateRange,
  now: Date,
  progress: (progress: TaskProgress) => void = () => undefined,
): KpiReport {
  const settings = readServiceSettings(db);
  const timeZone = settings.businessHours.timeZone;
  const rules = kpiRules(settings);
  const before = previousRange(range);
  const period = rangePeriod(range, timeZone);
  const previousPeriod = rangePeriod(before, timeZone);
  const both = { from: previousPeriod.from, to: period.to };
  progress({ done: 0, total: 3 });
  const facts = readKpiFacts(db, both, rules);
  const payments = kpiPayments(paymentsIn(db, { from: both.from.toISOString(), to: both.to.toISOString() }));
  progress({ done: 1, total: 3 });
  const backlog = backlogAt(readHeldTickets(db, period.to), period.to);
  const atStart = backlogAt(readHeldTickets(db, period.from), period.from).total;
  const days = datesOf(range).map((date) => ({ date, period: rangePeriod({ from: date, to: date }, timeZone) }));
  const totals = backlogTotals(
    { at: period.from, total: atStart },
    backlogMovesIn(db, { from: period.from.toISOString(), to: period.to.toISOString() }),
    days.map((day) => day.period.to),
  );
  progress({ done: 2, total: 3 });
  const names = staffNames(db);
  const staff = staffFigures(facts, period);
  const dayPeriods = days.map((day) => day.period);
  const intakesByDay = shareOut(facts.intakes, dayPeriods);
  const readiesByDay = shareOut(facts.readies, dayPeriods);
  progress({ done: 3, total: 3 });
  return {
    from: range.from,
    to: range.to,
    previous: before,
    summary: kpiSummary(facts, payments, period, now),
    previousSummary: kpiSummary(facts, payments, previousPeriod, now),
    backlog,
    reception: staff.reception.map((row) => ({ ...row, name: names.get(row.staffId) ?? '' })),
    technicians: staff.technicians.map((row) => ({ ...row, name: names.get(row.staffId) ?? '' })),
    categories: categoryFigures(facts.intakes, period),
    days: days.map((day, index) => ({
      date: day.date,
      intakes: intakes(intakesByDay[index] ?? [], day.period).total,
      slaMet: turnaround(readiesByDay[index] ?? [], day.period).slaMet.rate,
      backlog: totals[index] ?? 0,
    })),
  };
}

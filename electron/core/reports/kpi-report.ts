import type { KpiReport } from '../../../shared/contract/reports';
import { backlogAt, categoryFigures, intakes, kpiSummary, staffFigures, turnaround } from '../../../shared/domain/kpis';
import { datesOf, previousRange, rangePeriod, type DateRange } from '../../../shared/domain/report-periods';
import { staffNames } from '../db/queries/report-reads';
import type { ReadableDB } from '../db/types';
import { readServiceSettings } from '../services/service-settings';
import { kpiPayments, kpiRules, readReportInputs } from './report-inputs';
import type { TaskProgress } from './tasks';

/**
 * A period's figures against the period before (a whole month against the month before, any other
 * range against as many days just before it), with each member of staff's, each product's and
 * fault's, and a line per day for the charts. Runs in the report worker.
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
  progress({ done: 0, total: 3 });
  const inputs = readReportInputs(db, period);
  progress({ done: 1, total: 3 });
  const previous = readReportInputs(db, previousPeriod);
  progress({ done: 2, total: 3 });
  const names = staffNames(db);
  const staff = staffFigures(inputs.tickets, period, rules);
  const days = datesOf(range).map((date) => {
    const day = rangePeriod({ from: date, to: date }, timeZone);
    return {
      date,
      intakes: intakes(inputs.tickets, day).total,
      slaMet: turnaround(inputs.tickets, day, rules).slaMet.rate,
      backlog: backlogAt(inputs.tickets, day.to).total,
    };
  });
  progress({ done: 3, total: 3 });
  return {
    from: range.from,
    to: range.to,
    previous: before,
    summary: kpiSummary(inputs.tickets, kpiPayments(inputs.payments), period, rules, now),
    previousSummary: kpiSummary(previous.tickets, kpiPayments(previous.payments), previousPeriod, rules, now),
    backlog: backlogAt(inputs.tickets, period.to),
    reception: staff.reception.map((row) => ({ ...row, name: names.get(row.staffId) ?? '' })),
    technicians: staff.technicians.map((row) => ({ ...row, name: names.get(row.staffId) ?? '' })),
    categories: categoryFigures(inputs.tickets, period),
    days,
  };
}

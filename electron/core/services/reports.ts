import { fail, ok, type DayLogView, type KpiReport, type Outcome, type ParsedInputOf } from '../../../shared/contract';
import { can } from '../../../shared/domain/roles';
import { requireActor, type HandlerContext } from '../context';
import { audit } from './audit';

/**
 * The daily log of a day or a range, worked out in the report worker so the counter's calls go on
 * meanwhile. Phones are masked unless whole numbers are asked for, by someone who may see them,
 * and that is put on record.
 */
export async function reportDayLog(
  context: HandlerContext,
  input: ParsedInputOf<'reports-day-log'>,
): Promise<Outcome<DayLogView>> {
  const actor = requireActor(context);
  const range = { from: input.from, to: input.to };
  if (input.fullPhones) {
    if (!can(actor.role, 'phone-view-full')) return fail('forbidden', 'errors.forbidden');
    audit(context.db, context, 'report.full-phones', {
      entity: 'report',
      entityId: null,
      details: { report: 'day-log', ...range },
    });
  }
  return ok(await context.core.reports.run('day-log', { range, fullPhones: input.fullPhones }));
}

/** A period's figures against the period before, worked out in the report worker. */
export async function reportKpis(
  context: HandlerContext,
  input: ParsedInputOf<'reports-kpis'>,
): Promise<Outcome<KpiReport>> {
  requireActor(context);
  return ok(
    await context.core.reports.run('kpis', {
      range: { from: input.from, to: input.to },
      now: context.now.toISOString(),
    }),
  );
}

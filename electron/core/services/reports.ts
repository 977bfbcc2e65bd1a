import {
  fail,
  ok,
  type DayLogView,
  type ExportedFile,
  type FigureTicketsView,
  type KpiReport,
  type Outcome,
  type ParsedInputOf,
} from '../../../shared/contract';
import { translatorFor } from '../translators';
import { can } from '../../../shared/domain/roles';
import { requireActor, type HandlerContext } from '../context';
import { audit } from './audit';

/** Whole phone numbers only for those who may see them, and on record. */
function mayShowFullPhones(context: HandlerContext, report: string, details: Record<string, unknown>): Outcome<null> {
  const actor = requireActor(context);
  if (!can(actor.role, 'phone-view-full')) return fail('forbidden', 'errors.forbidden');
  audit(context.db, context, 'report.full-phones', {
    entity: 'report',
    entityId: null,
    details: { report, ...details },
  });
  return ok(null);
}

/**
 * The daily log of a day or a range, worked out in the report worker so the counter's calls go on
 * meanwhile. Phones are masked unless whole numbers are asked for, by someone who may see them,
 * and that is put on record.
 */
export async function reportDayLog(
  context: HandlerContext,
  input: ParsedInputOf<'reports-day-log'>,
): Promise<Outcome<DayLogView>> {
  requireActor(context);
  const range = { from: input.from, to: input.to };
  if (input.fullPhones) {
    const allowed = mayShowFullPhones(context, 'day-log', range);
    if (!allowed.ok) return allowed;
  }
  return ok(await context.core.reports.run('day-log', { range, fullPhones: input.fullPhones }));
}

const mimeTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

/**
 * The daily log as a file to save (the whole workbook, or one section as CSV), written in the
 * report worker under the caller's name; whole phone numbers as for the log on screen.
 */
export async function exportDayLogFile(
  context: HandlerContext,
  input: ParsedInputOf<'reports-day-log-export'>,
): Promise<Outcome<ExportedFile>> {
  const actor = requireActor(context);
  const range = { from: input.from, to: input.to };
  if (input.fullPhones) {
    const allowed = mayShowFullPhones(context, 'day-log-export', { ...range, format: input.format });
    if (!allowed.ok) return allowed;
  }
  const language = input.language ?? context.core.defaultLanguage;
  const file = await context.core.reports.run('day-log-file', {
    range,
    fullPhones: input.fullPhones,
    format: input.format,
    section: input.section,
    language,
    writtenBy: actor.name,
    writtenAt: context.now.toISOString(),
  });
  const t = translatorFor(language);
  const days = range.from === range.to ? range.from : `${range.from}_${range.to}`;
  const section = input.format === 'csv' ? `-${t(`reports.sheets.${input.section}`)}` : '';
  return ok({
    fileName: `${t('reports.dayLog.title')}-${days}${section}.${input.format}`,
    mimeType: mimeTypes[input.format],
    base64: Buffer.from(file.bytes).toString('base64'),
  });
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

/** The tickets behind one of a period's rates, found in the report worker from the facts the figure counts. */
export async function reportFigureTickets(
  context: HandlerContext,
  input: ParsedInputOf<'reports-figure-tickets'>,
): Promise<Outcome<FigureTicketsView>> {
  requireActor(context);
  return ok(
    await context.core.reports.run('figure-tickets', {
      range: { from: input.from, to: input.to },
      figure: input.figure,
      now: context.now.toISOString(),
    }),
  );
}

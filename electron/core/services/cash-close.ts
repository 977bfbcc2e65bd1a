import {
  fail,
  ok,
  type CashClose,
  type CashClosePreview,
  type Outcome,
  type ParsedInputOf,
} from '../../../shared/contract';
import { closeFigures, closeProblems } from '../../../shared/domain/cash-close';
import { localDate, localDayStart } from '../../../shared/domain/calendar';
import {
  closeById,
  entriesBetween,
  insertClose,
  lastClose,
  lastPaymentIdBefore,
  latestPaymentId,
  type CloseRecord,
  withCorrections,
} from '../db/queries/cash-closes';
import { attemptWrite } from '../db/sql';
import type { ReadableDB } from '../db/types';
import { requireActor, type HandlerContext } from '../context';
import { audit } from './audit';
import { shopTimeZone } from './service-settings';

/*
 * The cash close (日结): the one writer of `cash_closes`. A close covers the ledger entries made
 * since the last one (before the first, since the start of the shop's day), so reception sees what
 * the drawer should hold, counts it and records the count with a note for any difference. The
 * preview's span of entries is sent back with the count: should money change hands in between,
 * the close is refused and the figures shown again, so what was counted is what was recorded.
 */

/** Where the next close begins: after the last close's entries, or with the day's first entry. */
function nextSpan(
  db: ReadableDB,
  now: Date,
): { sinceAt: string; afterPaymentId: number; previous: CloseRecord | null } {
  const previous = lastClose(db);
  if (previous) return { sinceAt: previous.closedAt, afterPaymentId: previous.throughPaymentId, previous };
  const dayStart = localDayStart(localDate(now, shopTimeZone(db)), shopTimeZone(db)).toISOString();
  return { sinceAt: dayStart, afterPaymentId: lastPaymentIdBefore(db, dayStart), previous: null };
}

export function cashClosePreview(context: HandlerContext): Outcome<CashClosePreview> {
  requireActor(context);
  const { db, now } = context;
  const span = nextSpan(db, now);
  const throughPaymentId = Math.max(latestPaymentId(db), span.afterPaymentId);
  const floatFen = span.previous?.floatFen ?? 0;
  return ok({
    sinceAt: span.sinceAt,
    previous: span.previous && { closedAt: span.previous.closedAt, staffName: span.previous.staffName },
    afterPaymentId: span.afterPaymentId,
    throughPaymentId,
    floatFen,
    figures: closeFigures(entriesBetween(db, span.afterPaymentId, throughPaymentId), {
      floatFen,
      countedFen: 0,
      statements: {},
    }),
  });
}

/** Records reception's count for the entries the preview showed; answered with the close as kept. */
export function recordCashClose(
  context: HandlerContext,
  input: ParsedInputOf<'cash-close-record'>,
): Outcome<CashClose> {
  const actor = requireActor(context);
  const { db, now } = context;
  const written = attemptWrite<number, ReturnType<typeof fail>>(db, (refuse) => {
    const span = nextSpan(db, now);
    if (span.afterPaymentId !== input.afterPaymentId)
      refuse(fail('conflict', span.previous ? 'cashClose.problem.closedMeanwhile' : 'cashClose.problem.moneySince'));
    if (input.throughPaymentId < input.afterPaymentId || latestPaymentId(db) > input.throughPaymentId)
      refuse(fail('conflict', 'cashClose.problem.moneySince'));
    const count = {
      floatFen: input.floatFen,
      countedFen: input.countedFen,
      statements: input.statements,
      note: input.note,
    };
    const figures = closeFigures(entriesBetween(db, input.afterPaymentId, input.throughPaymentId), count);
    const problems = closeProblems(count, figures);
    const first = problems[0];
    if (first)
      refuse(
        fail('validation', first.key, {
          fields: Object.fromEntries(problems.map((problem) => [problem.field, { key: problem.key }])),
        }),
      );
    const id = insertClose(db, {
      closedAt: now.toISOString(),
      staffId: actor.id,
      sinceAt: span.sinceAt,
      afterPaymentId: input.afterPaymentId,
      throughPaymentId: input.throughPaymentId,
      ...count,
      figures,
    });
    audit(db, context, 'cash.close', {
      entity: 'cash-close',
      entityId: id,
      details: {
        expectedCashFen: figures.expectedCashFen,
        countedFen: count.countedFen,
        differenceFen: figures.cashDifferenceFen,
        entries: figures.entries,
      },
    });
    return id;
  });
  if (!written.done) return written.failure;
  const kept = closeById(db, written.value);
  if (!kept) throw new Error(`The close just recorded (${written.value}) could not be read back`);
  return ok(withCorrections(db, kept));
}

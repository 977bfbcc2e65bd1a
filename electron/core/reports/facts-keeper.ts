import type { TicketFacts } from '../../../shared/domain/kpi-facts';
import {
  factsKeptUnder,
  markFactsKept,
  saveTicketFactsIfCurrent,
  ticketsLackingFacts,
} from '../db/queries/ticket-facts';
import { get, sql, writeTransaction } from '../db/sql';
import type { ReadableDB, WritableDB } from '../db/types';
import { readServiceSettings } from '../services/service-settings';
import { kpiRules, rulesKey, workOutFacts } from '../tickets/facts';
import { repeatingPass, type RepeatingPass } from './repeating-pass';

/*
 * Catching up the facts kept beside the tickets: those on file from before facts were kept, and
 * every ticket after the calendar or the promises change. The report worker works a batch out
 * from the events (off the main thread); the main connection keeps each only if its ticket has not
 * moved since (a move keeps its own), a small transaction a batch; a pass that finds nothing left
 * says so, and from then on the reports read the kept facts. Until then they work them out from
 * the events, so a figure is never wrong, only slower.
 */

/** A batch worked out by the worker: the facts and the version each was worked out at; `lastId` null when none was left. */
export interface FactsBatch {
  rulesKey: string;
  rows: { facts: TicketFacts; version: number }[];
  lastId: number | null;
}

/** In the worker: the facts of the next tickets lacking them under the present rules. */
export function workOutMissingFacts(
  db: ReadableDB,
  input: { rulesKey: string; afterId: number; limit: number },
): FactsBatch {
  const rules = kpiRules(readServiceSettings(db));
  const key = rulesKey(rules);
  // The rules changed since the pass began: the keeper starts again under the new ones.
  if (key !== input.rulesKey) return { rulesKey: key, rows: [], lastId: null };
  const ids = ticketsLackingFacts(db, key, input.afterId, input.limit);
  return { rulesKey: key, rows: workOutFacts(db, ids, rules), lastId: ids.at(-1) ?? null };
}

/** One pass if one is needed (nothing is read beyond a row when all are kept): how many tickets' facts it kept. */
export type FactsKeeper = RepeatingPass<number>;

/** Hands a batch to the report worker (`work-out-facts`). */
export type WorkOutFacts = (input: { rulesKey: string; afterId: number; limit: number }) => Promise<FactsBatch>;

export function createFactsKeeper(
  db: WritableDB,
  workOut: WorkOutFacts,
  options: { now: () => Date; batch?: number; log?: (error: unknown, name: string) => void },
): FactsKeeper {
  const batch = options.batch ?? 1000;

  const currentKey = () => rulesKey(kpiRules(readServiceSettings(db)));

  async function pass(closed: () => boolean): Promise<number> {
    let key = currentKey();
    if (factsKeptUnder(db) === key) return 0;
    // A shop with no tickets has nothing to work out.
    if (!get(db, sql`SELECT 1 AS one FROM tickets LIMIT 1`)) {
      writeTransaction(db, () => markFactsKept(db, key, options.now().toISOString()));
      return 0;
    }
    let kept = 0;
    let afterId = 0;
    for (;;) {
      const worked = await workOut({ rulesKey: key, afterId, limit: batch });
      if (closed()) return kept;
      if (worked.rulesKey !== key) {
        key = worked.rulesKey;
        afterId = 0;
        continue;
      }
      if (worked.lastId === null) break;
      kept += writeTransaction(
        db,
        () =>
          worked.rows.filter((row) => saveTicketFactsIfCurrent(db, row.facts, { rulesKey: key, version: row.version }))
            .length,
      );
      afterId = worked.lastId;
    }
    writeTransaction(db, () => {
      // Marked only if the rules did not change while the last batch was written.
      if (currentKey() === key) markFactsKept(db, key, options.now().toISOString());
    });
    return kept;
  }

  return repeatingPass(pass, {
    name: 'ticket-facts',
    timing: { firstAfterMs: 5_000, everyMs: 60_000 },
    log: options.log,
  });
}

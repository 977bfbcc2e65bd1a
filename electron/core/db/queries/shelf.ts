import type { ReadyShelfFilter } from '../../../../shared/contract/pickup';
import type { ShelfFind } from '../../../../shared/domain/pickup';
import { all, get, sql, type SqlQuery } from '../sql';
import type { ReadableDB } from '../types';

/*
 * The ready shelf is read from the partial index of shelved tickets, which holds only the devices
 * waiting there (a thousand in a busy shop, of a million tickets): every count and page below
 * walks that index and nothing else of the tickets table.
 */

export interface ShelfQuery {
  filter: ReadyShelfFilter;
  find: ShelfFind;
  /** Shelved before this moment (ISO): past the unclaimed period. */
  unclaimedBefore: string;
  /** Whether this role may find a customer by any digits of their phone, or only by the last four or the whole number (the ones it sees). */
  fullPhones: boolean;
  offset: number;
  limit: number;
}

/** Someone spoke to the customer after the device went on the shelf (from the index of calls that reached them). */
const reachedSinceShelved = sql`EXISTS (
  SELECT 1 FROM ticket_events e INDEXED BY ticket_events_reached
  WHERE e.ticket_id = t.id AND e.kind = 'contact' AND e.payload ->> '$.outcome' = 'reached' AND e.at >= t.shelved_at)`;

function filterCondition(filter: ReadyShelfFilter, unclaimedBefore: string): SqlQuery {
  switch (filter) {
    case 'all':
      return sql`1`;
    case 'not-reached':
      return sql`NOT ${reachedSinceShelved}`;
    case 'unclaimed':
      return sql`t.shelved_at < ${unclaimedBefore}`;
  }
}

function findCondition(find: ShelfFind, fullPhones: boolean): SqlQuery {
  switch (find.kind) {
    case 'everything':
      return sql`1`;
    case 'name':
      return sql`instr(replace(c.name_search, ' ', ''), ${find.text}) > 0`;
    case 'digits': {
      const inNumber = sql`instr(replace(t.number, '-', ''), ${find.digits}) > 0`;
      if (fullPhones) return sql`(${inNumber} OR instr(c.phone_digits, ${find.digits}) > 0)`;
      // A masked number shows its last four digits: those, or the whole number, and no other fragment.
      const phone =
        find.digits.length === 4
          ? sql`substr(c.phone_digits, -4) = ${find.digits}`
          : sql`c.phone_digits = ${find.digits}`;
      return sql`(${inNumber} OR ${phone})`;
    }
  }
}

/** How many devices each filter holds, of the whole shelf (the tabs' counts): one walk of the index. */
function countShelf(db: ReadableDB, unclaimedBefore: string): Record<ReadyShelfFilter, number> {
  const counts = get<{ everything: number; unclaimed: number }>(
    db,
    sql`SELECT count(*) AS everything, coalesce(sum(t.shelved_at < ${unclaimedBefore}), 0) AS unclaimed
        FROM tickets t INDEXED BY tickets_shelf WHERE t.shelved_at IS NOT NULL`,
  ) ?? { everything: 0, unclaimed: 0 };
  // Those reached, as one join of the shelf with the reached calls: a correlated EXISTS per device
  // would open its cursor again for each.
  const reached =
    get<{ n: number }>(
      db,
      sql`SELECT count(DISTINCT t.id) AS n
          FROM tickets t INDEXED BY tickets_shelf
          JOIN ticket_events e INDEXED BY ticket_events_reached
            ON e.ticket_id = t.id AND e.kind = 'contact' AND e.payload ->> '$.outcome' = 'reached' AND e.at >= t.shelved_at
          WHERE t.shelved_at IS NOT NULL`,
    )?.n ?? 0;
  return { all: counts.everything, 'not-reached': counts.everything - reached, unclaimed: counts.unclaimed };
}

export interface ShelfRead {
  /** Each filter's count, of the whole shelf. */
  counts: Record<ReadyShelfFilter, number>;
  /** How many match the filter and what was typed. */
  total: number;
  /** One page of them, longest waiting first, with where each device is kept. */
  rows: { id: number; storageLocation: string }[];
}

/**
 * The shelf under a filter and what was typed to find a device: the counts, how many match and
 * one page of them. The customers are read only to match what was typed, and the matches counted
 * only then: otherwise the filter's count is the total.
 */
export function readShelf(db: ReadableDB, query: ShelfQuery): ShelfRead {
  const counts = countShelf(db, query.unclaimedBefore);
  const found = query.find.kind !== 'everything';
  const from = found
    ? sql`FROM tickets t INDEXED BY tickets_shelf JOIN customers c ON c.id = t.customer_id`
    : sql`FROM tickets t INDEXED BY tickets_shelf`;
  const where = sql`${from} WHERE t.shelved_at IS NOT NULL AND ${filterCondition(query.filter, query.unclaimedBefore)}
                    AND ${findCondition(query.find, query.fullPhones)}`;
  const total = found ? (get<{ n: number }>(db, sql`SELECT count(*) AS n ${where}`)?.n ?? 0) : counts[query.filter];
  const rows = all<{ id: number; storage_location: string }>(
    db,
    sql`SELECT t.id, t.storage_location ${where} ORDER BY t.shelved_at, t.id LIMIT ${query.limit} OFFSET ${query.offset}`,
  );
  return { counts, total, rows: rows.map((row) => ({ id: row.id, storageLocation: row.storage_location })) };
}

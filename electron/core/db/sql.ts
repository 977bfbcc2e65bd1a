import type BetterSqlite3 from 'better-sqlite3';
import type { ReadableDB, SqlValue, WritableDB } from './types';

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/u;

/** A column or table name, checked: the only text besides the template itself that enters SQL. */
export class Identifier {
  readonly name: string;
  constructor(name: string) {
    if (!identifierPattern.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
    this.name = name;
  }
}

export function ident(name: string): Identifier {
  return new Identifier(name);
}

/** SQL text with its bound values. Values never become part of the text. */
export class SqlQuery {
  constructor(
    readonly text: string,
    readonly values: readonly SqlValue[],
  ) {}
}

type SqlPart = SqlValue | boolean | SqlQuery | Identifier;

/**
 * Tagged template for SQL: every `${value}` is bound as a parameter; a nested `sql` fragment
 * is spliced in with its own values; an `ident()` is quoted. Booleans bind as 0/1.
 */
export function sql(strings: TemplateStringsArray, ...parts: SqlPart[]): SqlQuery {
  let text = strings[0] ?? '';
  const values: SqlValue[] = [];
  parts.forEach((part, index) => {
    if (part instanceof SqlQuery) {
      text += part.text;
      values.push(...part.values);
    } else if (part instanceof Identifier) {
      text += `"${part.name}"`;
    } else {
      text += '?';
      values.push(typeof part === 'boolean' ? (part ? 1 : 0) : part);
    }
    text += strings[index + 1] ?? '';
  });
  return new SqlQuery(text, values);
}

/** Joins fragments with a separator (itself plain SQL text, never a value). */
sql.join = (fragments: readonly SqlQuery[], separator: ', ' | ' AND ' | ' OR ' | ' UNION ALL '): SqlQuery =>
  new SqlQuery(
    fragments.map((fragment) => fragment.text).join(separator),
    fragments.flatMap((fragment) => fragment.values),
  );

sql.empty = new SqlQuery('', []);

const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function prepare(db: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

const recorders = new WeakMap<BetterSqlite3.Database, SqlQuery[]>();

/** The prepared statement for a query, noted by the recorder if one is listening on `db`. */
function statementFor(db: BetterSqlite3.Database, query: SqlQuery): BetterSqlite3.Statement {
  recorders.get(db)?.push(query);
  return prepare(db, query.text);
}

/**
 * Notes every query run on `db` until `stop()`, with its bound values: so plan checks and the
 * bench look at the SQL the real query functions send, not at copies of it.
 */
export function recordQueries(db: ReadableDB): { stop(): SqlQuery[] } {
  const recorded: SqlQuery[] = [];
  recorders.set(db, recorded);
  return {
    stop() {
      if (recorders.get(db) === recorded) recorders.delete(db);
      return recorded;
    },
  };
}

/** All rows of a read query. `Row` describes the storage row; convert it in the query module. */
export function all<Row>(db: ReadableDB, query: SqlQuery): Row[] {
  return statementFor(db, query).all(...query.values) as Row[];
}

export function get<Row>(db: ReadableDB, query: SqlQuery): Row | undefined {
  return statementFor(db, query).get(...query.values) as Row | undefined;
}

/** Rows one at a time, for scans too large to hold at once. */
export function iterate<Row>(db: ReadableDB, query: SqlQuery): IterableIterator<Row> {
  return statementFor(db, query).iterate(...query.values) as IterableIterator<Row>;
}

export function run(db: WritableDB, query: SqlQuery): BetterSqlite3.RunResult {
  return statementFor(db, query).run(...query.values);
}

/** `IN (…)` over a list of ids, bound as one JSON value: one statement text for any number of ids. */
export function inIds(ids: readonly number[]): SqlQuery {
  return sql`IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** Rows put back in the order of the ids they were fetched for; an id without a row is left out. */
export function inIdOrder<Row extends { id: number }>(ids: readonly number[], rows: readonly Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How SQLite would run a query: the `detail` lines of `EXPLAIN QUERY PLAN`, with the same bound values. */
export function queryPlan(db: ReadableDB, query: SqlQuery): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${query.text}`).all(...query.values) as { detail: string }[];
  return rows.map((row) => row.detail);
}

/** Runs `work` in one immediate (write-locking) transaction: all of it is committed, or none. */
export function writeTransaction<T>(db: WritableDB, work: () => T): T {
  return db.transaction(work).immediate();
}

/** Carries a refusal out of a transaction, undoing whatever the transaction had written. */
class Refusal<F> extends Error {
  constructor(readonly failure: F) {
    super('The write was refused and rolled back');
  }
}

/**
 * Like `writeTransaction`, for work that may find halfway through that it must not go on:
 * `refuse(failure)` undoes everything written so far and returns the failure.
 */
export function attemptWrite<T, F>(
  db: WritableDB,
  work: (refuse: (failure: F) => never) => T,
): { done: true; value: T } | { done: false; failure: F } {
  const refuse = (failure: F): never => {
    throw new Refusal(failure);
  };
  try {
    return { done: true, value: writeTransaction(db, () => work(refuse)) };
  } catch (error) {
    if (error instanceof Refusal) return { done: false, failure: error.failure as F };
    throw error;
  }
}

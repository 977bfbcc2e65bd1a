import type { CustomerSortColumn } from '../../../../shared/contract';
import { assertNever } from '../../../../shared/domain/assert-never';
import { MIN_PHONE_DIGITS, type CustomerQuery } from '../../../../shared/domain/customer-search';
import { phoneDigits } from '../../../../shared/domain/phone';
import { bigrams, normalizeText } from '../../../../shared/domain/text';
import { all, get, ident, inIdOrder, inIds, run, sql, type SqlQuery } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

interface CustomerRow {
  id: number;
  name: string;
  phone: string;
  company: string;
  address: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** A customer as stored; the phone is E.164. */
export interface CustomerRecord {
  id: number;
  name: string;
  phone: string;
  company: string;
  address: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerFields {
  name: string;
  /** E.164 */
  phone: string;
  company: string;
  address: string;
  notes: string;
}

const columns = sql`id, name, phone, company, address, notes, created_at, updated_at`;

function rowToCustomer(row: CustomerRow): CustomerRecord {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    company: row.company,
    address: row.address,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The stored columns, with the folded copies that search uses. */
function customerToRow(fields: CustomerFields) {
  return {
    name: fields.name,
    name_search: normalizeText(fields.name),
    phone: fields.phone,
    phone_digits: phoneDigits(fields.phone),
    company: fields.company,
    company_search: normalizeText(fields.company),
    address: fields.address,
    notes: fields.notes,
  };
}

export function insertCustomer(
  db: WritableDB,
  fields: CustomerFields,
  meta: { at: string; createdBy: number | null },
): number {
  const row = customerToRow(fields);
  const result = run(
    db,
    sql`INSERT INTO customers (name, name_search, phone, phone_digits, company, company_search, address, notes, created_at, updated_at, created_by)
        VALUES (${row.name}, ${row.name_search}, ${row.phone}, ${row.phone_digits}, ${row.company}, ${row.company_search},
                ${row.address}, ${row.notes}, ${meta.at}, ${meta.at}, ${meta.createdBy})`,
  );
  const id = Number(result.lastInsertRowid);
  writeNameGrams(db, id, row);
  return id;
}

/** Keeps the two-character index of name and company in step (see migration 0050). */
function writeNameGrams(db: WritableDB, id: number, row: { name_search: string; company_search: string }): void {
  run(db, sql`DELETE FROM customer_name_grams WHERE customer_id = ${id}`);
  for (const gram of bigrams(`${row.name_search} ${row.company_search}`)) {
    run(db, sql`INSERT OR IGNORE INTO customer_name_grams (gram, customer_id) VALUES (${gram}, ${id})`);
  }
}

export function updateCustomer(db: WritableDB, id: number, fields: CustomerFields, at: string): void {
  const row = customerToRow(fields);
  run(
    db,
    sql`UPDATE customers SET name = ${row.name}, name_search = ${row.name_search}, phone = ${row.phone},
          phone_digits = ${row.phone_digits}, company = ${row.company}, company_search = ${row.company_search},
          address = ${row.address}, notes = ${row.notes}, updated_at = ${at}
        WHERE id = ${id}`,
  );
  writeNameGrams(db, id, row);
}

export function findCustomer(db: ReadableDB, id: number): CustomerRecord | undefined {
  const row = get<CustomerRow>(db, sql`SELECT ${columns} FROM customers WHERE id = ${id}`);
  return row && rowToCustomer(row);
}

export function findCustomerByPhone(db: ReadableDB, e164: string): CustomerRecord | undefined {
  const row = get<CustomerRow>(db, sql`SELECT ${columns} FROM customers WHERE phone = ${e164}`);
  return row && rowToCustomer(row);
}

/** FTS5 phrase syntax: the text in double quotes, inner quotes doubled. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/gu, '""')}"`;
}

/** Customers whose phone contains these digits, from the trigram index. */
function phoneCandidates(digits: string): SqlQuery {
  return sql`id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ${`phone_digits : ${ftsPhrase(digits)}`})`;
}

/** The WHERE condition for a search entry, or null if it matches nothing. */
function matchCondition(query: CustomerQuery): SqlQuery | null {
  switch (query.kind) {
    case 'empty':
      return sql`1`;
    case 'too-few-digits':
      return null;
    case 'phone':
      return phoneCandidates(query.digits);
    case 'phone-suffix':
      return sql`${phoneCandidates(query.digits)} AND substr(phone_digits, -${query.digits.length}) = ${query.digits}`;
    case 'phone-whole':
      return sql`${phoneCandidates(query.digits)} AND phone_digits = ${query.digits}`;
    case 'text': {
      const length = [...query.text].length;
      if (length >= 3) {
        return sql`id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ${`{name_search company_search} : ${ftsPhrase(query.text)}`})`;
      }
      // Trigram search needs three characters: two (王芳) use the two-character index, and one
      // character means a surname, matched at the start of the name through its index.
      if (length === 2) return sql`id IN (SELECT customer_id FROM customer_name_grams WHERE gram = ${query.text})`;
      return sql`name_search >= ${query.text} AND name_search < ${`${query.text}\u{10FFFF}`}`;
    }
    default:
      return assertNever(query);
  }
}

const sortColumns: Record<CustomerSortColumn, string> = {
  name: 'name_search',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

export interface CustomerListOptions {
  query: CustomerQuery;
  sort: CustomerSortColumn;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export function listCustomers(db: ReadableDB, options: CustomerListOptions): { total: number; rows: CustomerRecord[] } {
  const condition = matchCondition(options.query);
  if (!condition) return { total: 0, rows: [] };
  // Without a filter SQLite counts from the smallest index; `WHERE 1` would read every row.
  const counted =
    options.query.kind === 'empty'
      ? sql`SELECT count(*) AS count FROM customers`
      : sql`SELECT count(*) AS count FROM customers WHERE ${condition}`;
  const total = get<{ count: number }>(db, counted)?.count ?? 0;
  const direction = options.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const order = sql`ORDER BY ${ident(sortColumns[options.sort])} ${direction}, id ${direction}`;
  // The page is found in the sort column's index alone (it holds the id), so a deep offset
  // skips index entries rather than whole rows; only the hundred rows shown are read.
  const rows = all<CustomerRow>(
    db,
    sql`SELECT ${columns} FROM customers
        WHERE id IN (SELECT id FROM customers WHERE ${condition} ${order} LIMIT ${options.limit} OFFSET ${options.offset})
        ${order}`,
  );
  return { total, rows: rows.map(rowToCustomer) };
}

/**
 * Best matches for a search box, newest customers first. Each shape of entry has an index that
 * yields its matches already in that order, so the search reads only the rows it returns, however
 * many customers share a surname or a run of digits. Four digits are what people read out as the
 * end of their number (尾号), so numbers ending with them come before numbers containing them.
 */
export function searchCustomers(db: ReadableDB, query: CustomerQuery, limit: number): CustomerRecord[] {
  return customersInOrder(db, searchCustomerIds(db, query, limit));
}

/** The ids of the customers `searchCustomers` finds, in its order: the index lookups alone. */
export function searchCustomerIds(db: ReadableDB, query: CustomerQuery, limit: number): number[] {
  const ids = new Set<number>();
  const collect = (candidates: SqlQuery) => {
    for (const { id } of all<{ id: number }>(db, candidates)) if (ids.size < limit) ids.add(id);
  };
  switch (query.kind) {
    case 'empty':
    case 'too-few-digits':
      return [];
    case 'phone':
      // A whole number typed or pasted finds its customer through the phone's own index; the
      // full-text index is for the part of a number typed so far.
      if (query.digits.length >= WHOLE_MOBILE_DIGITS) {
        collect(sql`SELECT id FROM customers WHERE phone IN (${`+86${query.digits}`}, ${`+${query.digits}`})`);
        if (ids.size > 0) break;
      }
      if (query.digits.length >= MOBILE_PREFIX_DIGITS) {
        // Seven digits or more are nearly always a mainland number read out from its start: the
        // phone's own index answers that at once. Digits from the middle of a number find
        // nothing here and go on to the full-text index, whose many-digit lookups cost more.
        const start = `+86${query.digits}`;
        collect(
          sql`SELECT id FROM customers WHERE phone >= ${start} AND phone < ${`${start}\u{10FFFF}`}
              ORDER BY id DESC LIMIT ${limit}`,
        );
        if (ids.size > 0) break;
      }
      if (query.digits.length === MIN_PHONE_DIGITS) collect(phoneTailCandidates(query.digits, limit));
      collect(phoneFragmentCandidates(query.digits, limit));
      break;
    case 'phone-suffix':
      collect(phoneTailCandidates(query.digits, limit));
      break;
    case 'phone-whole':
      collect(
        sql`SELECT c.id FROM customers_fts f JOIN customers c ON c.id = f.rowid
            WHERE customers_fts MATCH ${`phone_digits : ${ftsPhrase(query.digits)}`} AND c.phone_digits = ${query.digits}
            ORDER BY f.rowid DESC LIMIT ${limit}`,
      );
      break;
    case 'text': {
      const length = [...query.text].length;
      if (length >= 3) collect(ftsCandidates(`{name_search company_search} : ${ftsPhrase(query.text)}`, limit));
      else if (length === 2)
        collect(
          sql`SELECT customer_id AS id FROM customer_name_grams WHERE gram = ${query.text}
              ORDER BY customer_id DESC LIMIT ${limit}`,
        );
      else collect(sql`SELECT id FROM customers WHERE ${nameInitial} = ${query.text} ORDER BY id DESC LIMIT ${limit}`);
      break;
    }
    default:
      return assertNever(query);
  }
  return [...ids];
}

/**
 * The expressions of migration 0110's indexes, written out exactly as there: SQLite uses an index
 * on an expression only for the same expression, so the 4 cannot be a bound value. (The type
 * stops the build if the fewest digits of a phone search ever change without the index.)
 */
const phoneTailLength: typeof MIN_PHONE_DIGITS = 4;
const phoneTail = sql`substr(phone_digits, -4)`;
const nameInitial = sql`substr(name_search, 1, 1)`;

/** A mainland mobile number's national digits: a whole number, for most customers. */
const WHOLE_MOBILE_DIGITS = 11;
/** From this many digits, a number typed from its start is looked up by the phone index first. */
const MOBILE_PREFIX_DIGITS = 7;

/** Customers whose number ends with these four digits. */
function phoneTailCandidates(digits: string, limit: number): SqlQuery {
  if (digits.length !== phoneTailLength) throw new Error(`A phone tail has ${phoneTailLength} digits`);
  return sql`SELECT id FROM customers WHERE ${phoneTail} = ${digits} ORDER BY id DESC LIMIT ${limit}`;
}

/** From this many digits, a run of digits inside a number is found through three of its trigrams. */
const SPREAD_TRIGRAM_DIGITS = 7;

/**
 * Customers whose number contains these digits, newest first, from the trigram index. A phrase of
 * n digits reads n − 2 trigram lists, each holding about one number in a hundred, so a long run
 * typed from the middle of a number (a landline without its area code, the day of a ticket
 * number) costs most. Three trigrams spread over the run (its start, middle and end) pick out
 * nearly the same numbers from fewer lists, and the few that hold them elsewhere are checked
 * against the whole run. A run whose spread trigrams repeat (1111111) keeps the whole phrase.
 */
function phoneFragmentCandidates(digits: string, limit: number): SqlQuery {
  const middle = Math.floor((digits.length - 3) / 2);
  const spread = new Set([digits.slice(0, 3), digits.slice(middle, middle + 3), digits.slice(-3)]);
  if (digits.length < SPREAD_TRIGRAM_DIGITS || spread.size < 3)
    return ftsCandidates(`phone_digits : ${ftsPhrase(digits)}`, limit);
  const match = `phone_digits : (${[...spread].map(ftsPhrase).join(' AND ')})`;
  return sql`SELECT c.id FROM customers_fts f JOIN customers c ON c.id = f.rowid
             WHERE customers_fts MATCH ${match} AND instr(c.phone_digits, ${digits}) > 0
             ORDER BY f.rowid DESC LIMIT ${limit}`;
}

function ftsCandidates(match: string, limit: number): SqlQuery {
  return sql`SELECT rowid AS id FROM customers_fts WHERE customers_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${limit}`;
}

/** Whole customer records for these ids, in the order given (one read for all of them). */
export function customersInOrder(db: ReadableDB, ids: readonly number[]): CustomerRecord[] {
  if (ids.length === 0) return [];
  return inIdOrder(ids, all<CustomerRow>(db, sql`SELECT ${columns} FROM customers WHERE id ${inIds(ids)}`)).map(
    rowToCustomer,
  );
}

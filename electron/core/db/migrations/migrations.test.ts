import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Migration } from '../migrate';
import type { WritableDB } from '../types';
import { migrations } from './index';

let db: WritableDB;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

/** Applies the migrations up to and including `version`, as the runner would. */
function migrateTo(version: number): void {
  for (const migration of migrations as Migration[]) if (migration.version <= version) migration.up(db);
}

const now = '2026-11-25T09:00:00.000Z';
const addStaff = (role = 'admin') =>
  db
    .prepare(`INSERT INTO staff (name, role, pin_hash, created_at, updated_at) VALUES ('Ada', ?, 'hash', ?, ?)`)
    .run(role, now, now);

describe('0010-create-staff', () => {
  beforeEach(() => migrateTo(10));
  it('stores staff with a known role only', () => {
    addStaff('technician');
    expect(() => addStaff('boss')).toThrow(/CHECK constraint/u);
  });
  it('is STRICT: wrong types are refused', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO staff (name, role, pin_hash, active, created_at, updated_at) VALUES ('A', 'admin', 'h', 'yes', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/cannot store TEXT value in INTEGER column/u);
  });
});

describe('0020-create-settings', () => {
  beforeEach(() => migrateTo(20));
  it('keeps settings as valid JSON', () => {
    db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('shop', '{"name":"A"}', ?)`).run(now);
    expect(() =>
      db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('bad', 'not json', ?)`).run(now),
    ).toThrow(/CHECK constraint/u);
  });
});

describe('0030-create-audit-log', () => {
  beforeEach(() => {
    migrateTo(30);
    db.prepare(
      `INSERT INTO audit_log (at, action, entity, details, prev_hash, hash) VALUES (?, 'a', 'e', '{}', 'p', 'h')`,
    ).run(now);
  });
  it('refuses updates and deletes: the log is append-only', () => {
    expect(() => db.exec(`UPDATE audit_log SET action = 'b'`)).toThrow(/append-only/u);
    expect(() => db.exec(`DELETE FROM audit_log`)).toThrow(/append-only/u);
  });
  it('refers to real staff members', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO audit_log (at, actor_id, action, entity, details, prev_hash, hash) VALUES (?, 42, 'a', 'e', '{}', 'p', 'h2')`,
        )
        .run(now),
    ).toThrow(/FOREIGN KEY/u);
  });
});

describe('0040-create-customers', () => {
  beforeEach(() => migrateTo(40));
  const insert = (target: WritableDB) => (id: number, name: string, phone: string, digits: string) =>
    target
      .prepare(
        `INSERT INTO customers (id, name, name_search, phone, phone_digits, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, name, name.toLowerCase(), phone, digits, now, now);
  const match = (expression: string) =>
    (
      db
        .prepare(`SELECT rowid AS id FROM customers_fts WHERE customers_fts MATCH ? ORDER BY rowid`)
        .all(expression) as { id: number }[]
    ).map((row) => row.id);

  it('keeps the trigram index in step on insert, update and delete', () => {
    insert(db)(1, '张三丰', '+8613812345678', '13812345678');
    insert(db)(2, 'Li Si', '+8613900001111', '13900001111');
    expect(match('phone_digits : "2345"')).toEqual([1]);
    expect(match('name_search : "张三丰"')).toEqual([1]);
    db.prepare(`UPDATE customers SET phone_digits = '13899998888', phone = '+8613899998888' WHERE id = 1`).run();
    expect(match('phone_digits : "2345"')).toEqual([]);
    expect(match('phone_digits : "9998"')).toEqual([1]);
    db.prepare(`DELETE FROM customers WHERE id = 2`).run();
    expect(match('name_search : "li si"')).toEqual([]);
  });

  it('allows one customer per phone number', () => {
    insert(db)(1, 'A', '+8613812345678', '13812345678');
    expect(() => insert(db)(2, 'B', '+8613812345678', '13812345678')).toThrow(/UNIQUE/u);
  });

  it('answers the list and lookup queries from indexes', () => {
    const plan = (query: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan(`SELECT * FROM customers WHERE phone = '+8613812345678'`)).toMatch(
      /USING INDEX sqlite_autoindex_customers/u,
    );
    expect(plan(`SELECT * FROM customers ORDER BY name_search, id LIMIT 100 OFFSET 200`)).toMatch(
      /customers_name_search/u,
    );
    expect(plan(`SELECT * FROM customers ORDER BY updated_at DESC, id DESC LIMIT 100`)).toMatch(
      /customers_updated_at/u,
    );
    expect(
      plan(`SELECT * FROM customers WHERE id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH 'x')`),
    ).toMatch(/VIRTUAL TABLE INDEX/u);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { all, get, ident, run, sql, writeTransaction } from './sql';
import type { WritableDB } from './types';

let db: WritableDB;
beforeEach(() => {
  db = openDatabase(':memory:');
  db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
});
afterEach(() => db.close());

describe('sql tagged template', () => {
  it('binds every value as a parameter', () => {
    const name = "Robert'); DROP TABLE people; --";
    const query = sql`INSERT INTO people (name) VALUES (${name})`;
    expect(query.text).toBe('INSERT INTO people (name) VALUES (?)');
    expect(query.values).toEqual([name]);
    run(db, query);
    expect(all<{ name: string }>(db, sql`SELECT name FROM people`)).toEqual([{ name }]);
  });

  it('splices nested fragments with their values, and booleans as 0/1', () => {
    const condition = sql`name = ${'a'} AND ${true} = 1`;
    const query = sql`SELECT * FROM people WHERE ${condition} LIMIT ${5}`;
    expect(query.text).toBe('SELECT * FROM people WHERE name = ? AND ? = 1 LIMIT ?');
    expect(query.values).toEqual(['a', 1, 5]);
  });

  it('quotes checked identifiers and refuses anything else', () => {
    expect(sql`SELECT ${ident('name')} FROM people`.text).toBe('SELECT "name" FROM people');
    expect(() => ident('name; DROP TABLE people')).toThrow(/safe SQL identifier/u);
    expect(() => ident('"name"')).toThrow();
  });

  it('joins fragments', () => {
    const query = sql.join([sql`a = ${1}`, sql`b = ${2}`], ' AND ');
    expect(query.text).toBe('a = ? AND b = ?');
    expect(query.values).toEqual([1, 2]);
  });

  it('commits a write transaction whole or not at all', () => {
    expect(() =>
      writeTransaction(db, () => {
        run(db, sql`INSERT INTO people (name) VALUES (${'first'})`);
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(get<{ n: number }>(db, sql`SELECT count(*) AS n FROM people`)?.n).toBe(0);
  });
});

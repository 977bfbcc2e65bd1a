import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test/fixtures/core';
import { makeTempDir } from '../../test/fixtures/temp-dir';
import type { Session } from './index';
import { unexpectedFailure } from './errors';

/** Storage trouble met for real (a full disk, another program's lock), seen as the counter sees it. */
describe('storage trouble through the router', () => {
  let core: TestCore;
  let admin: Session;
  beforeEach(async () => {
    core = await openTestCore();
    admin = await core.setUp();
  });
  afterEach(() => core.dispose());

  const addCustomer = (phone: string) =>
    core.call('customers-create', { name: '王芳', phone, company: '', address: '', notes: '' }, admin);

  it('says the disk is full, and saves nothing, when the database cannot grow', async () => {
    const before = core.core.db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number };
    const pages = (core.core.db.pragma('page_count', { simple: true }) as number) + 0;
    core.core.db.pragma(`max_page_count = ${pages}`);
    let result: Awaited<ReturnType<typeof addCustomer>> | undefined;
    for (let i = 0; i < 400; i++) {
      result = await addCustomer(`1390000${String(i).padStart(4, '0')}`);
      if (!result.ok) break;
    }
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.error).toMatchObject({ code: 'storage-full', key: 'errors.storage-full' });
    expect(result.error.message).toMatch(/disk is full/u);
    const saved = (core.core.db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
    const audited = core.core.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'customer.%'")
      .get() as {
      n: number;
    };
    // Every customer that was saved has its audit entry: the refused one left nothing behind.
    expect(saved - before.n).toBe(audited.n);
  });

  it('says "busy, try again" (not "internal") while another program holds the write lock', async () => {
    core.core.db.pragma('busy_timeout = 20');
    const other = new Database(core.core.databaseFile);
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = await addCustomer('13900001111');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ code: 'busy', key: 'errors.busy' });
      expect(result.error.message).toMatch(/busy/u);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await addCustomer('13900001111')).ok).toBe(true);
  });
});

describe('unexpectedFailure on the errors SQLite really throws', () => {
  const temp = makeTempDir();

  const thrownBy = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error('expected a throw');
  };

  it('names a file that is not a database', () => {
    const file = `${temp.path}/garbage.sqlite3`;
    writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const error = thrownBy(() => new Database(file).pragma('user_version'));
    expect(unexpectedFailure(error).error).toMatchObject({ code: 'database-damaged', key: 'errors.not-a-database' });
  });

  it('names a damaged page', () => {
    const file = `${temp.path}/damaged.sqlite3`;
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT); CREATE INDEX t_body ON t (body)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20));
    })();
    db.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite pages 2–6 (the table's root and its first leaves) with noise, as a failing disk would.
    for (let i = pageSize; i < pageSize * 6; i++) bytes[i] = (i * 131) & 0xff;
    writeFileSync(file, bytes);
    const damaged = new Database(file);
    const error = thrownBy(() => damaged.prepare('SELECT sum(length(body)) FROM t NOT INDEXED').get());
    damaged.close();
    expect(unexpectedFailure(error).error).toMatchObject({ code: 'database-damaged', key: 'errors.database-damaged' });
  });

  it('leaves other errors as internal', () => {
    expect(unexpectedFailure(new Error('boom')).error.code).toBe('internal');
    expect(unexpectedFailure({ code: 'SQLITE_BUSY_SNAPSHOT' }).error.code).toBe('busy');
    expect(unexpectedFailure({ code: 'SQLITE_CORRUPT_INDEX' }).error.code).toBe('database-damaged');
    expect(unexpectedFailure({ code: 'SQLITE_READONLY_DBMOVED' }).error.code).toBe('storage-readonly');
  });
});

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/temp-dir';
import { BUSY_TIMEOUT_MS, openDatabase, openReadOnly, readConnectionSettings } from './connection';

const temp = makeTempDir();
afterEach(() => undefined);

describe('openDatabase', () => {
  it('opens every connection with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openDatabase(join(temp.path, 'settings.sqlite3'));
    expect(readConnectionSettings(db)).toEqual({
      journalMode: 'wal',
      synchronous: 2,
      foreignKeys: 1,
      busyTimeout: BUSY_TIMEOUT_MS,
    });
    expect(BUSY_TIMEOUT_MS).toBeGreaterThanOrEqual(5000);
    db.close();
  });

  it('gives read-only handles that cannot write', () => {
    const file = join(temp.path, 'readonly.sqlite3');
    const writable = openDatabase(file);
    writable.exec('CREATE TABLE t (x INTEGER) STRICT');
    writable.close();
    const readable = openReadOnly(file);
    expect(() => readable.exec('INSERT INTO t VALUES (1)')).toThrow(/readonly/iu);
    readable.close();
  });
});

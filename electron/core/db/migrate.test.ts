import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/fixtures/temp-dir';
import { openDatabase, openReadOnly } from './connection';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion, type Migration } from './migrate';
import { migrations } from './migrations';
import { DATABASE_FILE, openCore } from '../index';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

const tableNames = (file: string) => {
  const db = openReadOnly(file);
  const names = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((row) => row.name);
  db.close();
  return names;
};

describe('migrate', () => {
  it('brings a new database to the latest version without a backup', async () => {
    const db = openDatabase(join(temp.path, 'new.sqlite3'));
    const outcome = await migrate(db, migrations, { backupDir: join(temp.path, 'backups') });
    expect(outcome).toEqual({ from: 0, to: latestVersion(migrations), backupFile: null });
    expect(schemaVersion(db)).toBe(latestVersion(migrations));
    db.close();
  });

  it('copies and verifies an existing database before migrating it', async () => {
    const file = join(temp.path, 'old.sqlite3');
    const db = openDatabase(file);
    await migrate(db, migrations.slice(0, 2));
    db.exec(
      `INSERT INTO staff (name, role, pin_hash, created_at, updated_at) VALUES ('Old', 'admin', 'x', 'now', 'now')`,
    );
    const outcome = await migrate(db, migrations, { backupDir: join(temp.path, 'backups') });
    expect(outcome.from).toBe(20);
    expect(outcome.backupFile).not.toBeNull();
    expect(readdirSync(join(temp.path, 'backups'))).toHaveLength(1);
    const backup = openReadOnly(outcome.backupFile!);
    expect(backup.pragma('user_version', { simple: true })).toBe(20);
    expect(backup.prepare('SELECT name FROM staff').all()).toEqual([{ name: 'Old' }]);
    backup.close();
    db.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves the database as it was', async () => {
    const file = join(temp.path, 'failing.sqlite3');
    const db = openDatabase(file);
    const broken: Migration = {
      version: 9990,
      name: '9990-broken',
      up(target) {
        target.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('disk error in the middle');
      },
    };
    await expect(migrate(db, [...migrations, broken])).rejects.toThrow('disk error in the middle');
    expect(schemaVersion(db)).toBe(0);
    db.close();
    expect(tableNames(file)).toEqual([]);
  });

  it('refuses a database newer than the app and leaves it untouched', async () => {
    const file = join(temp.path, 'newer.sqlite3');
    const db = openDatabase(file);
    db.pragma('user_version = 999');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = readFileSync(file);
    const error = await migrate(db, migrations).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toMatch(/newer than this FrontDesk/u);
    db.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('opening a newer database refuses it before changing a single byte, even its journal mode', async () => {
    const file = join(temp.path, DATABASE_FILE);
    const newer = new Database(file);
    newer.pragma('journal_mode = DELETE');
    newer.exec('CREATE TABLE future (x INTEGER)');
    newer.pragma('user_version = 999');
    newer.close();
    const before = readFileSync(file);
    const error = await openCore({ dataDir: temp.path }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses migrations listed out of order', async () => {
    const db = openDatabase(':memory:');
    await expect(migrate(db, [migrations[1]!, migrations[0]!])).rejects.toThrow(/out of order/u);
    db.close();
  });
});

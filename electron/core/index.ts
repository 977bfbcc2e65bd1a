import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/contract';
import { defaultLanguage as fallbackLanguage } from '../../shared/i18n';
import { openDatabase } from './db/connection';
import { migrate, refuseIfTooNew, type MigrationOutcome } from './db/migrate';
import { migrations } from './db/migrations';
import type { Core } from './context';
import { createFactsKeeper } from './reports/facts-keeper';
import { createScheduledExport } from './reports/scheduled-export';
import { createReportRunner } from './reports/runner';
import { createRouter, type Router } from './router';
import { readLanguage } from './services/settings';
import type { Printer } from './print/printer';
import { appVersion } from './version';
import { readServiceSettings } from './services/service-settings';
import { refreshDueTimes } from './tickets/due';
import { claimDataFolder, type HolderProgram } from './in-use';
import { createAnchorKeeper, type AnchorComparison } from './audit-anchor';
import { checkAgainstAnchor } from './anchor-at-start';
import { inspectAtStart, StartRefusedError } from './db/inspect-at-start';
import { adoptBackup, type BackupEntry, type BackupKind } from './backups/backups';
import { backUp, createDailyBackup } from './backups/daily-backup';

export type { Core, Session } from './context';
export type { Router } from './router';
export type { Printer, PrinterOutcome, PrintRequest, SystemPrinterState } from './print/printer';

export const DATABASE_FILE = 'frontdesk.sqlite3';

export interface OpenCoreOptions {
  dataDir: string;
  /** Which program opens it, as a restore that is refused while the database is open names it (default: the command line). */
  program?: HolderProgram;
  /** Language for messages until setup chooses one. */
  language?: Language;
  nativeBinding?: string;
  now?: () => Date;
  /** The desktop app's printers; browser mode and the CLI have none. */
  printer?: Printer | null;
  log?: (error: unknown, name: string) => void;
  /**
   * When to look whether the tickets' kept facts need catching up (first, then again and again),
   * in the report worker; null never (a test that does it itself). By default 5 s after opening,
   * then every minute.
   */
  keepFacts?: { firstAfterMs: number; everyMs: number } | null;
  /** When to look whether the daily backup is due (as `keepFacts`); null never. By default 15 s after opening, then every minute. */
  dailyBackup?: { firstAfterMs: number; everyMs: number } | null;
  /** When to look for daily logs due to the scheduled export's folder (as `keepFacts`); null never. By default 10 s after opening, then every minute. */
  scheduledExport?: { firstAfterMs: number; everyMs: number } | null;
}

export interface OpenedCore {
  core: Core;
  router: Router;
  migration: MigrationOutcome;
  /** The database against the audit anchor beside it, found at start (a lost or rewritten tail is in the audit log too). */
  anchor: AnchorComparison;
  /** Catches up the tickets' kept facts now, rather than at the keeper's next look: how many it kept. */
  catchUpFacts(): Promise<number>;
  /** A verified backup into the data folder's `backups/` now (on quit, by hand), rotated as Settings say. */
  backUp(kind: BackupKind): Promise<BackupEntry>;
  /** Takes the daily backup now if the shop has closed since the last one, rather than at the next look. */
  takeDailyBackup(): Promise<BackupEntry | null>;
  /** Writes the daily logs due to the scheduled export's folder now, rather than at its next look: the days written. */
  writeScheduledLogs(): Promise<string[]>;
  close(): void;
}

/**
 * Opens (or creates) the data directory's database, migrates it, and returns the router every
 * transport calls. Throws DatabaseTooNewError for a database from a newer FrontDesk, and
 * StartRefusedError for one found damaged or missing at start (see `inspectAtStart`).
 */
export async function openCore(options: OpenCoreOptions): Promise<OpenedCore> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  // Before anything can write: a damaged file is moved aside untouched, a missing one never set up afresh.
  const problem = inspectAtStart(options.dataDir, databaseFile, {
    now: (options.now ?? (() => new Date()))(),
    nativeBinding: options.nativeBinding,
  });
  if (problem) throw new StartRefusedError(problem);
  refuseIfTooNew(databaseFile, migrations, { nativeBinding: options.nativeBinding });
  const db = openDatabase(databaseFile, { nativeBinding: options.nativeBinding });
  let migration: MigrationOutcome;
  try {
    migration = await migrate(db, migrations, {
      backupDir: join(options.dataDir, 'backups'),
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    db.close();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  // The copy migrate took before changing anything gets its manifest: listed and restorable like any backup.
  if (migration.backupFile) {
    try {
      await adoptBackup(migration.backupFile, {
        kind: 'before-migration',
        takenAt: now(),
        appVersion,
        nativeBinding: options.nativeBinding,
      });
    } catch (error) {
      options.log?.(error, 'backup-before-migration');
    }
  }
  const release = claimDataFolder(options.dataDir, options.program ?? 'command-line', now());
  let anchor: AnchorComparison = { state: 'no-anchor' };
  try {
    anchor = checkAgainstAnchor(db, options.dataDir, now());
  } catch (error) {
    options.log?.(error, 'audit-anchor');
  }
  if (anchor.state === 'tail-lost' || anchor.state === 'rewritten')
    options.log?.(
      new Error(
        `The audit log's tail was ${anchor.state === 'tail-lost' ? 'lost' : 'rewritten'} since ${anchor.anchor.at}`,
      ),
      'audit-anchor',
    );
  const keeper = createAnchorKeeper(db, options.dataDir, now);
  keeper.update();
  // Tickets on file from before due times were kept get theirs (once; nothing is written after).
  // Derived data: should it fail (a read-only disk), FrontDesk still opens, and each ticket gets
  // its due time with its next move.
  try {
    refreshDueTimes(db, readServiceSettings(db), now(), { missingOnly: true });
  } catch (error) {
    options.log?.(error, 'due-times');
  }
  const core: Core = {
    db,
    dataDir: options.dataDir,
    databaseFile,
    version: appVersion,
    defaultLanguage: readLanguage(db, options.language ?? fallbackLanguage),
    now,
    printer: options.printer ?? null,
    // Started on first use: a session that never opens a report never starts the thread.
    reports: createReportRunner({ databaseFile, nativeBinding: options.nativeBinding }),
    remoteSignIns: new Map(),
  };
  const router = createRouter(core, { log: options.log, afterEach: () => keeper.update() });
  // The figures' facts of tickets from before they were kept, or from before the rules changed.
  const facts = createFactsKeeper(db, (input) => core.reports.run('work-out-facts', input), {
    now,
    log: options.log,
  });
  if (options.keepFacts !== null) facts.start(options.keepFacts);
  // The daily log written to a folder at closing time, and the days missed while closed.
  const scheduled = createScheduledExport(core, { log: options.log });
  if (options.scheduledExport !== null) scheduled.start(options.scheduledExport);
  const daily = createDailyBackup(core, { log: options.log });
  if (options.dailyBackup !== null) daily.start(options.dailyBackup);
  return {
    core,
    router,
    migration,
    anchor,
    catchUpFacts: () => facts.catchUp(),
    writeScheduledLogs: () => scheduled.catchUp(),
    backUp: (kind) => backUp(core, kind),
    takeDailyBackup: () => daily.catchUp(),
    close: () => {
      keeper.update();
      facts.close();
      scheduled.close();
      daily.close();
      void core.reports.close();
      db.close();
      release();
    },
  };
}

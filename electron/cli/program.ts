import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { contract, type Language } from '../../shared/contract';
import { roles } from '../../shared/domain/roles';
import { createTranslator, isLanguage } from '../../shared/i18n';
import { DATABASE_FILE, openCore } from '../core';
import { openReadOnly } from '../core/db/connection';
import { checkDatabase, checkPassed } from '../core/db/check';
import { latestVersion } from '../core/db/migrate';
import { migrations } from '../core/db/migrations';
import { resolveDataDir } from '../core/data-dir';
import { realTicketCount, seedCustomers, seedTickets } from '../core/services/seed';
import { createStaff } from '../core/services/staff';
import { backupFolder, listBackups, takeBackup, verifyBackup } from '../core/backups/backups';
import { createReportRunner } from '../core/reports/runner';
import { readAnchor } from '../core/audit-anchor';
import { restoreBackup, undoRestore } from '../core/backups/restore';
import { dataFolderHolders } from '../core/in-use';
import { audit } from '../core/services/audit';
import { countActiveAdmins } from '../core/db/queries/staff';
import { dayLogSections, type DayLogSection } from '../core/reports/day-log-export';
import { exportDayLog, exportKpis, exportProblems } from './export';
import { kpiSections, type KpiSection } from '../core/reports/kpi-export';
import type { Core } from '../core/context';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

/** Exit codes: 0 done, 1 the work failed (or a check found problems), 2 the arguments were wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

function languageFrom(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  const index = argv.indexOf('--lang');
  const flag = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  if (isLanguage(flag)) return flag;
  return (env.LC_ALL ?? env.LANG ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Who runs the command line, for its audit entries: the login name the system gives, else the environment's. */
function osUser(env: NodeJS.ProcessEnv): string {
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // No entry in the system's user database (a container's bare uid): fall back to the environment.
  }
  return env.USER ?? env.USERNAME ?? 'unknown';
}

/** Opens the data folder (migrating a restored older database as the app would) to record what the command line did to it. */
async function recordInAudit(dataDir: string, osUser: string, action: string, details: Record<string, unknown>) {
  const opened = await openCore({ dataDir, scheduledExport: null, keepFacts: null, dailyBackup: null });
  try {
    const db = opened.core.db;
    db.transaction(() =>
      audit(db, { actor: null, now: opened.core.now(), commandLineUser: osUser }, action, {
        entity: 'database',
        entityId: null,
        details,
      }),
    )();
  } finally {
    opened.close();
  }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/u.test(value) || count < 1 || count > 2_000_000)
    throw new InvalidArgumentError('expected a whole number from 1 to 2000000');
  return count;
}

function parseSeed(value: string): number {
  if (!/^\d{1,9}$/u.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/**
 * Runs the command line (`argv` without node and script). Returns the exit code; prints through
 * `io`. Arguments are checked before anything is opened, so bad ones write nothing.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const t = createTranslator(languageFrom(argv, io.env));
  let exitCode = EXIT_OK;

  const program = new Command()
    .name('frontdesk')
    .description('FrontDesk command line: staff, checks and maintenance of the data directory')
    .option('--data-dir <dir>', 'data directory (default: FRONTDESK_DATA_DIR, then the desktop app’s)')
    .addOption(new Option('--lang <language>', 'language of messages').choices(['zh-CN', 'en']))
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: () => undefined })
    .showHelpAfterError(false);
  const dataDir = () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir, io.env);

  const staff = program.command('staff').description('manage staff members');
  staff
    .command('add')
    .description('add a staff member who signs in with a PIN')
    .requiredOption('--name <name>', 'name shown on the sign-in screen')
    .addOption(new Option('--role <role>', 'role').choices([...roles]).makeOptionMandatory())
    .requiredOption('--pin <pin>', '4 to 6 digits')
    .option('--another-admin', 'add an administrator even though the shop has one (it is audited)')
    .action(async (options: { name: string; role: string; pin: string; anotherAdmin?: boolean }) => {
      const parsed = contract['staff-create'].input.safeParse({
        name: options.name,
        role: options.role,
        pin: options.pin,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          io.err(
            t('cli.invalidField', {
              field: `--${issue.path.join('.')}`,
              message: t(issue.message.startsWith('validation.') ? issue.message : 'validation.invalid'),
            }),
          );
        }
        exitCode = EXIT_USAGE;
        return;
      }
      const opened = await openCore({ dataDir: dataDir(), scheduledExport: null, dailyBackup: null });
      try {
        // No one signs in on the command line: anyone who can run it could make themselves the
        // administrator. Only the first one, or another when asked for by name.
        if (parsed.data.role === 'admin' && countActiveAdmins(opened.core.db) > 0 && !options.anotherAdmin) {
          io.err(t('cli.adminExists'));
          exitCode = EXIT_FAILED;
          return;
        }
        const now = opened.core.now();
        const result = createStaff(
          {
            core: opened.core,
            db: opened.core.db,
            session: { staffId: null },
            actor: null,
            now,
            commandLineUser: osUser(io.env),
          },
          parsed.data,
        );
        if (!result.ok) {
          io.err(t(result.error.key, result.error.params));
          exitCode = EXIT_FAILED;
          return;
        }
        io.out(
          t('cli.staffAdded', { name: result.value.name, role: t(`roles.${result.value.role}`), id: result.value.id }),
        );
      } finally {
        opened.close();
      }
    });

  program
    .command('seed')
    .description('add sample customers and tickets, for demonstrations and benchmarks')
    .option('--customers <count>', 'customers to add (1 to 2000000)', parseCount)
    .option(
      '--tickets <count>',
      'tickets to add to the customers on file (1 to 2000000; needs a staff member)',
      parseCount,
    )
    .option('--seed <number>', 'random seed: the same seed gives the same data', parseSeed, 1)
    .option('--force', 'add sample data even beside a shop’s real tickets')
    .action(async (options: { customers?: number; tickets?: number; seed: number; force?: boolean }) => {
      if (options.customers === undefined && options.tickets === undefined) {
        io.err(t('cli.invalidArguments', { reason: t('cli.seedWhat') }));
        exitCode = EXIT_USAGE;
        return;
      }
      const directory = dataDir();
      if (
        options.tickets !== undefined &&
        options.customers === undefined &&
        !existsSync(join(directory, DATABASE_FILE))
      ) {
        io.err(t('cli.seedNeedsSetup'));
        exitCode = EXIT_FAILED;
        return;
      }
      const opened = await openCore({ dataDir: directory, scheduledExport: null, dailyBackup: null });
      try {
        const real = realTicketCount(opened.core.db);
        if (real > 0 && !options.force) {
          io.err(t('cli.seedRealTickets', { count: real }));
          exitCode = EXIT_FAILED;
          return;
        }
        const started = Date.now();
        const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
        const now = opened.core.now();
        if (options.customers !== undefined) {
          const added = seedCustomers(opened.core.db, {
            count: options.customers,
            seed: options.seed,
            now,
            commandLineUser: osUser(io.env),
          });
          io.out(t('cli.seeded', { added, requested: options.customers, seconds: seconds() }));
        }
        if (options.tickets !== undefined) {
          const added = seedTickets(opened.core.db, { count: options.tickets, seed: options.seed, now });
          if (added === 0) {
            io.err(t('cli.seedNeedsSetup'));
            exitCode = EXIT_FAILED;
            return;
          }
          io.out(t('cli.seededTickets', { added, seconds: seconds() }));
        }
      } finally {
        opened.close();
      }
    });

  const exports = program.command('export').description('write reports to files');
  exports
    .command('day-log')
    .description('the daily log of a day or a range, as a workbook (a sheet per section) or one section as CSV')
    .requiredOption('--date <YYYY-MM-DD>', 'the first (or only) day')
    .option('--to <YYYY-MM-DD>', 'the last day, for a range (both included)')
    .addOption(new Option('--format <format>', 'file format').choices(['xlsx', 'csv']).makeOptionMandatory())
    .addOption(
      new Option('--section <section>', 'for CSV: which section').choices([...dayLogSections]).default('received'),
    )
    .requiredOption('--out <file>', 'the file to write (replaced only once the new one is whole)')
    .action((options: { date: string; to?: string; format: 'xlsx' | 'csv'; section: DayLogSection; out: string }) =>
      runExport(options, (core, words) => exportDayLog(core, options, words)),
    );
  exports
    .command('kpis')
    .description('a period’s figures against the period before, as a workbook or one section as CSV')
    .requiredOption('--date <YYYY-MM-DD>', 'the first (or only) day')
    .option('--to <YYYY-MM-DD>', 'the last day, for a range (both included)')
    .addOption(new Option('--format <format>', 'file format').choices(['xlsx', 'csv']).makeOptionMandatory())
    .addOption(new Option('--section <section>', 'for CSV: which section').choices([...kpiSections]).default('summary'))
    .requiredOption('--out <file>', 'the file to write (replaced only once the new one is whole)')
    .action((options: { date: string; to?: string; format: 'xlsx' | 'csv'; section: KpiSection; out: string }) =>
      runExport(options, async (core, words) => {
        const written = await exportKpis(core, options, words);
        return { received: written.intakes, payments: 0, days: written.days };
      }),
    );

  /** An export's checks, its opening of the shop, its work and what it says of it. */
  async function runExport(
    options: { date: string; to?: string; out: string },
    work: (
      core: Core,
      words: { t: typeof t; language: Language; progress(line: string): void },
    ) => Promise<{ received: number; payments: number; days?: number }>,
  ): Promise<void> {
    const problems = exportProblems(options);
    if (problems.length > 0) {
      for (const problem of problems)
        io.err(t('cli.invalidField', { field: problem.field, message: t(problem.key, problem.params) }));
      exitCode = EXIT_USAGE;
      return;
    }
    const directory = dataDir();
    if (!existsSync(join(directory, DATABASE_FILE))) {
      io.err(t('cli.noDatabase', { dir: directory }));
      exitCode = EXIT_FAILED;
      return;
    }
    const opened = await openCore({ dataDir: directory, scheduledExport: null, dailyBackup: null });
    try {
      const started = Date.now();
      const written = await work(opened.core, {
        t,
        language: languageFrom(argv, io.env),
        progress: (line) => io.err(line),
      }).catch((error: unknown) => {
        io.err(
          t('cli.exportWriteFailed', {
            file: options.out,
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
        exitCode = EXIT_FAILED;
        return null;
      });
      if (written)
        io.out(
          t(written.days === undefined ? 'cli.exportWritten' : 'cli.exportFiguresWritten', {
            file: options.out,
            ...written,
            seconds: ((Date.now() - started) / 1000).toFixed(1),
          }),
        );
    } finally {
      opened.close();
    }
  }

  program
    .command('backup')
    .description('take a verified backup now (integrity-checked, with its manifest)')
    .option('--to <dir>', 'folder to write it to (default: the data folder’s backups/)')
    .action(async (options: { to?: string }) => {
      const directory = dataDir();
      if (!existsSync(join(directory, DATABASE_FILE))) {
        io.err(t('cli.noDatabase', { dir: directory }));
        exitCode = EXIT_FAILED;
        return;
      }
      const opened = await openCore({ dataDir: directory, scheduledExport: null, dailyBackup: null });
      try {
        const folder = options.to ?? backupFolder(directory);
        const taken = await takeBackup(opened.core, { kind: 'manual', folder });
        io.out(t('cli.backupTaken', { file: taken.file, size: megabytes(taken.manifest.size) }));
      } catch (error) {
        io.err(t('cli.backupFailed', { reason: error instanceof Error ? error.message : String(error) }));
        exitCode = EXIT_FAILED;
      } finally {
        opened.close();
      }
    });

  program
    .command('backups')
    .description('list the backups in the data folder’s backups/ (or --in DIR), each checked in full')
    .option('--in <dir>', 'folder to look in')
    .action(async (options: { in?: string }) => {
      const folder = options.in ?? backupFolder(dataDir());
      const found = listBackups(folder);
      if (found.length === 0) {
        io.out(t('cli.noBackups', { dir: folder }));
        return;
      }
      const runner = createReportRunner({ databaseFile: found[0]!.file });
      try {
        for (const entry of found) {
          const checked = await verifyBackup({ reports: runner }, entry);
          io.out(
            `${checked.state === 'verified' ? '✓' : '✗'} ${checked.manifest.takenAt}  ${t(`cli.backupKind.${checked.manifest.kind}`)}  ` +
              `${megabytes(checked.manifest.size)} MB  ${t(`cli.backupState.${checked.state}`)}  ${checked.file}`,
          );
          if (checked.state !== 'verified') exitCode = EXIT_FAILED;
        }
      } finally {
        await runner.close();
      }
    });

  program
    .command('restore')
    .argument('[file]', 'the backup to put in place of the database')
    .description(
      'put a backup in place of the database, keeping the current one aside (refused while FrontDesk has it open)',
    )
    .option('--wait', 'wait until FrontDesk closes the database instead of refusing')
    .option('--undo', 'undo the latest restore: put back the database it replaced')
    .action(async (file: string | undefined, options: { wait?: boolean; undo?: boolean }) => {
      const directory = dataDir();
      const databaseFile = join(directory, DATABASE_FILE);
      if ((file === undefined) === !options.undo) {
        io.err(t('cli.restoreWhat'));
        exitCode = EXIT_USAGE;
        return;
      }
      const by = osUser(io.env);
      const say = (error: { key: string; params?: Record<string, string | number> }) => {
        io.err(t(error.key, error.params));
        if (error.key === 'backups.inUse') io.err(t('cli.restoreWaitHint'));
        exitCode = EXIT_FAILED;
      };
      if (options.wait) {
        let told = false;
        for (let holders = dataFolderHolders(directory); holders.length > 0; holders = dataFolderHolders(directory)) {
          if (!told) io.out(t('cli.restoreWaiting', { program: holders[0]!.program, pid: holders[0]!.pid }));
          told = true;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      const now = new Date();
      if (options.undo) {
        const undone = undoRestore(directory, databaseFile, { now, by });
        if (!undone.ok) return say(undone.error);
        await recordInAudit(directory, by, 'database.restore-undone', { keptAside: undone.value.keptAside });
        io.out(t('cli.restoreUndone', { kept: undone.value.keptAside ?? '—' }));
        return;
      }
      const restored = await restoreBackup(directory, databaseFile, file!, {
        now,
        by,
        knownSchema: latestVersion(migrations),
      });
      if (!restored.ok) return say(restored.error);
      await recordInAudit(directory, by, 'database.restored', {
        from: restored.value.restoredFrom,
        takenAt: restored.value.takenAt,
        keptAside: restored.value.keptAside,
      });
      io.out(
        t('cli.restored', {
          file: restored.value.restoredFrom,
          takenAt: restored.value.takenAt ?? '—',
          kept: restored.value.keptAside ?? '—',
        }),
      );
    });

  program
    .command('check')
    .description('check the database: integrity, foreign keys, schema version, audit chain (reads only)')
    .action(() => {
      const file = join(dataDir(), DATABASE_FILE);
      if (!existsSync(file)) {
        io.err(t('cli.noDatabase', { dir: dataDir() }));
        exitCode = EXIT_FAILED;
        return;
      }
      const db = openReadOnly(file);
      try {
        const check = checkDatabase(db, latestVersion(migrations), readAnchor(dataDir()));
        const line = (label: string, passed: boolean, detail: string) =>
          io.out(`${passed ? '✓' : '✗'} ${t(label)}: ${detail}`);
        io.out(t('cli.checkHeader', { file }));
        const integrityOk = check.integrity.length === 1 && check.integrity[0] === 'ok';
        line('cli.checkIntegrity', integrityOk, integrityOk ? t('cli.checkOk') : check.integrity.join('; '));
        line(
          'cli.checkForeignKeys',
          check.foreignKeyViolations === 0,
          check.foreignKeyViolations === 0
            ? t('cli.checkOk')
            : t('cli.checkForeignKeysDetail', { count: check.foreignKeyViolations }),
        );
        line(
          'cli.checkSchema',
          check.schemaVersion === check.expectedVersion,
          t('cli.checkSchemaDetail', { found: check.schemaVersion, expected: check.expectedVersion }),
        );
        line(
          'cli.checkAudit',
          check.audit.intact,
          check.audit.intact
            ? t('cli.checkAuditDetail', { entries: check.audit.entries })
            : t('cli.checkAuditBroken', { id: check.audit.brokenAtId, entries: check.audit.entries }),
        );
        const anchor = check.anchor;
        line(
          'cli.checkAnchor',
          anchor.state === 'intact' || anchor.state === 'no-anchor',
          anchor.state === 'tail-lost'
            ? t('cli.checkAnchorLost', {
                id: anchor.anchor.auditHead!.id,
                at: anchor.anchor.at,
                head: anchor.head?.id ?? 0,
                from: (anchor.head?.id ?? 0) + 1,
              })
            : anchor.state === 'rewritten'
              ? t('cli.checkAnchorRewritten', { id: anchor.anchor.auditHead!.id, at: anchor.anchor.at })
              : t(anchor.state === 'intact' ? 'cli.checkAnchorOk' : 'cli.checkAnchorNone'),
        );
        const passed = checkPassed(check);
        io.out(t(passed ? 'cli.checkPassed' : 'cli.checkFailed'));
        exitCode = passed ? EXIT_OK : EXIT_FAILED;
      } finally {
        db.close();
      }
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT_OK;
      io.err(t('cli.invalidArguments', { reason: error.message.replace(/^error: /u, '') }));
      return EXIT_USAGE;
    }
    io.err(t('cli.openFailed', { dir: dataDir(), reason: error instanceof Error ? error.message : String(error) }));
    return EXIT_FAILED;
  }
  return exitCode;
}

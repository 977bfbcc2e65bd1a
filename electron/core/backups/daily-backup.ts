import { dailyBackupDue, defaultBackupRotation, type BackupRotation } from '../../../shared/domain/backup-rotation';
import type { Core } from '../context';
import { readSetting } from '../db/queries/settings';
import { repeatingPass, type RepeatingPass } from '../reports/repeating-pass';
import { readServiceSettings } from '../services/service-settings';
import { backupFolder, listBackups, takeBackup, type BackupEntry, type BackupKind } from './backups';

export const BACKUP_ROTATION_SETTING = 'backups.rotation';

export function readBackupRotation(core: Pick<Core, 'db'>): BackupRotation {
  return readSetting(core.db, BACKUP_ROTATION_SETTING, defaultBackupRotation);
}

/** A backup into the data folder's `backups/`, rotated as Settings say. */
export function backUp(core: Core, kind: BackupKind): Promise<BackupEntry> {
  return takeBackup(core, { kind, folder: backupFolder(core.dataDir), rotation: readBackupRotation(core) });
}

/**
 * The daily backup at closing time: once a minute, a look whether the shop has closed since the
 * last daily backup, and if so one is taken (in the report worker; the counter never waits). A
 * failure is logged and tried again at the next look; a closing missed while FrontDesk was not
 * running is caught up at its next start.
 */
export function createDailyBackup(
  core: Core,
  options: { log?: (error: unknown, name: string) => void } = {},
): RepeatingPass<BackupEntry | null> {
  async function pass(): Promise<BackupEntry | null> {
    const last = listBackups(backupFolder(core.dataDir)).find((entry) => entry.manifest.kind === 'daily');
    const due = dailyBackupDue({
      now: core.now(),
      hours: readServiceSettings(core.db).businessHours,
      lastDaily: last ? new Date(last.manifest.takenAt) : null,
    });
    return due ? backUp(core, 'daily') : null;
  }
  return repeatingPass(pass, {
    name: 'daily-backup',
    timing: { firstAfterMs: 15_000, everyMs: 60_000 },
    log: options.log,
  });
}

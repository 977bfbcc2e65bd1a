import type { MessageParams } from '../../shared/contract';
import type { StartProblem } from './db/inspect-at-start';

/** A time as this computer's clock shows it (the shop's settings are in the database that did not open). */
function localTime(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * What to tell the shop when FrontDesk would not open its database: what happened, what was
 * done with the file, and the newest verified backup with what restoring it would lose. The
 * desktop app offers that restore as a button; `restoreHint` is for browser mode and the CLI.
 */
export function describeStartProblem(
  problem: StartProblem,
  t: (key: string, params?: MessageParams) => string,
  options: { restoreHint: boolean },
): string {
  const dir = problem.dataDir;
  if (problem.kind === 'disk-full' || problem.kind === 'read-only') return t(`start.${problem.kind}`, { dir });
  const lines = [
    t(`start.${problem.kind}`, { dir, detail: problem.kind === 'damaged' ? problem.detail : '' }),
    problem.quarantined ? t('start.quarantined', { folder: problem.quarantined }) : t('start.leftInPlace'),
  ];
  if (problem.backup) {
    lines.push(t('start.newestBackup', { takenAt: localTime(problem.backup.takenAt) }));
    if (options.restoreHint) lines.push(t('start.restoreByCommand', { file: problem.backup.file }));
  } else lines.push(t('start.noBackup', { dir }));
  return lines.join('\n');
}

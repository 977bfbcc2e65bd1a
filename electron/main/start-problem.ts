import type { Dialog } from 'electron';
import type { MessageParams, Outcome } from '../../shared/contract';
import type { StartProblem } from '../core/db/inspect-at-start';
import { describeStartProblem } from '../core/start-problem-message';

/**
 * Tells the shop why its database was not opened and, when there is a verified backup, offers to
 * restore it (with the time it was taken, so what would be lost is plain). 'restored' means the
 * backup is in place and the app can start again.
 */
export async function answerStartProblem(
  problem: StartProblem,
  deps: {
    dialog: Pick<Dialog, 'showMessageBox' | 'showErrorBox'>;
    t: (key: string, params?: MessageParams) => string;
    restore: (file: string) => Promise<Outcome<unknown>>;
  },
): Promise<'restored' | 'quit'> {
  const message = describeStartProblem(problem, deps.t, { restoreHint: false });
  const backup = problem.kind === 'disk-full' || problem.kind === 'read-only' ? null : problem.backup;
  if (!backup) {
    deps.dialog.showErrorBox('FrontDesk', message);
    return 'quit';
  }
  const takenAt = new Date(backup.takenAt).toLocaleString();
  const { response } = await deps.dialog.showMessageBox({
    type: 'error',
    title: 'FrontDesk',
    message,
    buttons: [deps.t('start.restoreButton', { takenAt }), deps.t('start.quitButton')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return 'quit';
  const restored = await deps.restore(backup.file);
  if (restored.ok) return 'restored';
  deps.dialog.showErrorBox(
    'FrontDesk',
    deps.t('start.restoreFailed', { reason: deps.t(restored.error.key, restored.error.params) }),
  );
  return 'quit';
}

import { describe, expect, it, vi } from 'vitest';
import { ok, fail } from '../../shared/contract';
import { createTranslator } from '../../shared/i18n';
import type { StartProblem } from '../core/db/inspect-at-start';
import { answerStartProblem } from './start-problem';

const damaged: StartProblem = {
  kind: 'damaged',
  dataDir: '/shop',
  detail: 'database disk image is malformed',
  quarantined: '/shop/quarantine/20261125-020000',
  backup: { file: '/shop/backups/frontdesk-20261124-180000-daily.sqlite3', takenAt: '2026-11-24T10:00:00Z' },
};

function deps(response: number, restored = ok(null) as ReturnType<typeof ok> | ReturnType<typeof fail>) {
  return {
    dialog: {
      showMessageBox: vi.fn(() => Promise.resolve({ response, checkboxChecked: false })),
      showErrorBox: vi.fn(),
    },
    t: createTranslator('zh-CN'),
    restore: vi.fn(() => Promise.resolve(restored)),
  };
}

describe('a database not opened at start, in the desktop app', () => {
  it('offers the newest verified backup with its time, and restores it when asked', async () => {
    const chosen = deps(0);
    expect(await answerStartProblem(damaged, chosen)).toBe('restored');
    const [box] = chosen.dialog.showMessageBox.mock.calls[0] as unknown as [{ message: string; buttons: string[] }];
    expect(box.message).toMatch(
      /数据库已损坏.*\n已将其原样移至 \/shop\/quarantine\/20261125-020000。\n最新的已校验备份于 .* 生成/u,
    );
    expect(box.buttons).toEqual([expect.stringMatching(/^恢复 .* 的备份$/u), '退出']);
    expect(chosen.restore).toHaveBeenCalledWith(damaged.backup!.file);
  });

  it('quits without restoring when told to, and says why a restore failed', async () => {
    const quit = deps(1);
    expect(await answerStartProblem(damaged, quit)).toBe('quit');
    expect(quit.restore).not.toHaveBeenCalled();
    const failed = deps(0, fail('busy', 'backups.inUse', { params: { program: 'browser', pid: 7 } }));
    expect(await answerStartProblem(damaged, failed)).toBe('quit');
    expect(failed.dialog.showErrorBox).toHaveBeenCalledWith(
      'FrontDesk',
      expect.stringMatching(/^未能恢复：数据库正在被FrontDesk 浏览器模式使用/u),
    );
  });

  it('only explains a full disk, or damage with no backup to offer', async () => {
    const full = deps(0);
    expect(await answerStartProblem({ kind: 'disk-full', dataDir: '/shop' }, full)).toBe('quit');
    expect(full.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(full.dialog.showErrorBox).toHaveBeenCalledWith('FrontDesk', expect.stringContaining('所在磁盘已满'));
  });
});

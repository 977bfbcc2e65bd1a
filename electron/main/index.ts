import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATABASE_FILE, openCore, type OpenedCore } from '../core';
import { restoreBackup } from '../core/backups/restore';
import { storageProblemAtStart } from '../core/db/inspect-at-start';
import { latestVersion } from '../core/db/migrate';
import { migrations } from '../core/db/migrations';
import { createTranslator } from '../../shared/i18n';
import { answerStartProblem } from './start-problem';
import { resolveDataDir } from '../core/data-dir';
import { dataDirArgument } from './args';
import { registerIpcHandlers } from './ipc';
import { electronNativeBinding } from './native-binding';
import { createElectronPrinter } from './printer';
import { isAppUrl, lockDownSession, lockDownWebContents } from './security';
import { appPaths, mainWindowOptions } from './window';

const paths = appPaths(__dirname);
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appUrl = devServerUrl ?? pathToFileURL(paths.rendererIndex).href;
const isOurs = (url: string) => isAppUrl(url, appUrl);

let mainWindow: BrowserWindow | null = null;
let opened: OpenedCore | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(paths.preload));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(paths.rendererIndex);
  return window;
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(dataDirArgument(process.argv), process.env, () => app.getPath('userData'));
  try {
    opened = await openCore({
      dataDir,
      program: 'desktop',
      nativeBinding: electronNativeBinding(join(__dirname, '../..'), app.isPackaged),
      printer: createElectronPrinter({
        BrowserWindow,
        dialog,
        writeFile,
        documentsDir: () => app.getPath('documents'),
        parentWindow: () => mainWindow,
      }),
    });
  } catch (error) {
    const problem = storageProblemAtStart(error, dataDir);
    if (!problem) dialog.showErrorBox('FrontDesk', error instanceof Error ? error.message : String(error));
    else {
      const t = createTranslator(app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
      const restore = (file: string) =>
        restoreBackup(dataDir, join(dataDir, DATABASE_FILE), file, {
          now: new Date(),
          by: 'the desktop app, at start',
          knownSchema: latestVersion(migrations),
          nativeBinding: electronNativeBinding(join(__dirname, '../..'), app.isPackaged),
        });
      if ((await answerStartProblem(problem, { dialog, t, restore })) === 'restored') return start();
    }
    app.exit(1);
    return;
  }
  lockDownSession(session.defaultSession);
  registerIpcHandlers(ipcMain, opened.router, isOurs);
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, () => appUrl));
  app.on('window-all-closed', () => app.quit());
  // On quitting, a verified backup (kind "quit") before the database closes.
  app.on('will-quit', (event) => {
    const closing = opened;
    if (!closing) return;
    opened = null;
    event.preventDefault();
    void closing
      .backUp('quit')
      .catch((error: unknown) => console.error('[main] the backup on quitting failed:', error))
      .finally(() => {
        closing.close();
        app.exit(0);
      });
  });
  app.on('activate', () => {
    if (opened && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  void app.whenReady().then(start);
}

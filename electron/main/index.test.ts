import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlerNames } from '../../shared/contract';
import { makeTempDir } from '../../test/fixtures/temp-dir';

/** A stand-in for the parts of Electron the main process uses, recording what it was asked to do. */
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: Array<{ options: unknown; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }> =
    [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    options: unknown;
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
  }
  return {
    appListeners,
    windows,
    module: {
      app: {
        isPackaged: false,
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        exit: vi.fn(),
        getPath: vi.fn(() => '/nonexistent/userData'),
        getLocale: vi.fn(() => 'en-US'),
        on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
        whenReady: vi.fn(() => Promise.resolve()),
      },
      BrowserWindow,
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: vi.fn() },
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
        },
      },
    },
  };
});

vi.mock('electron', () => electron.module);
// A developer who ran `npm start` has an Electron-ABI build there, which plain Node cannot load.
vi.mock('./native-binding', () => ({ electronNativeBinding: () => undefined }));

describe('Electron main process', () => {
  let dataDir: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    electron.windows.length = 0;
    electron.appListeners.clear();
    dataDir = makeTempDir();
    vi.stubEnv('FRONTDESK_DATA_DIR', dataDir.path);
    electron.module.app.requestSingleInstanceLock.mockReturnValue(true);
  });

  async function quit() {
    const event = { preventDefault: vi.fn() };
    electron.appListeners.get('will-quit')?.(event);
    // A core was open: it takes its backup, then closes and exits.
    if (event.preventDefault.mock.calls.length > 0)
      await vi.waitFor(() => expect(electron.module.app.exit).toHaveBeenCalledWith(0), { timeout: 10_000 });
  }

  afterEach(async () => {
    await quit();
    vi.unstubAllEnvs();
    dataDir.remove();
  });

  it('opens the core, registers every handler, locks down the session and shows a secure window', async () => {
    await import('./index');
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));

    const handled = electron.module.ipcMain.handle.mock.calls.map(([name]) => name);
    expect(handled.sort()).toEqual([...handlerNames].sort());
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.module.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();

    const window = electron.windows[0]!;
    expect(window.options).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(window.loadFile).toHaveBeenCalledWith(expect.stringMatching(/renderer[/\\]index\.html$/));
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
    expect(electron.appListeners.has('second-instance')).toBe(true);
  });

  it('stores its data in the directory FRONTDESK_DATA_DIR names', async () => {
    await import('./index');
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${dataDir.path}/frontdesk.sqlite3`)).toBe(true);
    expect(electron.module.app.getPath).not.toHaveBeenCalled();
  });

  it('takes a verified backup when the app quits, before the database closes', async () => {
    await import('./index');
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    await quit();
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(`${dataDir.path}/backups`)).toEqual([
      expect.stringMatching(/^frontdesk-\d{8}-\d{6}-quit\.sqlite3$/u),
      expect.stringMatching(/^frontdesk-\d{8}-\d{6}-quit\.sqlite3\.json$/u),
    ]);
  });

  it('quits at once when another instance already runs', async () => {
    electron.module.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('./index');
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.module.app.whenReady).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('explains a database it cannot open and exits instead of showing a window', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dataDir.path}/frontdesk.sqlite3`, 'this is not a database');
    await import('./index');
    await vi.waitFor(() => expect(electron.module.dialog.showErrorBox).toHaveBeenCalled());
    expect(electron.module.app.exit).toHaveBeenCalledWith(1);
    expect(electron.windows).toHaveLength(0);
  });
});

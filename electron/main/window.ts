import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

/** Every window of ours (the main one, the hidden print windows): isolated, sandboxed, no Node. */
export const lockedDownWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies NonNullable<BrowserWindowConstructorOptions['webPreferences']>;

/**
 * The main window's options. The renderer is an untrusted web page as far as Electron is
 * concerned: isolated, sandboxed, no Node, no webviews; it reaches the core only through the
 * preload's named functions.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1100,
    minHeight: 640,
    show: false,
    title: 'FrontDesk',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: { preload: preloadPath, ...lockedDownWebPreferences },
  };
}

/** Where the built app's pieces are, relative to the main bundle (out/main). */
export function appPaths(mainDir: string): { preload: string; rendererIndex: string } {
  return {
    preload: join(mainDir, '../preload/index.js'),
    rendererIndex: join(mainDir, '../renderer/index.html'),
  };
}

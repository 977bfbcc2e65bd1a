import { describe, expect, it } from 'vitest';
import { appPaths, mainWindowOptions } from './window';

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.js');

  it('keeps the renderer isolated, sandboxed and without Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('opens at the counter screen size and waits to be ready before showing', () => {
    expect(options).toMatchObject({ width: 1366, height: 768, show: false, title: 'FrontDesk' });
  });

  it('finds the preload and the renderer beside the main bundle', () => {
    const paths = appPaths('/app/out/main');
    expect(paths.preload).toBe('/app/out/preload/index.js');
    expect(paths.rendererIndex).toBe('/app/out/renderer/index.html');
  });
});

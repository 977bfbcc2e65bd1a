import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Language } from '../../shared/contract';
import { startServer, type BrowserModeServer } from './server';

export interface App {
  /** The running browser mode's address. */
  url: string;
  dataDir: string;
  /** Stops the server and starts a new one on the same data directory; the page goes there. */
  restart(): Promise<void>;
}

interface Fixtures {
  /** The language browser mode starts in (`--lang`), before any choice is stored. */
  lang: Language;
  /** Sample customers added with `frontdesk seed` before the server starts. */
  seedCustomers: number;
  app: App;
  /** Saves a screenshot under test/artifacts/screens/<lang>-<name>.png for a person to look at. */
  snap(name: string, options?: { fullPage?: boolean }): Promise<void>;
}

/** Runs the real command line, as a manager preparing a demonstration would. */
function seed(dataDir: string, customers: number): void {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve('electron/cli/index.ts'),
      '--data-dir',
      dataDir,
      'seed',
      '--customers',
      String(customers),
    ],
    { stdio: 'ignore' },
  );
}

export const screensDir = resolve('test/artifacts/screens');

export const test = base.extend<Fixtures>({
  lang: ['zh-CN', { option: true }],
  seedCustomers: [0, { option: true }],
  // Automatic: every test starts on a fresh server and data directory, whether it names `app` or not.
  app: [
    async ({ page, lang, seedCustomers }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-'));
      if (seedCustomers > 0) seed(dataDir, seedCustomers);
      let server: BrowserModeServer = await startServer({ dataDir, lang });
      const app: App = {
        get url() {
          return server.url;
        },
        dataDir,
        async restart() {
          await server.stop();
          server = await startServer({ dataDir, lang });
          await page.goto(server.url);
        },
      };
      await page.goto(server.url);
      await use(app);
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
  snap: async ({ page, lang }, use) => {
    mkdirSync(screensDir, { recursive: true });
    await use(async (name, options = {}) => {
      // Let notifications and transitions settle so the picture shows the screen, not an animation.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      await page.screenshot({ path: join(screensDir, `${lang}-${name}.png`), fullPage: options.fullPage ?? false });
    });
  },
});

export { expect };
export type { Page };

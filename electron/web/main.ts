import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { createTranslator, isLanguage } from '../../shared/i18n';
import type { Language } from '../../shared/contract';
import { openCore } from '../core';
import { resolveDataDir } from '../core/data-dir';
import { storageProblemAtStart } from '../core/db/inspect-at-start';
import { describeStartProblem } from '../core/start-problem-message';
import { DatabaseTooNewError } from '../core/db/migrate';
import { isLoopbackAddress, LanNotAllowedError, startWebServer } from './server';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

function parseLanguage(value: string): Language {
  if (!isLanguage(value)) throw new InvalidArgumentError('expected zh-CN or en');
  return value;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run serve --')
    .description('FrontDesk in browser mode: the renderer and the core over HTTP')
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 5780)
    .option('--host <address>', 'address to listen on (anything but loopback needs --allow-lan)', '127.0.0.1')
    .option('--allow-lan', 'allow listening on a network address (plain HTTP: anyone on the network can reach it)')
    .option('--data-dir <dir>', 'data directory (default: FRONTDESK_DATA_DIR, then the desktop app’s)')
    .option('--lang <language>', 'language until setup chooses one: zh-CN or en', parseLanguage)
    .option('--static-dir <dir>', 'built renderer to serve', resolve(__dirname, '../../out/renderer'))
    .showHelpAfterError();
  program.parse();
  const options = program.opts<{
    port: number;
    host: string;
    allowLan?: boolean;
    dataDir?: string;
    lang?: Language;
    staticDir: string;
  }>();

  if (!isLoopbackAddress(options.host) && !options.allowLan) {
    console.error(new LanNotAllowedError(options.host).message);
    process.exit(2);
  }
  if (!existsSync(resolve(options.staticDir, 'index.html'))) {
    console.error(`The renderer is not built (${options.staticDir}). Run "npm run build" first.`);
    process.exit(1);
  }
  const dataDir = resolveDataDir(options.dataDir);
  let opened;
  try {
    opened = await openCore({ dataDir, language: options.lang, program: 'browser' });
  } catch (error) {
    const problem = storageProblemAtStart(error, dataDir);
    const language =
      options.lang ?? ((process.env.LC_ALL ?? process.env.LANG ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
    console.error(
      problem
        ? describeStartProblem(problem, createTranslator(language), { restoreHint: true })
        : error instanceof DatabaseTooNewError
          ? error.message
          : `Cannot open the database in ${dataDir}: ${String(error)}`,
    );
    process.exit(1);
  }
  const server = await startWebServer({
    router: opened.router,
    staticDir: options.staticDir,
    host: options.host,
    allowLan: options.allowLan,
    port: options.port,
  });
  if (!isLoopbackAddress(options.host))
    console.warn(
      `WARNING: FrontDesk is reachable from the network at ${options.host} over plain HTTP (not encrypted). ` +
        'Use it only on a network you trust. Setup can still only be done on this computer.',
    );
  console.log(`FrontDesk browser mode: ${server.url} (data: ${dataDir})`);

  // On closing, a verified backup (kind "quit"), then the database is closed; a second Ctrl+C waits for it.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Closing: taking a backup…');
    void server
      .close()
      .then(() => opened.backUp('quit'))
      .then(
        (taken) => console.log(`Backup taken: ${taken.file}`),
        (error: unknown) => console.error(`The backup on closing failed: ${String(error)}`),
      )
      .finally(() => {
        opened.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();

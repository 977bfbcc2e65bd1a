import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Language } from '../../shared/contract';

export interface BrowserModeServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `electron/web/main.ts` exactly as `npm run serve` does (minus the build), on a free
 * port, and waits for the line announcing its address.
 */
export async function startServer(options: { dataDir: string; lang?: Language }): Promise<BrowserModeServer> {
  const args = ['--import', 'tsx', resolve('electron/web/main.ts'), '--port', '0', '--data-dir', options.dataDir];
  if (options.lang) args.push('--lang', options.lang);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /browser mode: (http:\/\/\S+)/u.exec(line);
      if (match?.[1]) resolveUrl(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${errors}`)));
  });
  return { url, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

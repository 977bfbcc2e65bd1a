import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Browser mode serves the built renderer: build it once if `npm test` has not already. */
export default function globalSetup(): void {
  if (existsSync(resolve('out/renderer/index.html')) && process.env.FRONTDESK_E2E_REBUILD !== '1') return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}

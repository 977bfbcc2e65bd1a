#!/usr/bin/env node
// `npm start` runs this first. better-sqlite3 is a native module: node_modules holds the build
// for Node (what the tests and browser mode load); Electron needs one built for its own ABI.
// Both cannot live in one build/ folder, so the Electron build goes to .electron-native/ and
// the main process loads it through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const source = dirname(require.resolve('better-sqlite3/package.json'));
const target = join(root, '.electron-native', 'better-sqlite3');
const binary = join(target, 'build', 'Release', 'better_sqlite3.node');
const stamp = join(target, '.built-for');

const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const wanted = `electron ${electronVersion}, better-sqlite3 ${sqliteVersion}, ${process.platform}-${process.arch}`;

if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
  console.log(`better-sqlite3 for Electron is ready (${wanted}).`);
  process.exit(0);
}

console.log(`Preparing better-sqlite3 for ${wanted} in ${relative(root, target)}/ …`);
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(source, target, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });

// Build for Electron, not for the Node that runs npm: a machine-wide `nodedir` must not apply.
const env = {
  ...process.env,
  npm_config_nodedir: '',
  npm_config_runtime: 'electron',
  npm_config_target: electronVersion,
};

function attempt(label, command, args) {
  console.log(`→ ${label}`);
  const result = spawnSync(command, args, { cwd: target, stdio: 'inherit', env, shell: process.platform === 'win32' });
  return result.status === 0 && existsSync(binary);
}

const prebuildInstall = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
const nodeGyp =
  process.env.npm_config_node_gyp || join(dirname(require.resolve('node-gyp/package.json')), 'bin', 'node-gyp.js');
const ok =
  attempt('download a prebuilt binary', process.execPath, [
    prebuildInstall,
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    `--platform=${process.platform}`,
  ]) ||
  attempt('compile from source against Electron headers', process.execPath, [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);

if (!ok) {
  console.error(
    "Could not prepare better-sqlite3 for Electron: neither a prebuilt binary nor Electron's headers could be fetched.\n" +
      'The desktop app needs a network connection the first time. Browser mode works without it: npm run serve',
  );
  process.exit(1);
}
writeFileSync(stamp, wanted);
console.log(`better-sqlite3 for Electron is ready (${wanted}).`);

import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../fixtures/temp-dir';

/** A plain script of `npm test`, without types of its own: its two functions, as they are used. */
const scriptPath = '../../scripts/system-packages.mjs';
const script = (await import(scriptPath)) as {
  missingSystemPackages(env?: NodeJS.ProcessEnv): string[];
  missingPackagesAdvice(missing: string[]): string;
};
const missing = script.missingSystemPackages;
const advice = script.missingPackagesAdvice;

/**
 * A machine of our making: a folder on PATH holding the programs the end-to-end tests call (each a
 * script that does nothing), a browser, and an `fc-list` that reports a Chinese font. The checks
 * then say the same here, on a bare machine and in CI, whatever this machine has installed.
 */
const machine = makeTempDir('frontdesk-packages-');
afterAll(() => machine.remove());
const program = (name: string, body = 'exit 0') => {
  const path = join(machine.path, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
};
symlinkSync('/bin/sh', join(machine.path, 'sh'));
for (const name of ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm', 'zbarimg']) program(name);
program('fc-list', 'echo "Noto Sans CJK SC"');
const chromium = program('chromium');
const equipped = { PATH: machine.path, CHROMIUM_PATH: chromium };

describe('the system packages the end-to-end tests need', () => {
  it('names every package a bare machine lacks, and the one command that installs them', () => {
    const bare = missing({ PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(bare).toEqual(['chromium', 'poppler-utils', 'zbar-tools', 'fonts-noto-cjk']);
    expect(advice(bare)).toBe(
      'this machine lacks the Debian packages chromium, poppler-utils, zbar-tools, fonts-noto-cjk; install them with: ' +
        'sudo apt-get update && sudo apt-get install -y chromium poppler-utils zbar-tools fonts-noto-cjk (or run: bash .ci/run)',
    );
  });

  it('finds nothing missing on a machine that has them all', () => {
    expect(missing(equipped)).toEqual([]);
  });

  it('names only the browser when the browser alone is missing', () => {
    expect(missing({ ...equipped, CHROMIUM_PATH: join(machine.path, 'no-chromium') })).toEqual(['chromium']);
  });

  it('names the fonts when no font has Chinese glyphs', () => {
    program('fc-list', 'exit 0');
    try {
      expect(missing(equipped)).toEqual(['fonts-noto-cjk']);
    } finally {
      program('fc-list', 'echo "Noto Sans CJK SC"');
    }
  });

  it('names poppler-utils when one of its programs is missing', () => {
    const partial = makeTempDir('frontdesk-packages-partial-');
    try {
      for (const name of ['sh', 'pdftotext', 'pdfinfo', 'pdffonts', 'zbarimg', 'fc-list'])
        symlinkSync(join(machine.path, name), join(partial.path, name));
      expect(missing({ ...equipped, PATH: partial.path })).toEqual(['poppler-utils']);
    } finally {
      partial.remove();
    }
  });
});

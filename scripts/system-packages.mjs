// What the end-to-end tests need from the system, by the Debian package that brings it: the
// browser they drive, the PDF and barcode readers that check printed documents, and fonts with
// Chinese glyphs (without them a receipt prints empty boxes). `.ci/run` installs the same list.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether a program is at this path, or on the PATH of `env`. */
function hasProgram(program, env) {
  if (program.includes('/')) return existsSync(program);
  return spawnSync('sh', ['-c', 'command -v "$0"', program], { stdio: 'ignore', env }).status === 0;
}

function hasCjkFont(env) {
  const fonts = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8', env });
  return fonts.status === 0 && fonts.stdout.trim() !== '';
}

/** The Debian packages the end-to-end tests need that this machine lacks, in install order. */
export function missingSystemPackages(env = process.env) {
  const needs = [
    ['chromium', () => hasProgram(env.CHROMIUM_PATH ?? '/usr/bin/chromium', env)],
    ['poppler-utils', () => ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'].every((name) => hasProgram(name, env))],
    ['zbar-tools', () => hasProgram('zbarimg', env)],
    ['fonts-noto-cjk', () => hasCjkFont(env)],
  ];
  return needs.filter(([, present]) => !present()).map(([name]) => name);
}

/** One line: what is missing and the command that installs it. */
export function missingPackagesAdvice(missing) {
  return (
    `this machine lacks the Debian packages ${missing.join(', ')}; install them with: ` +
    `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')} (or run: bash .ci/run)`
  );
}

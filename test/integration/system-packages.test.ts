import { describe, expect, it } from 'vitest';

/** A plain script of `npm test`, without types of its own: its two functions, as they are used. */
const scriptPath = '../../scripts/system-packages.mjs';
const script = (await import(scriptPath)) as {
  missingSystemPackages(env?: NodeJS.ProcessEnv): string[];
  missingPackagesAdvice(missing: string[]): string;
};
const missing = script.missingSystemPackages;
const advice = script.missingPackagesAdvice;

describe('the system packages the end-to-end tests need', () => {
  it('names every package a bare machine lacks, and the one command that installs them', () => {
    const bare = missing({ PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(bare).toEqual(['chromium', 'poppler-utils', 'zbar-tools', 'fonts-noto-cjk']);
    expect(advice(bare)).toBe(
      'this machine lacks the Debian packages chromium, poppler-utils, zbar-tools, fonts-noto-cjk; install them with: ' +
        'sudo apt-get update && sudo apt-get install -y chromium poppler-utils zbar-tools fonts-noto-cjk (or run: bash .ci/run)',
    );
  });

  it('finds nothing missing where .ci/run has installed them', () => {
    expect(missing(process.env)).toEqual([]);
  });

  it('names only the browser when the browser alone is missing', () => {
    expect(missing({ ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' })).toEqual(['chromium']);
  });
});

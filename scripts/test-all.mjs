#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and integration tests (vitest), the build, then the
// end-to-end tests (Playwright). Every step runs even if an earlier one failed, so one run
// shows everything that is wrong. The last line is the combined totals, alone on the line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { missingPackagesAdvice, missingSystemPackages } from './system-packages.mjs';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function run(command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is one check: it passes or fails as a whole. */
function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const { ok, seconds } = run(command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A step whose report counts its tests; a step that crashed without a report counts as one failure. */
function suite(name, command, args, reportFile, count) {
  console.log(`\n▶ ${name}`);
  rmSync(reportFile, { force: true });
  const { ok, seconds } = run(command, args);
  const report = readJson(reportFile);
  const counted = report ? count(report) : { passed: 0, failed: 1, skipped: 0 };
  if (!ok && counted.failed === 0) counted.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counted[key];
  const skipped = counted.skipped ? `, ${counted.skipped} skipped` : '';
  summary.push(
    `${counted.failed === 0 ? '✓' : '✗'} ${name}: ${counted.passed} passed, ${counted.failed} failed${skipped} (${seconds} s)`,
  );
}

const bin = (name) => join('node_modules', '.bin', name);

check('typecheck (tsc -b)', bin('tsc'), ['-b']);
check('lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint']);

const vitestReport = join(resultsDir, 'vitest.json');
suite(
  'unit and integration (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  (report) => ({
    passed: report.numPassedTests ?? 0,
    failed:
      (report.numFailedTests ?? 0) +
      (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  }),
);

const built = check('build (electron-vite build)', bin('electron-vite'), ['build']);

const e2eReport = join(resultsDir, 'e2e.json');
const missing = missingSystemPackages();
if (missing.length > 0) {
  // One clear failure instead of every end-to-end test failing on a missing browser.
  totals.failed += 1;
  const message = `✗ end-to-end (playwright): not run, ${missingPackagesAdvice(missing)}`;
  console.log(`\n${message}`);
  summary.push(message);
} else if (built && existsSync('out/renderer/index.html')) {
  suite('end-to-end (playwright)', bin('playwright'), ['test'], e2eReport, (report) => ({
    passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
    failed: report.stats?.unexpected ?? 0,
    skipped: report.stats?.skipped ?? 0,
  }));
} else {
  totals.failed += 1;
  summary.push('✗ end-to-end (playwright): not run, the build failed');
}

console.log(`\n${summary.join('\n')}\n`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed === 0 ? 0 : 1;

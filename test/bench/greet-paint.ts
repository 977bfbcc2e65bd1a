/**
 * `npm run bench:paint -- --data-dir DIR`: from a keystroke in the greet box to its results
 * painted, in Debian's Chromium against browser mode on a shop of real size (fill one first with
 * `npm run cli -- --data-dir DIR seed --customers 300000 --tickets 1000000`). Phones of customers on
 * file are typed key by key at a person's pace, once to warm up and once measured; for each key
 * the time from the keydown event to the first frame that shows the answer to what is typed is
 * taken. A measurement, not a test.
 *
 *   npm run bench:paint -- --data-dir DIR [--phones 40] [--pin 1234] [--pace 120]
 *
 * A shop not yet set up is set up with an administrator "Bench" whose PIN is --pin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import { chromium, type Page } from 'playwright-core';
import type { AppInfo, StaffDirectoryEntry } from '../../shared/contract';
import { callApi } from '../e2e/flows';
import { startServer } from '../e2e/server';

/** Two frames at 60 Hz (DESIGN.md §5). */
const TARGET_MS = 33;

interface Options {
  dataDir: string;
  phones: number;
  pin: string;
  pace: number;
}

/** Customers' national mobile numbers, spread over the whole file. */
function samplePhones(dataDir: string, count: number): string[] {
  const db = new Database(resolve(dataDir, 'frontdesk.sqlite3'), { readonly: true });
  try {
    const total = (db.prepare('SELECT max(id) AS n FROM customers').get() as { n: number | null }).n ?? 0;
    const step = Math.max(1, Math.floor(total / (count * 2)));
    const rows = db
      .prepare(
        `SELECT phone FROM customers WHERE id % ? = 0 AND phone GLOB '+861[3-9]*' AND length(phone) = 14 LIMIT ?`,
      )
      .all(step, count) as { phone: string }[];
    return rows.map((row) => row.phone.slice(3));
  } finally {
    db.close();
  }
}

interface Painted {
  keys: number;
  ms: number;
  /**
   * Where the time goes: keydown to the search leaving the page, from there to its reply arriving
   * (the socket and the server), then to the results in the page (React), then to the frame that
   * shows them. A search that went over HTTP has no socket times: its first two phases are NaN.
   */
  phases: [number, number, number, number];
}

/**
 * Before the page loads: notes when the live socket last sent a message and last received one, so
 * a keystroke's time can be split into the page's own work, the round trip and the drawing.
 */
function watchSocket(): void {
  const state = window as unknown as { socketSentAt: number; socketReceivedAt: number };
  state.socketSentAt = NaN;
  state.socketReceivedAt = NaN;
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data) {
    state.socketSentAt = performance.now();
    send.call(this, data);
  };
  const Original = WebSocket;
  window.WebSocket = class extends Original {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', () => {
        state.socketReceivedAt = performance.now();
      });
    }
  };
}

/**
 * In the page: notes each keydown in the greet box, and when the results container first answers
 * the text that key made (its data-answers), notes the time once that frame has been painted: a
 * task posted from the frame's animation callback runs after the frame is drawn.
 */
function instrument(): void {
  const state = window as unknown as {
    painted: Painted[];
    pendingKey: { at: number; text: string } | null;
    socketSentAt: number;
    socketReceivedAt: number;
  };
  state.painted = [];
  state.pendingKey = null;
  document.addEventListener(
    'keydown',
    (event) => {
      const input = event.target as HTMLInputElement;
      if (!input.matches('input[data-autofocus]')) return;
      const at = event.timeStamp;
      // The text the key makes: read once the key has landed in the box. An answer the page
      // knew without asking is already there by then.
      setTimeout(() => {
        state.pendingKey = { at, text: input.value.trim() };
        check();
      });
    },
    { capture: true },
  );
  function check(): void {
    const key = state.pendingKey;
    const answered = document.querySelector('[data-answers]')?.getAttribute('data-answers');
    if (!key || answered !== key.text) return;
    state.pendingKey = null;
    const answeredAt = performance.now();
    // Socket times from before this key belong to an earlier search (this one went over HTTP).
    const sentAt = state.socketSentAt >= key.at ? state.socketSentAt : NaN;
    const receivedAt = state.socketReceivedAt >= sentAt ? state.socketReceivedAt : NaN;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const paintedAt = performance.now();
        state.painted.push({
          keys: key.text.length,
          ms: paintedAt - key.at,
          phases: [sentAt - key.at, receivedAt - sentAt, answeredAt - receivedAt, paintedAt - answeredAt],
        });
      };
      channel.port2.postMessage(null);
    });
  }
  new MutationObserver(check).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-answers'],
  });
}

/** The bare page: a box whose text is echoed as the answer in the same task. */
const bareBox = `<input data-autofocus autofocus><div data-answers=""></div><script>
  const box = document.querySelector('input');
  const answer = document.querySelector('[data-answers]');
  box.addEventListener('input', () => {
    answer.textContent = box.value;
    answer.setAttribute('data-answers', box.value.trim());
  });
</script>`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const options = new Command()
    .requiredOption('--data-dir <dir>', 'a shop of real size, seeded by the command line')
    .option('--phones <n>', 'phone numbers to type', (value) => Number(value), 40)
    .option('--pin <pin>', 'PIN of the first member of staff (or of the Bench administrator set up here)', '1234')
    .option('--pace <ms>', 'time between keys', (value) => Number(value), 120)
    .parse()
    .opts<Options>();

  if (!existsSync(resolve('out/renderer/index.html')))
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  const phones = samplePhones(options.dataDir, options.phones);
  const server = await startServer({ dataDir: options.dataDir, lang: 'zh-CN' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    // tsx keeps function names with a helper the page does not have; give it one.
    await page.addInitScript('globalThis.__name = (target) => target');
    await page.addInitScript(watchSocket);
    await page.goto(server.url);
    const info = await callApi<AppInfo>(page, 'app-info', {});
    if (info.needsSetup) {
      await callApi(page, 'setup-complete', {
        language: 'zh-CN',
        shop: { name: 'Bench', address: '', phone: '', hours: '' },
        admin: { name: 'Bench', pin: options.pin },
      });
    } else {
      // The counter's first member of staff (not a sample technician the seeder added).
      const staff = await callApi<StaffDirectoryEntry[]>(page, 'staff-directory', {});
      const first = staff.find((member) => member.role !== 'technician');
      if (!first) throw new Error('The shop has no staff at the counter to sign in as');
      await callApi(page, 'session-sign-in', { staffId: first.id, pin: options.pin });
    }
    await page.goto(`${server.url}/#/reception`);
    await page.reload();
    const box = page.locator('input[data-autofocus]').first();
    await box.waitFor();

    // Keys at a person's pace, with nothing else asked of the page meanwhile (polling it would
    // take frames from what is measured); a key whose results never showed is counted after.
    const typeAll = async (into: Page, count = phones.length) => {
      const input = into.locator('input[data-autofocus]').first();
      for (const phone of phones.slice(0, count)) {
        await input.fill('');
        await into.waitForTimeout(options.pace);
        for (const digit of phone) {
          await into.keyboard.press(digit);
          await into.waitForTimeout(options.pace);
        }
      }
      return count * (phones[0]?.length ?? 0);
    };
    const paintedIn = async (into: Page) =>
      (await into.evaluate(() => (window as unknown as { painted: Painted[] }).painted)).filter(
        (entry) => entry.keys > 0,
      );
    // One pass unmeasured first, as at a counter that has been open a while: the first search of
    // the day reads its part of the index from disk, and that is the disk's time, not the app's.
    await typeAll(page);
    await page.evaluate(instrument);
    const typed = await typeAll(page);
    const painted = await paintedIn(page);
    const unanswered = typed - painted.length;

    // The same keys into a bare page (one box, its text echoed beside it), timed the same way:
    // what this browser on this machine takes to show a keystroke at all, with no app behind it.
    const bare = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await bare.setContent(bareBox);
    await bare.evaluate('globalThis.__name = (target) => target');
    await bare.evaluate(instrument);
    await typeAll(bare, Math.min(phones.length, 15));
    const floor = (await paintedIn(bare)).map((entry) => entry.ms);
    const ofKey = (keys: number) => painted.filter((entry) => entry.keys === keys);
    const at = (values: number[], p: number) =>
      percentile(
        values.filter((ms) => !Number.isNaN(ms)).sort((x, y) => x - y),
        p,
      ).toFixed(1);
    const phaseNames = ['sent', 'reply', 'results', 'frame'] as const;

    console.log(
      `\nGreet box, keystroke to results painted: ${phones.length} phones typed key by key, ` +
        `${options.pace} ms between keys, ${unanswered} keys whose results never showed. ` +
        `${painted.filter((entry) => !Number.isNaN(entry.phases[1])).length} of ${painted.length} searches went over the socket.\n`,
    );
    console.log(
      'Each phase, median / p95 ms: the page until the search is sent, its reply (socket and server), ' +
        'the results put in the page, and the frame that shows them.\n',
    );
    console.log(`| keys typed | median ms | p95 ms | target p95 ms |   | ${phaseNames.join(' | ')} |`);
    console.log(`| ---------- | --------- | ------ | ------------- | - |${' --- |'.repeat(phaseNames.length)}`);
    let missed = unanswered > 0;
    for (let keys = 1; keys <= 11; keys += 1) {
      const entries = ofKey(keys);
      const totals = entries.map((entry) => entry.ms);
      const p95 = Number(at(totals, 95));
      const ok = p95 <= TARGET_MS;
      if (!ok) missed = true;
      const phases = phaseNames.map((_, index) => {
        const values = entries.map((entry) => entry.phases[index] ?? NaN);
        return `${at(values, 50)} / ${at(values, 95)}`;
      });
      console.log(
        `| ${String(keys).padEnd(10)} | ${at(totals, 50).padEnd(9)} | ${p95.toFixed(1).padEnd(6)} | ≤ ${TARGET_MS}          | ${ok ? 'ok' : 'MISSED'} | ${phases.join(' | ')} |`,
      );
    }
    console.log(
      `\nThe browser alone (a bare page with one box, the same keys timed the same way): ` +
        `median ${at(floor, 50)} ms, p95 ${at(floor, 95)} ms. What the app adds is the difference.`,
    );
    process.exitCode = missed ? 1 : 0;
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main();

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';

const run = promisify(execFile);
let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
});
afterEach(() => core.dispose());

it('keeps ticket numbers unique and gap-free while three processes save intakes into the same file', async () => {
  const admin = await core.setUp();
  const reception = await core.expectOk('staff-create', { name: 'Rita', role: 'reception', pin: '1234' }, admin);
  const customer = await core.expectOk('customers-create', { name: 'Wang Fang', phone: '13812345678' }, admin);
  const perWriter = 15;
  const writers = Array.from({ length: 3 }, () =>
    run(process.execPath, [
      '--import',
      'tsx',
      'test/fixtures/intake-writer.ts',
      core.dataDir,
      String(reception.id),
      String(customer.id),
      String(perWriter),
    ]),
  );
  const numbers = (await Promise.all(writers)).flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
  expect(numbers).toHaveLength(3 * perWriter);
  // Grouped by day (the run may cross midnight in Shanghai), each day's numbers run 1, 2, 3… with no gap or repeat.
  const byDay = new Map<string, string[]>();
  for (const number of numbers) byDay.set(number.slice(0, 8), [...(byDay.get(number.slice(0, 8)) ?? []), number]);
  for (const [day, ofDay] of byDay) {
    const expected = ofDay.map((_, index) => `${day}-${String(index + 1).padStart(4, '0')}`);
    expect([...ofDay].sort()).toEqual(expected);
  }
}, 60_000);

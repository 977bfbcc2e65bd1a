import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { repairIntake } from '../../../test/fixtures/sample-intakes';

const run = promisify(execFile);
let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
});
afterEach(() => core.dispose());

it('two processes moving the same ticket at once: each change goes through whole or is refused as stale', async () => {
  const admin = await core.setUp();
  const technician = await core.expectOk('staff-create', { name: 'Tom', role: 'technician', pin: '1234' }, admin);
  const customer = await core.expectOk('customers-create', { name: 'Wang Fang', phone: '13812345678' }, admin);
  const ticket = await core.expectOk('intake-save', repairIntake(customer.id), admin);
  const attempts = 25;
  const movers = Array.from({ length: 2 }, () =>
    run(process.execPath, [
      '--import',
      'tsx',
      'test/fixtures/ticket-mover.ts',
      core.dataDir,
      String(technician.id),
      String(ticket.id),
      String(attempts),
    ]),
  );
  const outcomes = (await Promise.all(movers)).flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
  const done = outcomes.filter((outcome) => outcome === 'ok').length;
  // Racing on the same version, the loser is told the ticket moved (or, having read it just
  // after a change, asks for a move the new state no longer allows).
  expect(new Set(outcomes.filter((outcome) => outcome !== 'ok'))).toSatisfy((refusals: Set<string>) =>
    [...refusals].every((key) => key === 'workflow.refusals.stale' || key === 'workflow.refusals.illegal'),
  );
  expect(done).toBeGreaterThan(0);
  const after = await core.expectOk('tickets-get', { id: ticket.id }, admin);
  expect(after.version).toBe(1 + done);
  expect(after.events).toHaveLength(1 + done);
  const audits = core.core.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'ticket.move'`).get() as {
    n: number;
  };
  expect(audits.n).toBe(done);
  expect(after.state).toBe(done % 2 === 1 ? 'on-hold' : 'received');
}, 60_000);

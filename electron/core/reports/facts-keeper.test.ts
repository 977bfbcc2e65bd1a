import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { writeSetting } from '../db/queries/settings';
import { factsKeptUnder, saveTicketFactsIfCurrent } from '../db/queries/ticket-facts';
import { all, get, run, sql } from '../db/sql';
import { readServiceSettings } from '../services/service-settings';
import { seedCustomers, seedTickets } from '../services/seed';
import { kpiRules, rulesKey, workOutFacts } from '../tickets/facts';
import { createFactsKeeper, type FactsKeeper } from './facts-keeper';
import { factsAreKept } from './report-inputs';

/*
 * The keeper against a seeded shop whose facts were lost or worked out under other rules, with
 * the real report worker doing the working out.
 */
let core: TestCore;
let keeper: FactsKeeper;
const now = new Date('2026-11-25T08:00:00Z');

beforeAll(async () => {
  core = await openTestCore({ now: () => now });
  await core.setUp();
  seedCustomers(core.core.db, { count: 100, seed: 9, now });
  seedTickets(core.core.db, { count: 300, seed: 9, now });
  keeper = createFactsKeeper(core.core.db, (input) => core.core.reports.run('work-out-facts', input), {
    now: () => now,
    batch: 64,
  });
}, 60_000);
afterAll(() => {
  keeper.close();
  core.dispose();
});

const db = () => core.core.db;
const rows = () => all<Record<string, unknown>>(db(), sql`SELECT * FROM ticket_facts ORDER BY ticket_id`);
const key = () => rulesKey(kpiRules(readServiceSettings(db())));

describe('catching up the kept facts', () => {
  it('works out again, in the worker, the facts of tickets that had none or had them under other rules', async () => {
    const kept = rows();
    expect(kept).toHaveLength(300);
    run(db(), sql`DELETE FROM ticket_facts WHERE ticket_id % 3 = 0`);
    run(
      db(),
      sql`UPDATE ticket_facts SET rules_key = 'older', ready_minutes = ready_minutes + 1 WHERE ticket_id % 3 = 1`,
    );
    expect(factsAreKept(db(), kpiRules(readServiceSettings(db())))).toBe(false);

    expect(await keeper.catchUp()).toBe(200);
    expect(rows()).toEqual(kept);
    expect(factsKeptUnder(db())).toBe(key());
    expect(await keeper.catchUp()).toBe(0);
  }, 60_000);

  it('works every ticket out again after the shop’s hours change, and then reads them as kept', async () => {
    const settings = readServiceSettings(db());
    const hours = { ...settings.businessHours, holidays: [...settings.businessHours.holidays, '2026-11-20'] };
    writeSetting(db(), 'service.businessHours', hours, now.toISOString());
    expect(factsAreKept(db(), kpiRules(readServiceSettings(db())))).toBe(false);
    expect(await keeper.catchUp()).toBe(300);
    expect(factsKeptUnder(db())).toBe(key());
    expect(get<{ n: number }>(db(), sql`SELECT count(*) AS n FROM ticket_facts WHERE rules_key = ${key()}`)?.n).toBe(
      300,
    );
  }, 60_000);

  it('never puts facts over those of a ticket that moved since they were worked out', () => {
    const [worked] = workOutFacts(db(), [1], kpiRules(readServiceSettings(db())));
    if (!worked) throw new Error('Ticket 1 has no facts');
    const { facts, version } = worked;
    run(db(), sql`UPDATE tickets SET version = version + 1 WHERE id = 1`);
    const tampered = { ...facts, intake: { ...facts.intake, productCategory: 'stale' } };
    expect(saveTicketFactsIfCurrent(db(), tampered, { rulesKey: key(), version })).toBe(false);
    expect(
      get<{ product_category: string }>(db(), sql`SELECT product_category FROM ticket_facts WHERE ticket_id = 1`),
    ).not.toEqual({
      product_category: 'stale',
    });
  });
});

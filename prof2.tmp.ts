import { openCore } from './electron/core';
import { readShelf } from './electron/core/db/queries/shelf';
import { ledgerSummariesOfTickets } from './electron/core/db/queries/payments';
import { contactsOfTickets } from './electron/core/db/queries/ticket-events';
import { ticketSummaries, chargedLinesOfTickets } from './electron/core/db/queries/tickets';
import { toTicketSummaries } from './electron/core/tickets/views';
import { shelfDayCounter } from './shared/domain/pickup';
import { contactFacts } from './shared/contract';
import { readServiceSettings, readServiceSection } from './electron/core/services/service-settings';
async function main() {
  const { core } = await openCore({ dataDir: process.argv[2] ?? '/tmp/shopmid', language: 'en', log: () => undefined });
  const db = core.db;
  const q = { filter: 'all', find: { kind: 'everything' }, unclaimedBefore: '2026-09-01T00:00:00Z', fullPhones: true, offset: 0, limit: Number(process.argv[3] ?? 50) } as const;
  const ids = readShelf(db, q as never).rows.map((r) => r.id);
  const records = ticketSummaries(db, ids);
  const actor = { id: 1, name: 'x', role: 'admin' } as never;
  const now = new Date();
  const cases: Record<string, () => unknown> = {
    settings: () => readServiceSettings(db),
    pickupSection: () => readServiceSection(db, 'pickup'),
    readShelf: () => readShelf(db, q as never),
    ledgers: () => ledgerSummariesOfTickets(db, ids),
    contactsSql: () => contactsOfTickets(db, ids),
    contactsParse: () => contactsOfTickets(db, ids).map((e) => contactFacts.safeParse(e.payload)),
    summariesSql: () => ticketSummaries(db, ids),
    chargedLines: () => chargedLinesOfTickets(db, records),
    toSummaries: () => toTicketSummaries(db, records, actor),
    days: () => { const c = shelfDayCounter(now, 'Asia/Shanghai'); return records.map((r) => c(new Date(r.shelvedAt ?? r.createdAt))); },
  };
  for (const [name, fn] of Object.entries(cases)) {
    const t: number[] = [];
    for (let i = 0; i < 600; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); }
    t.splice(0, 100); t.sort((a, b) => a - b);
    console.log(name.padEnd(14), 'p50', t[250]?.toFixed(3), 'p95', t[475]?.toFixed(3));
  }
  console.log('contacts', contactsOfTickets(db, ids).length, 'rows', ids.length);
}
void main();

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Migration } from '../migrate';
import type { WritableDB } from '../types';
import { ticketStates } from '../../../../shared/domain/ticket-states';
import { ticketEventKinds } from '../../../../shared/domain/ticket-workflow';
import { createCustomerNameGrams } from './0050-create-customer-name-grams';
import { statesAt120 } from './0120-ticket-workflow';
import { ticketDueTimes } from './0130-ticket-due-times';
import { documentsAt140, printQuotes } from './0140-print-quotes';
import { dueForAt150, ticketDueFor } from './0150-ticket-due-for';
import { createPayments, paymentKindsAt160, paymentMethodsAt160 } from './0160-create-payments';
import { eventKindsAt170, ticketPickup } from './0170-ticket-pickup';
import { ticketComebacks } from './0180-ticket-comebacks';
import { settleEarlierPickups } from './0190-settle-earlier-pickups';
import { ticketContactIndex } from './0200-ticket-contact-index';
import { ticketReachedIndex } from './0210-ticket-reached-index';
import { ticketIntakeChannel } from './0220-ticket-intake-channel';
import { ticketFacts } from './0230-ticket-facts';
import { createCashCloses } from './0240-create-cash-closes';
import { scheduledExports } from './0250-scheduled-exports';
import { documentsAt260, printDayLogs } from './0260-print-day-logs';
import { paymentKinds, paymentMethods } from '../../../../shared/domain/ledger';
import { limitedStates } from '../../../../shared/contract';
import { printDocuments } from '../../../../shared/domain/printing';
import { migrations } from './index';

let db: WritableDB;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

/** Applies the migrations up to and including `version`, as the runner would. */
function migrateTo(version: number): void {
  for (const migration of migrations as Migration[]) if (migration.version <= version) migration.up(db);
}

const now = '2026-11-25T09:00:00.000Z';
const addStaff = (role = 'admin') =>
  db
    .prepare(`INSERT INTO staff (name, role, pin_hash, created_at, updated_at) VALUES ('Ada', ?, 'hash', ?, ?)`)
    .run(role, now, now);

describe('0010-create-staff', () => {
  beforeEach(() => migrateTo(10));
  it('stores staff with a known role only', () => {
    addStaff('technician');
    expect(() => addStaff('boss')).toThrow(/CHECK constraint/u);
  });
  it('is STRICT: wrong types are refused', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO staff (name, role, pin_hash, active, created_at, updated_at) VALUES ('A', 'admin', 'h', 'yes', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/cannot store TEXT value in INTEGER column/u);
  });
});

describe('0020-create-settings', () => {
  beforeEach(() => migrateTo(20));
  it('keeps settings as valid JSON', () => {
    db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('shop', '{"name":"A"}', ?)`).run(now);
    expect(() =>
      db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('bad', 'not json', ?)`).run(now),
    ).toThrow(/CHECK constraint/u);
  });
});

describe('0030-create-audit-log', () => {
  beforeEach(() => {
    migrateTo(30);
    db.prepare(
      `INSERT INTO audit_log (at, action, entity, details, prev_hash, hash) VALUES (?, 'a', 'e', '{}', 'p', 'h')`,
    ).run(now);
  });
  it('refuses updates and deletes: the log is append-only', () => {
    expect(() => db.exec(`UPDATE audit_log SET action = 'b'`)).toThrow(/append-only/u);
    expect(() => db.exec(`DELETE FROM audit_log`)).toThrow(/append-only/u);
  });
  it('refers to real staff members', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO audit_log (at, actor_id, action, entity, details, prev_hash, hash) VALUES (?, 42, 'a', 'e', '{}', 'p', 'h2')`,
        )
        .run(now),
    ).toThrow(/FOREIGN KEY/u);
  });
});

describe('0040-create-customers', () => {
  beforeEach(() => migrateTo(40));
  const insert = (target: WritableDB) => (id: number, name: string, phone: string, digits: string) =>
    target
      .prepare(
        `INSERT INTO customers (id, name, name_search, phone, phone_digits, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, name, name.toLowerCase(), phone, digits, now, now);
  const match = (expression: string) =>
    (
      db
        .prepare(`SELECT rowid AS id FROM customers_fts WHERE customers_fts MATCH ? ORDER BY rowid`)
        .all(expression) as { id: number }[]
    ).map((row) => row.id);

  it('keeps the trigram index in step on insert, update and delete', () => {
    insert(db)(1, '张三丰', '+8613812345678', '13812345678');
    insert(db)(2, 'Li Si', '+8613900001111', '13900001111');
    expect(match('phone_digits : "2345"')).toEqual([1]);
    expect(match('name_search : "张三丰"')).toEqual([1]);
    db.prepare(`UPDATE customers SET phone_digits = '13899998888', phone = '+8613899998888' WHERE id = 1`).run();
    expect(match('phone_digits : "2345"')).toEqual([]);
    expect(match('phone_digits : "9998"')).toEqual([1]);
    db.prepare(`DELETE FROM customers WHERE id = 2`).run();
    expect(match('name_search : "li si"')).toEqual([]);
  });

  it('allows one customer per phone number', () => {
    insert(db)(1, 'A', '+8613812345678', '13812345678');
    expect(() => insert(db)(2, 'B', '+8613812345678', '13812345678')).toThrow(/UNIQUE/u);
  });

  it('answers the list and lookup queries from indexes', () => {
    const plan = (query: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan(`SELECT * FROM customers WHERE phone = '+8613812345678'`)).toMatch(
      /USING INDEX sqlite_autoindex_customers/u,
    );
    expect(plan(`SELECT * FROM customers ORDER BY name_search, id LIMIT 100 OFFSET 200`)).toMatch(
      /customers_name_search/u,
    );
    expect(plan(`SELECT * FROM customers ORDER BY updated_at DESC, id DESC LIMIT 100`)).toMatch(
      /customers_updated_at/u,
    );
    expect(
      plan(`SELECT * FROM customers WHERE id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH 'x')`),
    ).toMatch(/VIRTUAL TABLE INDEX/u);
  });
});

describe('0050-create-customer-name-grams', () => {
  it('indexes the two-character pieces of customers already on file', () => {
    migrateTo(40);
    db.prepare(
      `INSERT INTO customers (id, name, name_search, phone, phone_digits, company, company_search, created_at, updated_at)
       VALUES (1, '王芳', '王芳', '+8613812345678', '13812345678', '华联超市', '华联超市', ?, ?)`,
    ).run(now, now);
    createCustomerNameGrams.up(db);
    const grams = (
      db.prepare(`SELECT gram FROM customer_name_grams WHERE customer_id = 1 ORDER BY gram`).all() as {
        gram: string;
      }[]
    ).map((row) => row.gram);
    expect(grams.sort()).toEqual(['王芳', '华联', '联超', '超市'].sort());
  });

  it('forgets a customer’s pieces with the customer', () => {
    migrateTo(50);
    db.prepare(
      `INSERT INTO customers (id, name, name_search, phone, phone_digits, created_at, updated_at)
       VALUES (1, '王芳', '王芳', '+8613812345678', '13812345678', ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO customer_name_grams (gram, customer_id) VALUES ('王芳', 1)`).run();
    db.prepare(`DELETE FROM customers WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM customer_name_grams`).get()).toEqual({ n: 0 });
  });

  it('answers a two-character search and a deep list page from indexes', () => {
    migrateTo(50);
    const plan = (query: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan(`SELECT customer_id FROM customer_name_grams WHERE gram = '王芳'`)).toMatch(/PRIMARY KEY/u);
    expect(plan(`SELECT id FROM customers WHERE 1 ORDER BY name_search ASC, id ASC LIMIT 100 OFFSET 150000`)).toMatch(
      /COVERING INDEX customers_name_search/u,
    );
    expect(plan(`SELECT id FROM customers WHERE name_search >= '王' AND name_search < '王\u{10FFFF}'`)).toMatch(
      /customers_name_search/u,
    );
  });
});

const plan = (query: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');

function addCustomer(id = 1) {
  db.prepare(
    `INSERT INTO customers (id, name, name_search, phone, phone_digits, created_at, updated_at)
     VALUES (?, '王芳', '王芳', ?, '13812345678', ?, ?)`,
  ).run(id, `+861381234567${id}`, now, now);
}

function addDevice(id = 1, customerId = 1) {
  db.prepare(
    `INSERT INTO devices (id, customer_id, product_category, brand, model, serial, serial_search, serial_reversed, created_at, updated_at)
     VALUES (?, ?, 'phone', 'Huawei', 'Mate 60', 'SN-0001', 'SN0001', '1000NS', ?, ?)`,
  ).run(id, customerId, now, now);
}

function addTicket(id: number, sequence: number, overrides: Record<string, unknown> = {}) {
  const row = {
    id,
    number: `20261125-${String(sequence).padStart(4, '0')}`,
    intake_day: '2026-11-25',
    day_sequence: sequence,
    service_type: 'repair',
    state: 'received',
    priority: 'normal',
    customer_id: 1,
    device_id: 1,
    warranty_status: 'maker',
    warranty_reason: '{"key":"warranty.reason.maker"}',
    consent_method: 'tick',
    consent_at: now,
    receptionist_id: 1,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO tickets (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})`,
  ).run(row);
}

describe('0060-create-devices', () => {
  beforeEach(() => {
    migrateTo(60);
    addStaff();
    addCustomer();
  });

  it('belongs to a customer on file', () => {
    addDevice(1, 1);
    expect(() => addDevice(2, 99)).toThrow(/FOREIGN KEY/u);
  });

  it('keeps a purchase date as a calendar date and the warranty months in range', () => {
    expect(() => db.prepare(`UPDATE devices SET purchase_date = '25/11/2026'`).run()).not.toThrow(); // no rows yet
    addDevice();
    expect(() => db.prepare(`UPDATE devices SET purchase_date = '25/11/2026' WHERE id = 1`).run()).toThrow(/CHECK/u);
    expect(() => db.prepare(`UPDATE devices SET maker_warranty_months = -1 WHERE id = 1`).run()).toThrow(/CHECK/u);
    db.prepare(`UPDATE devices SET purchase_date = '2026-11-25', maker_warranty_months = 12 WHERE id = 1`).run();
  });

  it('finds a device by its serial, its first or its last characters from an index', () => {
    expect(plan(`SELECT id FROM devices WHERE serial_search = 'SN0001'`)).toMatch(/devices_serial_search/u);
    expect(plan(`SELECT id FROM devices WHERE serial_search >= 'SN00' AND serial_search < 'SN01'`)).toMatch(
      /devices_serial_search/u,
    );
    expect(plan(`SELECT id FROM devices WHERE serial_reversed >= '1000' AND serial_reversed < '1001'`)).toMatch(
      /devices_serial_reversed/u,
    );
    expect(plan(`SELECT id FROM devices WHERE customer_id = 1 ORDER BY updated_at DESC`)).toMatch(/devices_customer/u);
  });
});

describe('0070-create-tickets', () => {
  beforeEach(() => {
    migrateTo(70);
    addStaff();
    addCustomer();
    addDevice();
  });

  it('numbers tickets uniquely within a day', () => {
    addTicket(1, 1);
    expect(() => addTicket(2, 1, { number: 'other' })).toThrow(/UNIQUE/u);
    expect(() => addTicket(3, 2, { number: '20261125-0001' })).toThrow(/UNIQUE/u);
    addTicket(4, 1, { number: '20261126-0001', intake_day: '2026-11-26' });
  });

  it('refuses an unknown service type, priority or warranty status and negative money', () => {
    expect(() => addTicket(1, 1, { service_type: 'magic' })).toThrow(/CHECK/u);
    expect(() => addTicket(1, 1, { priority: 'asap' })).toThrow(/CHECK/u);
    expect(() => addTicket(1, 1, { warranty_status: 'maybe' })).toThrow(/CHECK/u);
    expect(() => addTicket(1, 1, { total_fen: -1 })).toThrow(/CHECK/u);
    expect(() => addTicket(1, 1, { deposit_fen: 1.5 })).toThrow(/cannot store REAL value in INTEGER column/u);
  });

  it('keeps estimate lines, the device password and the signature with their ticket', () => {
    addTicket(1, 1);
    db.prepare(
      `INSERT INTO ticket_lines (ticket_id, position, kind, description, quantity, unit_price_fen, warranty_covered)
       VALUES (1, 1, 'part', 'Screen', 1, 68000, 1)`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO ticket_lines (ticket_id, position, kind, description, quantity, unit_price_fen, warranty_covered)
           VALUES (1, 2, 'part', 'Glue', 0, 100, 1)`,
        )
        .run(),
    ).toThrow(/CHECK/u);
    db.prepare(`INSERT INTO ticket_secrets (ticket_id, device_password) VALUES (1, '123456')`).run();
    expect(() => db.prepare(`INSERT INTO ticket_secrets (ticket_id, device_password) VALUES (9, 'x')`).run()).toThrow(
      /FOREIGN KEY/u,
    );
    db.prepare(`INSERT INTO ticket_signatures (ticket_id, png) VALUES (1, ?)`).run(Buffer.alloc(64, 1));
  });

  it('answers the lookups and lists from indexes', () => {
    expect(plan(`SELECT id FROM tickets WHERE number = '20261125-0001'`)).toMatch(/sqlite_autoindex_tickets_1/u);
    expect(plan(`SELECT max(day_sequence) FROM tickets WHERE intake_day = '2026-11-25'`)).toMatch(
      /COVERING INDEX sqlite_autoindex_tickets_2/u,
    );
    expect(plan(`SELECT id FROM tickets WHERE customer_id = 1 ORDER BY created_at DESC`)).toMatch(/tickets_customer/u);
    expect(plan(`SELECT id FROM tickets WHERE device_id = 1`)).toMatch(/tickets_device/u);
    expect(plan(`SELECT id FROM tickets ORDER BY created_at DESC, id DESC LIMIT 100`)).toMatch(/tickets_created_at/u);
    expect(plan(`SELECT count(*) FROM tickets WHERE state IN ('received', 'ready')`)).toMatch(
      /COVERING INDEX tickets_state_promised/u,
    );
    expect(plan(`SELECT id FROM tickets WHERE state IN ('received', 'ready') AND promised_at < '2026-11-25'`)).toMatch(
      /tickets_state_promised \(state=\? AND promised_at<\?\)/u,
    );
  });
});

describe('0080-create-ticket-events', () => {
  beforeEach(() => {
    migrateTo(80);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1);
    db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state) VALUES (1, ?, 1, 'intake', NULL, 'received')`,
    ).run(now);
  });

  it('refuses updates and deletes: a ticket’s history is append-only', () => {
    expect(() => db.exec(`UPDATE ticket_events SET note = 'x'`)).toThrow(/append-only/u);
    expect(() => db.exec(`DELETE FROM ticket_events`)).toThrow(/append-only/u);
  });

  it('records who acted, and reads a ticket’s history from an index', () => {
    expect(() =>
      db
        .prepare(`INSERT INTO ticket_events (ticket_id, at, actor_id, kind, to_state) VALUES (1, ?, 42, 'x', 'closed')`)
        .run(now),
    ).toThrow(/FOREIGN KEY/u);
    expect(plan(`SELECT * FROM ticket_events WHERE ticket_id = 1 ORDER BY id`)).toMatch(/ticket_events_ticket/u);
  });
});

describe('0090-create-intake-drafts', () => {
  beforeEach(() => {
    migrateTo(90);
    addStaff();
  });

  it('keeps a draft as JSON for the staff member who started it', () => {
    db.prepare(`INSERT INTO intake_drafts (staff_id, data, created_at, updated_at) VALUES (1, '{"step":1}', ?, ?)`).run(
      now,
      now,
    );
    expect(() =>
      db
        .prepare(`INSERT INTO intake_drafts (staff_id, data, created_at, updated_at) VALUES (1, '{', ?, ?)`)
        .run(now, now),
    ).toThrow(/CHECK/u);
    expect(() =>
      db
        .prepare(`INSERT INTO intake_drafts (staff_id, data, created_at, updated_at) VALUES (7, '{}', ?, ?)`)
        .run(now, now),
    ).toThrow(/FOREIGN KEY/u);
  });
});

/** A print job as the core records it, with any column changed. */
const insertJob = (values: Record<string, unknown> = {}) => {
  const row = {
    document: 'receipt',
    ticket_id: 1,
    output: 'printer',
    delivery: 'system',
    paper: 'roll-80',
    copies: 2,
    language: 'zh-CN',
    state: 'queued',
    failure: null,
    staff_id: 1,
    created_at: now,
    finished_at: null,
    ...values,
  };
  const columns = Object.keys(row);
  return db
    .prepare(
      `INSERT INTO print_jobs (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
    )
    .run(row);
};

describe('0100-create-print-jobs', () => {
  beforeEach(() => {
    migrateTo(100);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1);
  });

  it('records a job for a ticket, and a test page for none', () => {
    insertJob();
    insertJob({ document: 'test-page', ticket_id: null });
    expect(() => insertJob({ document: 'test-page' })).toThrow(/CHECK/u);
    expect(() => insertJob({ ticket_id: null })).toThrow(/CHECK/u);
    expect(() => insertJob({ ticket_id: 99 })).toThrow(/FOREIGN KEY/u);
    expect(() => insertJob({ document: 'invoice' })).toThrow(/CHECK/u);
    expect(() => insertJob({ copies: 0 })).toThrow(/CHECK/u);
  });

  it('has a reason exactly when a job failed, and a finish time once it is no longer queued', () => {
    expect(() => insertJob({ state: 'failed', finished_at: now })).toThrow(/CHECK/u);
    expect(() => insertJob({ state: 'sent', failure: 'failed', finished_at: now })).toThrow(/CHECK/u);
    expect(() => insertJob({ state: 'sent' })).toThrow(/CHECK/u);
    insertJob({ state: 'failed', failure: 'printer-offline', finished_at: now });
  });

  it('finishes a job once, keeps its facts, and never deletes it', () => {
    insertJob();
    db.prepare(`UPDATE print_jobs SET state = 'sent', finished_at = ? WHERE id = 1`).run(now);
    expect(() => db.exec(`UPDATE print_jobs SET state = 'queued', finished_at = NULL WHERE id = 1`)).toThrow(
      /cannot change/u,
    );
    insertJob();
    expect(() => db.exec(`UPDATE print_jobs SET reprint = 3 WHERE id = 2`)).toThrow(/cannot change/u);
    expect(() => db.exec(`DELETE FROM print_jobs`)).toThrow(/kept/u);
  });

  it('counts a ticket’s earlier prints of a document from an index', () => {
    expect(
      plan(`SELECT count(*) FROM print_jobs WHERE ticket_id = 1 AND document = 'receipt' AND state = 'sent'`),
    ).toMatch(/print_jobs_ticket/u);
  });
});

describe('0110-create-search-indexes', () => {
  beforeEach(() => {
    migrateTo(110);
    const add = db.prepare(
      `INSERT INTO customers (id, name, name_search, phone, phone_digits, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    add.run(1, '王芳', '王芳', '+8613812345678', '13812345678', now, now);
    add.run(2, '李四', '李四', '+8613912345678', '13912345678', now, now);
    add.run(3, '王五', '王五', '+8613800001111', '13800001111', now, now);
  });

  it('hands out customers by the last four digits of their phone, newest first, from the index alone', () => {
    const query = `SELECT id FROM customers WHERE substr(phone_digits, -4) = '5678' ORDER BY id DESC LIMIT 6`;
    expect(db.prepare(query).all()).toEqual([{ id: 2 }, { id: 1 }]);
    expect(plan(query)).toBe('SEARCH customers USING COVERING INDEX customers_phone_tail (<expr>=?)');
  });

  it('hands out customers by the first character of their name, newest first, from the index alone', () => {
    const query = `SELECT id FROM customers WHERE substr(name_search, 1, 1) = '王' ORDER BY id DESC LIMIT 6`;
    expect(db.prepare(query).all()).toEqual([{ id: 3 }, { id: 1 }]);
    expect(plan(query)).toBe('SEARCH customers USING COVERING INDEX customers_name_initial (<expr>=?)');
  });

  it('pages the open tickets newest first from an index alone', () => {
    expect(
      plan(`SELECT id FROM tickets WHERE state IN ('received', 'ready') ORDER BY created_at DESC, id DESC LIMIT 100`),
    ).toMatch(/^SEARCH tickets USING COVERING INDEX tickets_state_created/u);
  });

  it('keeps both indexes in step with a changed phone or name', () => {
    db.prepare(`UPDATE customers SET phone_digits = '13800009999', name_search = '张三' WHERE id = 3`).run();
    expect(db.prepare(`SELECT id FROM customers WHERE substr(phone_digits, -4) = '9999'`).all()).toEqual([{ id: 3 }]);
    expect(db.prepare(`SELECT id FROM customers WHERE substr(name_search, 1, 1) = '王'`).all()).toEqual([{ id: 1 }]);
  });
});

describe('0120-ticket-workflow', () => {
  beforeEach(() => {
    migrateTo(110);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1, { total_fen: 30000 });
    db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state) VALUES (1, ?, 1, 'intake', NULL, 'received')`,
    ).run(now);
    db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state) VALUES (1, ?, 1, 'transition', 'received', 'ready')`,
    ).run(now);
    migrateTo120();
  });
  const migrateTo120 = () => {
    for (const migration of migrations as Migration[]) if (migration.version === 120) migration.up(db);
  };

  it('keeps every ticket and its history; the stored totals are gone, new columns have their defaults', () => {
    expect(db.prepare(`SELECT id, version, technician_id, approved_fen, cause FROM tickets`).all()).toEqual([
      { id: 1, version: 1, technician_id: null, approved_fen: null, cause: '' },
    ]);
    const columns = (db.prepare(`PRAGMA table_info(tickets)`).all() as { name: string }[]).map((row) => row.name);
    expect(columns).not.toContain('total_fen');
    expect(columns).not.toContain('subtotal_fen');
    expect(db.prepare(`SELECT kind, payload FROM ticket_events ORDER BY id`).all()).toEqual([
      { kind: 'intake', payload: '{}' },
      { kind: 'state-change', payload: '{}' },
    ]);
    expect(() => db.exec(`UPDATE ticket_events SET note = 'x'`)).toThrow(/append-only/u);
  });

  it('refuses a state or event kind that is not in the workflow, and an event payload that is not JSON', () => {
    expect(() => db.exec(`UPDATE tickets SET state = 'lost' WHERE id = 1`)).toThrow(/not a ticket state/u);
    expect(() => addTicket(2, 2, { state: 'lost' })).toThrow(/not a ticket state/u);
    db.exec(`UPDATE tickets SET state = 'on-hold' WHERE id = 1`);
    const event = db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, payload) VALUES (1, ?, 1, ?, ?, ?, ?)`,
    );
    expect(() => event.run(now, 'teleport', 'received', 'ready', '{}')).toThrow(/unknown kind or state/u);
    expect(() => event.run(now, 'hold', 'received', 'lost', '{}')).toThrow(/unknown kind or state/u);
    expect(() => event.run(now, 'hold', 'received', 'on-hold', 'not json')).toThrow(/CHECK/u);
    event.run(now, 'hold', 'received', 'on-hold', '{"reason":"customer"}');
    expect(() => db.exec(`UPDATE tickets SET version = 0 WHERE id = 1`)).toThrow(/CHECK/u);
  });

  it('keeps the bill apart from the estimate, and the technician’s queues come from an index', () => {
    db.prepare(
      `INSERT INTO ticket_bill_lines (ticket_id, position, kind, description, spec, reason, quantity, unit_price_fen, warranty_covered)
       VALUES (1, 1, 'part', '屏幕总成', 'OLED 6.8"', '碎裂', 1, 88000, 0)`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO ticket_bill_lines (ticket_id, position, kind, description, quantity, unit_price_fen, warranty_covered)
           VALUES (1, 2, 'gift', 'x', 1, 1, 0)`,
        )
        .run(),
    ).toThrow(/CHECK/u);
    expect(() => db.exec(`UPDATE tickets SET technician_id = 99 WHERE id = 1`)).toThrow(/FOREIGN KEY/u);
    expect(plan(`SELECT id FROM tickets WHERE technician_id = 1 AND state IN ('repairing', 'qa')`)).toMatch(
      /tickets_technician \(technician_id=\? AND state=\?\)/u,
    );
    expect(plan(`SELECT id FROM tickets WHERE technician_id IS NULL AND state IN ('received')`)).toMatch(
      /tickets_technician/u,
    );
  });

  it('writes down the same states as the domain: a new one needs a new migration', () => {
    expect([...statesAt120]).toEqual([...ticketStates]);
  });
});

describe('0130-ticket-due-times', () => {
  beforeEach(() => {
    migrateTo(120);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1);
    ticketDueTimes.up(db);
  });

  it('adds an empty due time to the tickets on file (the core works theirs out when it opens)', () => {
    expect(db.prepare(`SELECT id, due_at FROM tickets`).all()).toEqual([{ id: 1, due_at: null }]);
    expect(() => db.exec(`UPDATE tickets SET due_at = x'00' WHERE id = 1`)).toThrow(/cannot store BLOB/u);
  });

  it('finds the overdue tickets of each open state from an index', () => {
    expect(
      plan(`SELECT id FROM tickets WHERE state IN ('received', 'repairing') AND due_at < '2026-11-25T10:00:00.000Z'`),
    ).toMatch(/tickets_state_due \(state=\? AND due_at<\?\)/u);
  });
});

describe('0140-print-quotes', () => {
  beforeEach(() => {
    migrateTo(130);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1);
  });

  it('keeps every print job as it was, ids and all, and lets a quote be printed', () => {
    insertJob({ state: 'sent', finished_at: now, reprint: 0 });
    insertJob({ state: 'failed', failure: 'printer-offline', failure_detail: 'HP', finished_at: now });
    insertJob({ document: 'test-page', ticket_id: null, paper: 'a4', copies: 1 });
    const before = db.prepare(`SELECT * FROM print_jobs ORDER BY id`).all();
    expect(() => insertJob({ document: 'quote', paper: 'a5', copies: 1 })).toThrow(/CHECK/u);

    printQuotes.up(db);
    expect(db.prepare(`SELECT * FROM print_jobs ORDER BY id`).all()).toEqual(before);
    insertJob({ document: 'quote', paper: 'a5', copies: 1 });
    expect(db.prepare(`SELECT id, document FROM print_jobs WHERE document = 'quote'`).all()).toEqual([
      { id: 4, document: 'quote' },
    ]);
  });

  it('still refuses what 0100 refused, finishes a job once, keeps the history, and counts from its index', () => {
    printQuotes.up(db);
    expect(() => insertJob({ document: 'invoice' })).toThrow(/CHECK/u);
    expect(() => insertJob({ document: 'test-page' })).toThrow(/CHECK/u);
    expect(() => insertJob({ ticket_id: 99 })).toThrow(/FOREIGN KEY/u);
    expect(() => insertJob({ state: 'sent' })).toThrow(/CHECK/u);
    insertJob();
    db.prepare(`UPDATE print_jobs SET state = 'sent', finished_at = ? WHERE id = 1`).run(now);
    expect(() => db.exec(`UPDATE print_jobs SET state = 'queued', finished_at = NULL WHERE id = 1`)).toThrow(
      /cannot change/u,
    );
    expect(() => db.exec(`DELETE FROM print_jobs`)).toThrow(/kept/u);
    expect(
      plan(`SELECT count(*) FROM print_jobs WHERE ticket_id = 1 AND document = 'quote' AND state = 'sent'`),
    ).toMatch(/print_jobs_ticket/u);
    expect(
      db.prepare(`SELECT name FROM sqlite_schema WHERE name LIKE 'print_jobs%' ORDER BY name`).pluck().all(),
    ).toEqual(['print_jobs', 'print_jobs_finish_once', 'print_jobs_keep', 'print_jobs_ticket']);
  });

  it('wrote down the documents of its day', () => {
    expect([...documentsAt140]).toEqual(printDocuments.filter((document) => document !== 'day-log'));
  });
});

describe('0260-print-day-logs', () => {
  beforeEach(() => {
    migrateTo(250);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1);
  });

  it('keeps every print job as it was, ids and all, and lets the daily log be printed, of no ticket', () => {
    insertJob({ state: 'sent', finished_at: now });
    insertJob({ document: 'quote', paper: 'a5', copies: 1, state: 'failed', failure: 'no-printer', finished_at: now });
    insertJob({ document: 'test-page', ticket_id: null, paper: 'a4', copies: 1 });
    const before = db.prepare(`SELECT * FROM print_jobs ORDER BY id`).all();
    expect(() => insertJob({ document: 'day-log', ticket_id: null, paper: 'a4-landscape', copies: 1 })).toThrow(
      /CHECK/u,
    );

    printDayLogs.up(db);
    expect(db.prepare(`SELECT * FROM print_jobs ORDER BY id`).all()).toEqual(before);
    insertJob({ document: 'day-log', ticket_id: null, paper: 'a4-landscape', copies: 1 });
    expect(db.prepare(`SELECT id, document FROM print_jobs WHERE document = 'day-log'`).all()).toEqual([
      { id: 4, document: 'day-log' },
    ]);
  });

  it('still refuses a daily log of a ticket, a ticket document of none, and keeps the history and its index', () => {
    printDayLogs.up(db);
    expect(() => insertJob({ document: 'day-log', paper: 'a4-landscape', copies: 1 })).toThrow(/CHECK/u);
    expect(() => insertJob({ ticket_id: null })).toThrow(/CHECK/u);
    expect(() => insertJob({ document: 'invoice' })).toThrow(/CHECK/u);
    insertJob();
    db.prepare(`UPDATE print_jobs SET state = 'sent', finished_at = ? WHERE id = 1`).run(now);
    expect(() => db.exec(`UPDATE print_jobs SET state = 'queued', finished_at = NULL WHERE id = 1`)).toThrow(
      /cannot change/u,
    );
    expect(() => db.exec(`DELETE FROM print_jobs`)).toThrow(/kept/u);
    expect(
      plan(`SELECT count(*) FROM print_jobs WHERE ticket_id = 1 AND document = 'receipt' AND state = 'sent'`),
    ).toMatch(/print_jobs_ticket/u);
  });

  it('writes down the same documents as the domain: a new one needs a new migration', () => {
    expect([...documentsAt260]).toEqual([...printDocuments]);
  });
});

describe('0150-ticket-due-for', () => {
  beforeEach(() => {
    migrateTo(140);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1);
    ticketDueFor.up(db);
  });

  it('leaves what a due time is for empty on the tickets on file, and takes only a state’s limit or the promise', () => {
    expect(db.prepare(`SELECT id, due_for FROM tickets`).all()).toEqual([{ id: 1, due_for: null }]);
    db.exec(`UPDATE tickets SET due_for = 'received' WHERE id = 1`);
    db.exec(`UPDATE tickets SET due_for = 'promise' WHERE id = 1`);
    expect(() => db.exec(`UPDATE tickets SET due_for = 'ready' WHERE id = 1`)).toThrow(/CHECK/u);
  });

  it('writes down the states that may have a limit of their own, and the promise', () => {
    expect([...dueForAt150]).toEqual([...limitedStates, 'promise']);
  });
});

describe('0160-create-payments', () => {
  beforeEach(() => {
    migrateTo(150);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1, { deposit_fen: 20000 });
    addTicket(2, 2, { deposit_fen: 0 });
    createPayments.up(db);
  });
  const pay = (values: Record<string, unknown> = {}) => {
    const row = {
      ticket_id: 1,
      kind: 'payment',
      method: 'wechat',
      amount_fen: 5000,
      tendered_fen: null,
      reverses_id: null,
      reason: '',
      staff_id: 1,
      at: now,
      ...values,
    };
    const columns = Object.keys(row);
    return db
      .prepare(`INSERT INTO payments (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})`)
      .run(row);
  };

  it('turns each deposit on file into the ticket’s first ledger entry, and the column goes', () => {
    expect(db.prepare(`SELECT ticket_id, kind, method, amount_fen, staff_id, at FROM payments`).all()).toEqual([
      { ticket_id: 1, kind: 'deposit', method: 'other', amount_fen: 20000, staff_id: 1, at: now },
    ]);
    const columns = (db.prepare(`PRAGMA table_info(tickets)`).all() as { name: string }[]).map((row) => row.name);
    expect(columns).not.toContain('deposit_fen');
    expect(db.prepare(`SELECT count(*) FROM tickets`).pluck().get()).toBe(2);
  });

  it('is append-only: no entry is edited or removed, a mistake is reversed', () => {
    pay();
    expect(() => db.exec(`UPDATE payments SET amount_fen = 1 WHERE id = 2`)).toThrow(/append-only/u);
    expect(() => db.exec(`DELETE FROM payments WHERE id = 2`)).toThrow(/append-only/u);
    expect(() => pay({ reverses_id: 2, reason: '' })).toThrow(/CHECK/u);
    pay({ reverses_id: 2, reason: '收错了' });
    expect(() => pay({ reverses_id: 2, reason: '再冲一次' })).toThrow(/UNIQUE/u);
  });

  it('takes a reversal only when it matches the entry it reverses, on the same ticket, and never of a reversal', () => {
    pay();
    expect(() => pay({ reverses_id: 2, reason: 'x', amount_fen: 4000 })).toThrow(/must match/u);
    expect(() => pay({ reverses_id: 2, reason: 'x', method: 'cash' })).toThrow(/must match/u);
    expect(() => pay({ reverses_id: 2, reason: 'x', ticket_id: 2 })).toThrow(/must match/u);
    expect(() => pay({ reverses_id: 2, reason: 'x', kind: 'refund' })).toThrow(/must match/u);
    pay({ reverses_id: 2, reason: 'x' });
    expect(() => pay({ reverses_id: 3, reason: 'x' })).toThrow(/must match/u);
  });

  it('keeps amounts positive whole fen, and cash tendered only on cash taken, at least the amount', () => {
    expect(() => pay({ amount_fen: 0 })).toThrow(/CHECK/u);
    expect(() => pay({ amount_fen: -100 })).toThrow(/CHECK/u);
    expect(() => pay({ amount_fen: 10.5 })).toThrow(/cannot store REAL/u);
    expect(() => pay({ kind: 'gift' })).toThrow(/CHECK/u);
    expect(() => pay({ method: 'bitcoin' })).toThrow(/CHECK/u);
    expect(() => pay({ tendered_fen: 10000 })).toThrow(/CHECK/u);
    expect(() => pay({ method: 'cash', tendered_fen: 4000 })).toThrow(/CHECK/u);
    expect(() => pay({ method: 'cash', kind: 'refund', tendered_fen: 10000 })).toThrow(/CHECK/u);
    expect(() => pay({ ticket_id: 99 })).toThrow(/FOREIGN KEY/u);
    pay({ method: 'cash', tendered_fen: 10000 });
  });

  it('reads a ticket’s ledger, and a day’s takings, from an index', () => {
    expect(plan(`SELECT * FROM payments WHERE ticket_id = 1 ORDER BY id`)).toMatch(/payments_ticket/u);
    expect(plan(`SELECT * FROM payments WHERE at >= '2026-11-25' AND at < '2026-11-26'`)).toMatch(/payments_at/u);
  });

  it('writes down the same kinds and methods as the domain: a new one needs a new migration', () => {
    expect([...paymentKindsAt160]).toEqual([...paymentKinds]);
    expect([...paymentMethodsAt160]).toEqual([...paymentMethods]);
  });
});

describe('0170-ticket-pickup', () => {
  const event = (ticketId: number, kind: string, from: string | null, to: string) =>
    db
      .prepare(
        `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state) VALUES (?, ?, 1, ?, ?, ?)`,
      )
      .run(ticketId, now, kind, from, to);
  beforeEach(() => {
    migrateTo(160);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1, { state: 'ready' });
    db.exec(`UPDATE tickets SET cause = '屏幕碎裂' WHERE id = 1`);
    event(1, 'pass-qc', 'qa', 'ready');
    addTicket(2, 2, { state: 'returned-unrepaired' });
    addTicket(3, 3, { state: 'received' });
    ticketPickup.up(db);
  });

  it('marks the tickets on file that were billed, and puts only the ready ones on the shelf', () => {
    expect(db.prepare(`SELECT id, billed, shelved_at, repair_warranty_until FROM tickets ORDER BY id`).all()).toEqual([
      { id: 1, billed: 1, shelved_at: now, repair_warranty_until: null },
      { id: 2, billed: 1, shelved_at: null, repair_warranty_until: null },
      { id: 3, billed: 0, shelved_at: null, repair_warranty_until: null },
    ]);
    expect(
      plan(`SELECT id FROM tickets INDEXED BY tickets_shelf WHERE shelved_at IS NOT NULL ORDER BY shelved_at`),
    ).toMatch(/tickets_shelf/u);
    expect(() => db.exec(`UPDATE tickets SET repair_warranty_until = '31/05/2027' WHERE id = 1`)).toThrow(/CHECK/u);
    db.exec(`UPDATE tickets SET repair_warranty_until = '2027-05-31' WHERE id = 1`);
  });

  it('records contacts and rework, and keeps the acceptance signature apart from the intake’s', () => {
    event(1, 'contact', 'ready', 'ready');
    event(1, 'rework', 'ready', 'repairing');
    expect(() => event(1, 'teleport', 'ready', 'ready')).toThrow(/unknown kind or state/u);
    db.prepare(`INSERT INTO pickup_signatures (ticket_id, png) VALUES (1, ?)`).run(Buffer.alloc(20, 1));
    expect(() =>
      db.prepare(`INSERT INTO pickup_signatures (ticket_id, png) VALUES (1, ?)`).run(Buffer.alloc(20, 1)),
    ).toThrow(/UNIQUE|PRIMARY/u);
  });

  it('writes down the same event kinds as the domain: a new one needs a new migration', () => {
    expect([...eventKindsAt170]).toEqual([...ticketEventKinds]);
  });
});

describe('0180-ticket-comebacks', () => {
  beforeEach(() => {
    migrateTo(170);
    addStaff();
    addCustomer();
    addDevice();
    // Repaired and picked up on the 20th; back on the 25th under our repair warranty, and again for something else.
    addTicket(1, 1, {
      state: 'picked-up',
      created_at: '2026-11-10T02:00:00.000Z',
      closed_at: '2026-11-20T02:00:00.000Z',
    });
    addTicket(2, 2, { warranty_status: 'repair', created_at: '2026-11-25T02:00:00.000Z' });
    addTicket(3, 3, { warranty_status: 'out', created_at: '2026-11-25T03:00:00.000Z' });
    ticketComebacks.up(db);
  });

  it('links a ticket taken in under our repair warranty to the repair it came back from', () => {
    expect(db.prepare(`SELECT id, comeback_of FROM tickets ORDER BY id`).all()).toEqual([
      { id: 1, comeback_of: null },
      { id: 2, comeback_of: 1 },
      { id: 3, comeback_of: null },
    ]);
    expect(() => db.exec(`UPDATE tickets SET comeback_of = 99 WHERE id = 3`)).toThrow(/FOREIGN KEY/u);
    expect(plan(`SELECT id FROM tickets WHERE comeback_of = 1`)).toMatch(/tickets_comeback_of/u);
  });
});

describe('0190-settle-earlier-pickups', () => {
  const line = (ticket: number, table: string, position: number, price: number, covered: 0 | 1) =>
    db
      .prepare(
        `INSERT INTO ${table} (ticket_id, position, kind, description, quantity, unit_price_fen, warranty_covered)
         VALUES (?, ?, 'part', '屏幕', 1, ?, ?)`,
      )
      .run(ticket, position, price, covered);
  const deposit = (ticket: number, amount: number) =>
    db
      .prepare(
        `INSERT INTO payments (ticket_id, kind, method, amount_fen, staff_id, at) VALUES (?, 'deposit', 'cash', ?, 1, ?)`,
      )
      .run(ticket, amount, now);
  beforeEach(() => {
    migrateTo(180);
    addStaff();
    addCustomer();
    addDevice();
    const done = '2026-11-26T02:00:00.000Z';
    // Billed 900 + 80 covered by the maker warranty, 10 off, 200 deposit: 690 was paid at the counter.
    addTicket(1, 1, { state: 'picked-up', billed: 1, discount_fen: 1000, closed_at: done });
    line(1, 'ticket_bill_lines', 1, 90000, 0);
    line(1, 'ticket_bill_lines', 2, 8000, 1);
    deposit(1, 20000);
    // Returned unrepaired, nothing charged, the 200 deposit given back.
    addTicket(2, 2, { state: 'picked-up', billed: 1, warranty_status: 'out', closed_at: done });
    deposit(2, 20000);
    // Never billed: the estimate's 300 (out of warranty) was paid.
    addTicket(3, 3, { state: 'picked-up', warranty_status: 'out', closed_at: done });
    line(3, 'ticket_lines', 1, 30000, 1);
    // Picked up under the ledger already, and a ticket still in hand: left as they are.
    addTicket(4, 4, { state: 'picked-up', billed: 1, closed_at: done });
    line(4, 'ticket_bill_lines', 1, 50000, 0);
    db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, payload)
       VALUES (4, ?, 1, 'hand-over', 'ready', 'picked-up', '{"identity":"receipt"}')`,
    ).run(done);
    addTicket(5, 5, { state: 'ready', billed: 1 });
    line(5, 'ticket_bill_lines', 1, 50000, 0);
    settleEarlierPickups.up(db);
  });

  it('settles each pickup from before the ledger with the one entry that balances it, as it was settled then', () => {
    expect(
      db
        .prepare(
          `SELECT ticket_id, kind, method, amount_fen, at FROM payments WHERE kind <> 'deposit' ORDER BY ticket_id`,
        )
        .all(),
    ).toEqual([
      { ticket_id: 1, kind: 'payment', method: 'other', amount_fen: 69000, at: '2026-11-26T02:00:00.000Z' },
      { ticket_id: 2, kind: 'refund', method: 'other', amount_fen: 20000, at: '2026-11-26T02:00:00.000Z' },
      { ticket_id: 3, kind: 'payment', method: 'other', amount_fen: 30000, at: '2026-11-26T02:00:00.000Z' },
    ]);
    expect(db.prepare(`SELECT name FROM sqlite_temp_schema`).all()).toEqual([]);
  });
});

describe('0200-ticket-contact-index', () => {
  beforeEach(() => {
    migrateTo(190);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1, { state: 'ready' });
    const event = db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, payload) VALUES (1, ?, 1, ?, 'ready', 'ready', ?)`,
    );
    event.run(now, 'rework', '{}');
    event.run(now, 'contact', '{"channel":"call","outcome":"reached"}');
    ticketContactIndex.up(db);
  });

  it('finds a ticket’s calls to its customer by an index that holds only the calls', () => {
    const calls = `SELECT payload FROM ticket_events WHERE ticket_id = 1 AND kind = 'contact' AND at >= '${now}'`;
    expect(plan(calls)).toMatch(/ticket_events_contacts/u);
    expect(db.prepare(calls).all()).toEqual([{ payload: '{"channel":"call","outcome":"reached"}' }]);
    expect(
      db
        .prepare(`SELECT count(*) AS n FROM ticket_events INDEXED BY ticket_events_contacts WHERE kind = 'contact'`)
        .get(),
    ).toEqual({ n: 1 });
  });
});

describe('0210-ticket-reached-index', () => {
  beforeEach(() => {
    migrateTo(200);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1, { state: 'ready' });
    const call = db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, payload) VALUES (1, ?, 1, 'contact', 'ready', 'ready', ?)`,
    );
    call.run(now, '{"channel":"call","outcome":"no-answer"}');
    call.run(now, '{"channel":"call","outcome":"reached"}');
    ticketReachedIndex.up(db);
  });

  it('holds only the calls that reached the customer, in place of the index of every call', () => {
    const reached = `SELECT 1 FROM ticket_events WHERE ticket_id = 1 AND kind = 'contact' AND payload ->> '$.outcome' = 'reached' AND at >= '${now}'`;
    expect(plan(reached)).toMatch(/ticket_events_reached/u);
    expect(
      db
        .prepare(
          `SELECT count(*) AS n FROM ticket_events INDEXED BY ticket_events_reached WHERE kind = 'contact' AND payload ->> '$.outcome' = 'reached'`,
        )
        .get(),
    ).toEqual({ n: 1 });
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'ticket_events_contacts'`).all()).toEqual([]);
  });
});

describe('0220-ticket-intake-channel', () => {
  beforeEach(() => {
    migrateTo(210);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1);
    ticketIntakeChannel.up(db);
  });

  it('counts earlier tickets as taken at the counter, when their recording began unknown', () => {
    expect(db.prepare(`SELECT intake_channel, intake_started_at FROM tickets WHERE id = 1`).get()).toEqual({
      intake_channel: 'walk-in',
      intake_started_at: null,
    });
  });

  it('keeps a new ticket’s channel and the start of its recording, and refuses an unknown channel', () => {
    addTicket(2, 2, { intake_channel: 'wechat', intake_started_at: now });
    expect(db.prepare(`SELECT intake_channel, intake_started_at FROM tickets WHERE id = 2`).get()).toEqual({
      intake_channel: 'wechat',
      intake_started_at: now,
    });
    expect(() => addTicket(3, 3, { intake_channel: 'fax' })).toThrow(/unknown intake channel/u);
    expect(() => db.prepare(`UPDATE tickets SET intake_channel = 'fax' WHERE id = 2`).run()).toThrow(
      /unknown intake channel/u,
    );
  });
});

describe('0230-ticket-facts', () => {
  const later = '2026-11-26T09:00:00.000Z';
  beforeEach(() => {
    migrateTo(220);
    addStaff();
    addCustomer();
    addDevice();
    addTicket(1, 1, { state: 'picked-up', closed_at: later });
    addTicket(2, 2, { state: 'repairing' });
    const event = db.prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_state, to_state, payload) VALUES (?, ?, 1, ?, ?, ?, '{}')`,
    );
    event.run(1, now, 'intake', null, 'received');
    event.run(1, now, 'start-diagnosis', 'received', 'diagnosing');
    event.run(1, now, 'fail-qc', 'qa', 'repairing');
    event.run(1, later, 'hand-over', 'ready', 'picked-up');
    event.run(2, now, 'intake', null, 'received');
    ticketFacts.up(db);
  });

  const factsRow = (overrides: Record<string, unknown> = {}) => {
    const row = {
      ticket_id: 2,
      rules_key: 'abc',
      version: 1,
      received_at: now,
      service_type: 'repair',
      channel: 'walk-in',
      product_category: 'phone',
      fault_category: 'screen',
      received_by: 1,
      workshop: 1,
      ...overrides,
    };
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO ticket_facts (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})`,
    ).run(row);
  };

  it('starts with no facts and no rules kept: the tickets on file wait for the report worker', () => {
    expect(db.prepare(`SELECT count(*) AS n FROM ticket_facts`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM ticket_facts_kept`).get()).toEqual({ n: 0 });
  });

  it('keeps one row of facts per ticket, readiness whole, and an end of a known kind', () => {
    factsRow();
    expect(() => factsRow()).toThrow(/UNIQUE|PRIMARY KEY/u);
    expect(() => factsRow({ ticket_id: 1, ready_at: now })).toThrow(/CHECK/u);
    expect(() => factsRow({ ticket_id: 1, ended_at: now, ended_as: 'lost' })).toThrow(/CHECK/u);
    expect(() => factsRow({ ticket_id: 99 })).toThrow(/FOREIGN KEY/u);
    expect(() => db.prepare(`INSERT INTO ticket_facts_kept (id, rules_key, at) VALUES (2, 'abc', ?)`).run(now)).toThrow(
      /CHECK/u,
    );
  });

  it('indexes the facts by the moment each counts at', () => {
    expect(
      plan(`SELECT ticket_id FROM ticket_facts WHERE received_at >= '${now}' AND received_at < '${later}'`),
    ).toMatch(/ticket_facts_received/u);
    expect(plan(`SELECT ticket_id FROM ticket_facts WHERE ready_at >= '${now}' AND ready_at < '${later}'`)).toMatch(
      /ticket_facts_ready/u,
    );
    expect(plan(`SELECT ticket_id FROM ticket_facts WHERE ended_at >= '${now}' AND ended_at < '${later}'`)).toMatch(
      /ticket_facts_ended/u,
    );
    expect(
      plan(`SELECT ticket_id FROM ticket_facts WHERE handed_back_at >= '${now}' AND handed_back_at < '${later}'`),
    ).toMatch(/ticket_facts_handed_back/u);
  });

  it('indexes only the checks and hand-overs, and only the moves in and out of hand', () => {
    expect(
      db
        .prepare(
          `SELECT kind FROM ticket_events INDEXED BY ticket_events_counted WHERE kind IN ('pass-qc', 'fail-qc', 'hand-over') ORDER BY at`,
        )
        .all(),
    ).toEqual([{ kind: 'fail-qc' }, { kind: 'hand-over' }]);
    const moves = db
      .prepare(
        `SELECT ticket_id, kind FROM ticket_events INDEXED BY ticket_events_backlog
         WHERE from_state IS NULL
            OR (from_state IN ('picked-up', 'returned-unrepaired', 'cancelled', 'closed'))
               <> (to_state IN ('picked-up', 'returned-unrepaired', 'cancelled', 'closed'))
         ORDER BY ticket_id, at`,
      )
      .all();
    expect(moves).toEqual([
      { ticket_id: 1, kind: 'intake' },
      { ticket_id: 1, kind: 'hand-over' },
      { ticket_id: 2, kind: 'intake' },
    ]);
  });

  it('finds the tickets finished after a moment, or not at all, by when they were finished', () => {
    expect(plan(`SELECT id FROM tickets WHERE closed_at > '${now}' AND created_at <= '${later}'`)).toMatch(
      /tickets_closed_created/u,
    );
  });
});

describe('0240-create-cash-closes', () => {
  beforeEach(() => {
    migrateTo(230);
    addStaff();
    createCashCloses.up(db);
  });

  const close = (after: number, through: number, overrides: Record<string, unknown> = {}) => {
    const row = {
      closed_at: now,
      staff_id: 1,
      since_at: now,
      after_payment_id: after,
      through_payment_id: through,
      float_fen: 50_000,
      counted_fen: 90_000,
      expected_cash_fen: 90_000,
      cash_difference_fen: 0,
      figures: '{}',
      ...overrides,
    };
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO cash_closes (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})`,
    ).run(row);
  };

  it('starts each close where the last one ended, so no entry is left out or counted twice', () => {
    close(0, 12);
    close(12, 12);
    close(12, 30);
    expect(() => close(29, 40)).toThrow(/starts where the last one ended/u);
    expect(() => close(31, 40)).toThrow(/starts where the last one ended/u);
    expect(() => close(30, 29)).toThrow(/CHECK/u);
  });

  it('keeps a close as it was counted: no update, no delete', () => {
    close(0, 12);
    expect(() => db.exec(`UPDATE cash_closes SET counted_fen = 1`)).toThrow(/append-only/u);
    expect(() => db.exec(`DELETE FROM cash_closes`)).toThrow(/append-only/u);
  });

  it('holds the difference to the count less the expected cash, and the figures to JSON', () => {
    expect(() => close(0, 1, { cash_difference_fen: 5 })).toThrow(/CHECK/u);
    expect(() => close(0, 1, { figures: 'not json' })).toThrow(/CHECK/u);
    expect(() => close(0, 1, { counted_fen: -1, cash_difference_fen: -90_001 })).toThrow(/CHECK/u);
    expect(() => close(0, 1, { staff_id: 9 })).toThrow(/FOREIGN KEY/u);
  });

  it('finds a day’s closes by when they were made', () => {
    expect(plan(`SELECT id FROM cash_closes WHERE closed_at >= '${now}' AND closed_at < '2026-11-26'`)).toMatch(
      /cash_closes_closed_at/u,
    );
  });
});

describe('0250-scheduled-exports', () => {
  beforeEach(() => {
    migrateTo(240);
    scheduledExports.up(db);
  });

  it('keeps one row a day written, by its date', () => {
    const write = (day: string, file = `/logs/${day}.xlsx`) =>
      db.prepare(`INSERT INTO scheduled_exports (day, written_at, file) VALUES (?, ?, ?)`).run(day, now, file);
    write('2026-11-25');
    expect(() => write('2026-11-25')).toThrow(/UNIQUE|PRIMARY KEY/u);
    expect(() => write('25/11/2026')).toThrow(/CHECK/u);
    expect(() => write('2026-11-26', '')).toThrow(/CHECK/u);
  });
});

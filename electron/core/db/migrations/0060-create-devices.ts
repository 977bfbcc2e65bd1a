import type { Migration } from '../migrate';

/**
 * A customer's products. `serial_search` is the serial folded (upper case, no spaces or
 * dashes) for exact and prefix lookups; `serial_reversed` the same reversed, so the last
 * digits of an IMEI read off a sticker are an index lookup too.
 */
export const createDevices: Migration = {
  version: 60,
  name: '0060-create-devices',
  up(db) {
    db.exec(`
      CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        product_category TEXT NOT NULL,
        brand TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        serial TEXT NOT NULL DEFAULT '',
        serial_search TEXT NOT NULL DEFAULT '',
        serial_reversed TEXT NOT NULL DEFAULT '',
        purchase_date TEXT CHECK (purchase_date IS NULL OR purchase_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        purchase_channel TEXT NOT NULL DEFAULT '',
        maker_warranty_months INTEGER CHECK (maker_warranty_months IS NULL OR maker_warranty_months BETWEEN 0 AND 240),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX devices_customer ON devices (customer_id, updated_at);
      CREATE INDEX devices_serial_search ON devices (serial_search);
      CREATE INDEX devices_serial_reversed ON devices (serial_reversed);
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * Customers, with folded copies of the searchable text (`*_search`, `phone_digits`) kept
 * by the query layer and indexed by an FTS5 trigram table that triggers keep in step.
 */
export const createCustomers: Migration = {
  version: 40,
  name: '0040-create-customers',
  up(db) {
    db.exec(`
      CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_search TEXT NOT NULL,
        phone TEXT NOT NULL UNIQUE,
        phone_digits TEXT NOT NULL,
        company TEXT NOT NULL DEFAULT '',
        company_search TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by INTEGER REFERENCES staff (id)
      ) STRICT;
      CREATE INDEX customers_name_search ON customers (name_search, id);
      CREATE INDEX customers_created_at ON customers (created_at, id);
      CREATE INDEX customers_updated_at ON customers (updated_at, id);

      CREATE VIRTUAL TABLE customers_fts USING fts5 (
        name_search, company_search, phone_digits,
        content = 'customers', content_rowid = 'id', tokenize = 'trigram'
      );
      CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customers_fts (rowid, name_search, company_search, phone_digits)
        VALUES (new.id, new.name_search, new.company_search, new.phone_digits);
      END;
      CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name_search, company_search, phone_digits)
        VALUES ('delete', old.id, old.name_search, old.company_search, old.phone_digits);
      END;
      CREATE TRIGGER customers_fts_update AFTER UPDATE OF name_search, company_search, phone_digits ON customers BEGIN
        INSERT INTO customers_fts (customers_fts, rowid, name_search, company_search, phone_digits)
        VALUES ('delete', old.id, old.name_search, old.company_search, old.phone_digits);
        INSERT INTO customers_fts (rowid, name_search, company_search, phone_digits)
        VALUES (new.id, new.name_search, new.company_search, new.phone_digits);
      END;
    `);
  },
};

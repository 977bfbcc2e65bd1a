import { bigrams } from '../../../../shared/domain/text';
import type { Migration } from '../migrate';

/**
 * Two-character pieces of customer names and companies, so that a two-character search (王芳,
 * a very common full name) is an index lookup instead of a scan of every customer. The query
 * layer keeps it in step with `customers`; this fills it for customers already on file.
 */
export const createCustomerNameGrams: Migration = {
  version: 50,
  name: '0050-create-customer-name-grams',
  up(db) {
    db.exec(`
      CREATE TABLE customer_name_grams (
        gram TEXT NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        PRIMARY KEY (gram, customer_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX customer_name_grams_customer ON customer_name_grams (customer_id);
    `);
    const insert = db.prepare('INSERT OR IGNORE INTO customer_name_grams (gram, customer_id) VALUES (?, ?)');
    const rows = db.prepare('SELECT id, name_search, company_search FROM customers').all() as {
      id: number;
      name_search: string;
      company_search: string;
    }[];
    for (const customer of rows) {
      for (const gram of bigrams(`${customer.name_search} ${customer.company_search}`)) insert.run(gram, customer.id);
    }
  },
};

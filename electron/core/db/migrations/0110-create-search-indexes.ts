import type { Migration } from '../migrate';

/**
 * Indexes that hand the search boxes their matches newest first, so a search reads only the rows
 * it shows: the last four digits of a phone (what customers read out: 尾号) and the first
 * character of a name (a surname typed alone). The query layer writes the same expressions.
 * And the open-tickets list, newest first, from the index alone: the state index has no creation
 * time, so each open ticket was read from the table to be sorted.
 */
export const createSearchIndexes: Migration = {
  version: 110,
  name: '0110-create-search-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX customers_phone_tail ON customers (substr(phone_digits, -4), id);
      CREATE INDEX customers_name_initial ON customers (substr(name_search, 1, 1), id);
      CREATE INDEX tickets_state_created ON tickets (state, created_at, id);
    `);
  },
};

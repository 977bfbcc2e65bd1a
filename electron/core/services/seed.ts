import { findCustomerByPhone, insertCustomer } from '../db/queries/customers';
import { writeTransaction } from '../db/sql';
import type { WritableDB } from '../db/types';
import { sampleCustomers } from '../seed/sample-customers';
import { audit } from './audit';

/**
 * Adds sample customers (for demonstrations and benchmarks) in one transaction, skipping any
 * phone already on file, and records one audit entry for the batch. Returns how many were added.
 */
export function seedCustomers(db: WritableDB, options: { count: number; seed: number; now: Date }): number {
  return writeTransaction(db, () => {
    let added = 0;
    for (const customer of sampleCustomers(options.count, { seed: options.seed, until: options.now })) {
      if (findCustomerByPhone(db, customer.phone)) continue;
      insertCustomer(db, customer, { at: customer.createdAt, createdBy: null });
      added += 1;
    }
    audit(db, { actor: null, now: options.now }, 'customer.seed', {
      entity: 'customer',
      entityId: null,
      details: { requested: options.count, added, seed: options.seed },
    });
    return added;
  });
}

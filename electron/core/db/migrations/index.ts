import type { Migration } from '../migrate';
import { createStaff } from './0010-create-staff';
import { createSettings } from './0020-create-settings';
import { createAuditLog } from './0030-create-audit-log';
import { createCustomers } from './0040-create-customers';
import { createCustomerNameGrams } from './0050-create-customer-name-grams';

/** Every migration, in order. Add new ones here explicitly; nothing is discovered at run time. */
export const migrations: readonly Migration[] = [
  createStaff,
  createSettings,
  createAuditLog,
  createCustomers,
  createCustomerNameGrams,
];

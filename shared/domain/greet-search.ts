import { classifyCustomerQuery } from './customer-search';
import { foldSerial, MIN_SERIAL_QUERY } from './serial';

/**
 * A greet box entry that can find nothing, whatever is on file: too few digits for a phone
 * (`13`, `+86 1`), too short for a serial, and never a ticket number (those start with a whole
 * day). The core answers it with the "too few digits" hint without looking; the page shows that
 * answer at once instead of asking for it.
 */
export function greetEntryFindsNothing(raw: string): boolean {
  return classifyCustomerQuery(raw).kind === 'too-few-digits' && foldSerial(raw).length < MIN_SERIAL_QUERY;
}

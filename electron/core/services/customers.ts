import {
  fail,
  ok,
  type Customer,
  type CustomerPage,
  type CustomerSearchResult,
  type Outcome,
  type ParsedInputOf,
} from '../../../shared/contract';
import {
  classifyCustomerQuery,
  queryForMaskedPhones,
  type CustomerQuery,
} from '../../../shared/domain/customer-search';
import { describePhone, normalizePhone, phoneForRole } from '../../../shared/domain/phone';
import { can } from '../../../shared/domain/roles';
import {
  findCustomer,
  findCustomerByPhone,
  insertCustomer,
  listCustomers as queryCustomers,
  searchCustomers as querySearch,
  updateCustomer as queryUpdate,
  type CustomerFields,
  type CustomerRecord,
} from '../db/queries/customers';
import { writeTransaction } from '../db/sql';
import { requireActor, type Actor, type HandlerContext } from '../context';
import { audit } from './audit';

/** What the caller may see: the full number only for roles that need it. */
export function toCustomer(record: CustomerRecord, actor: Actor): Customer {
  const phone = describePhone(record.phone);
  return {
    id: record.id,
    name: record.name,
    phone: phoneForRole(actor.role, record.phone),
    phoneMasked: phone.masked,
    phoneKind: phone.kind,
    company: record.company,
    address: record.address,
    notes: record.notes,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

function duplicatePhone(existing: CustomerRecord) {
  const params = { name: existing.name };
  return fail('conflict', 'errors.duplicatePhone', {
    params,
    fields: { phone: { key: 'errors.duplicatePhone', params } },
    details: { existingCustomerId: existing.id, existingCustomerName: existing.name },
  });
}

function toFields(input: ParsedInputOf<'customers-create'>): CustomerFields | undefined {
  const phone = normalizePhone(input.phone);
  if (!phone) return undefined;
  return { name: input.name, phone: phone.e164, company: input.company, address: input.address, notes: input.notes };
}

const invalidPhone = () => fail('validation', 'errors.validation', { fields: { phone: { key: 'validation.phone' } } });

export function getCustomer(context: HandlerContext, input: ParsedInputOf<'customers-get'>): Outcome<Customer> {
  const record = findCustomer(context.db, input.id);
  if (!record) return fail('not-found', 'errors.customerNotFound');
  return ok(toCustomer(record, requireActor(context)));
}

/** Creates a customer, unless the phone already belongs to one: then that customer is offered instead. */
export function createCustomer(context: HandlerContext, input: ParsedInputOf<'customers-create'>): Outcome<Customer> {
  const actor = requireActor(context);
  const fields = toFields(input);
  if (!fields) return invalidPhone();
  const outcome = writeTransaction(context.db, (): { existing: CustomerRecord } | { id: number } => {
    const existing = findCustomerByPhone(context.db, fields.phone);
    if (existing) return { existing };
    const id = insertCustomer(context.db, fields, { at: context.now.toISOString(), createdBy: actor.id });
    audit(context.db, context, 'customer.create', { entity: 'customer', entityId: id, details: { name: fields.name } });
    return { id };
  });
  if ('existing' in outcome) return duplicatePhone(outcome.existing);
  return getCustomer(context, { id: outcome.id });
}

export function updateCustomer(context: HandlerContext, input: ParsedInputOf<'customers-update'>): Outcome<Customer> {
  const fields = toFields(input);
  if (!fields) return invalidPhone();
  type UpdateOutcome = { missing: true } | { existing: CustomerRecord } | { saved: true };
  const outcome = writeTransaction(context.db, (): UpdateOutcome => {
    const before = findCustomer(context.db, input.id);
    if (!before) return { missing: true };
    const existing = findCustomerByPhone(context.db, fields.phone);
    if (existing && existing.id !== input.id) return { existing };
    queryUpdate(context.db, input.id, fields, context.now.toISOString());
    const changed = (Object.keys(fields) as (keyof CustomerFields)[]).filter((key) => before[key] !== fields[key]);
    audit(context.db, context, 'customer.update', { entity: 'customer', entityId: input.id, details: { changed } });
    return { saved: true };
  });
  if ('missing' in outcome) return fail('not-found', 'errors.customerNotFound');
  if ('existing' in outcome) return duplicatePhone(outcome.existing);
  return getCustomer(context, { id: input.id });
}

/** What the entry searches for, as far as this staff member may search phones. */
export function customerQuery(raw: string, actor: Actor): CustomerQuery {
  const query = classifyCustomerQuery(raw);
  return can(actor.role, 'phone-view-full') ? query : queryForMaskedPhones(query);
}

export function listCustomers(context: HandlerContext, input: ParsedInputOf<'customers-list'>): Outcome<CustomerPage> {
  const actor = requireActor(context);
  const page = queryCustomers(context.db, { ...input, query: customerQuery(input.query, actor) });
  return ok({ total: page.total, rows: page.rows.map((record) => toCustomer(record, actor)) });
}

export function searchCustomers(
  context: HandlerContext,
  input: ParsedInputOf<'customers-search'>,
): Outcome<CustomerSearchResult> {
  const actor = requireActor(context);
  const query = customerQuery(input.query, actor);
  return ok({
    hint: query.kind === 'too-few-digits' ? 'too-few-digits' : query.kind === 'phone-whole' ? 'whole-number' : 'none',
    rows: querySearch(context.db, query, input.limit).map((record) => toCustomer(record, actor)),
  });
}

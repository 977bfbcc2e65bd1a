import { addDaysToDate, localDate } from '../../../shared/domain/calendar';
import { computeFees } from '../../../shared/domain/fees';
import { formatTicketNumber } from '../../../shared/domain/ticket-number';
import { isFinished } from '../../../shared/domain/ticket-states';
import { coversCost, decideWarranty } from '../../../shared/domain/warranty';
import { findCustomerByPhone, insertCustomer } from '../db/queries/customers';
import { insertDevice } from '../db/queries/devices';
import { appendTicketEvent } from '../db/queries/ticket-events';
import { insertTicket, insertTicketLines, nextDaySequence } from '../db/queries/tickets';
import { all, get, sql, writeTransaction } from '../db/sql';
import type { WritableDB } from '../db/types';
import { sampleCustomers } from '../seed/sample-customers';
import { sampleTickets } from '../seed/sample-tickets';
import { audit } from './audit';
import { readServiceSettings } from './service-settings';

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

/**
 * Adds sample tickets (with a device each, estimate lines and their events) to customers on
 * file, for demonstrations and benchmarks, numbered day by day as the counter would have. Needs
 * a staff member to stand as the receptionist. Returns how many were added.
 */
export function seedTickets(db: WritableDB, options: { count: number; seed: number; now: Date }): number {
  const receptionist = get<{ id: number }>(db, sql`SELECT id FROM staff ORDER BY id LIMIT 1`);
  const customerIds = all<{ id: number }>(db, sql`SELECT id FROM customers ORDER BY id`).map((row) => row.id);
  if (!receptionist || customerIds.length === 0) return 0;
  const settings = readServiceSettings(db);
  const { timeZone } = settings.businessHours;
  const samples = sampleTickets(options.count, {
    seed: options.seed,
    until: options.now,
    customers: customerIds.length,
  });
  const lastSequence = new Map<string, number>();
  const batch = 20_000;
  for (let start = 0; start < samples.length; start += batch) {
    writeTransaction(db, () => {
      for (const sample of samples.slice(start, start + batch)) {
        const at = sample.createdAt.toISOString();
        const customerId = customerIds[sample.customerIndex] ?? customerIds[0] ?? 0;
        const category = settings.productCategories.find((candidate) => candidate.code === sample.productCategory);
        const day = localDate(sample.createdAt, timeZone);
        const purchaseDate = addDaysToDate(day, -Math.floor((sample.createdAt.getTime() % 997) * 0.8));
        const deviceId = insertDevice(
          db,
          customerId,
          {
            productCategory: sample.productCategory,
            brand: sample.brand,
            model: sample.model,
            serial: sample.serial,
            purchaseDate,
            purchaseChannel: '京东',
            makerWarrantyMonths: category?.makerWarrantyMonths ?? null,
          },
          at,
        );
        const warranty = decideWarranty({
          today: day,
          purchaseDate,
          makerWarrantyMonths: category?.makerWarrantyMonths ?? null,
          lastRepair: null,
          repairWarrantyDays: settings.repairWarrantyDays,
        });
        const lines = sample.lines.map((line) => ({ ...line, quantity: 1, warrantyCovered: true }));
        const fees = computeFees({ lines, warrantyCovers: coversCost(warranty.status), discountFen: 0, depositFen: 0 });
        // A day that already has tickets goes on from its last number.
        const sequence = (lastSequence.get(day) ?? nextDaySequence(db, day) - 1) + 1;
        lastSequence.set(day, sequence);
        const finished = isFinished(sample.state);
        // Sample data: the promise is the SLA target spread over 9-hour business days, not the full clock.
        const promised =
          sample.serviceType === 'consultation'
            ? null
            : new Date(sample.createdAt.getTime() + settings.slaTargetHours[sample.priority] * (24 / 9) * 3_600_000);
        const closedAt = finished ? new Date(sample.createdAt.getTime() + 2 * 86_400_000).toISOString() : null;
        const ticketId = insertTicket(db, {
          number: formatTicketNumber(day, sequence),
          intakeDay: day,
          daySequence: sequence,
          serviceType: sample.serviceType,
          state: sample.state,
          priority: sample.priority,
          customerId,
          deviceId,
          relatedTicketId: null,
          productCategory: sample.productCategory,
          faultCategory: sample.faultCategory,
          faultDescription: sample.faultDescription,
          accessories: [],
          accessoriesNote: '',
          conditions: [],
          conditionNote: '',
          warrantyStatus: warranty.status,
          warrantyReason: warranty.reason,
          warrantyUntil: warranty.coveredUntil,
          solution: '',
          resolution: sample.serviceType === 'consultation' ? '已当场答复' : '',
          subtotalFen: fees.subtotalFen,
          warrantyCoverFen: fees.warrantyCoverFen,
          discountFen: 0,
          totalFen: fees.totalFen,
          depositFen: 0,
          costLimitFen: null,
          promisedAt: promised?.toISOString() ?? null,
          promisedComputedAt: promised?.toISOString() ?? null,
          promisedChangeReason: '',
          consentMethod: 'tick',
          consentAt: at,
          receptionistId: receptionist.id,
          createdAt: at,
          closedAt,
        });
        insertTicketLines(db, ticketId, lines);
        const first = sample.state === 'closed' && sample.serviceType === 'consultation' ? 'closed' : 'received';
        appendTicketEvent(db, {
          ticketId,
          at,
          actorId: receptionist.id,
          kind: 'intake',
          fromState: null,
          toState: first,
          note: '',
        });
        if (sample.state !== first) {
          appendTicketEvent(db, {
            ticketId,
            at: closedAt ?? at,
            actorId: receptionist.id,
            kind: 'transition',
            fromState: first,
            toState: sample.state,
            note: '',
          });
        }
      }
    });
  }
  writeTransaction(db, () =>
    audit(db, { actor: null, now: options.now }, 'ticket.seed', {
      entity: 'ticket',
      entityId: null,
      details: { added: samples.length, seed: options.seed },
    }),
  );
  return samples.length;
}

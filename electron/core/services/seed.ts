import { addDaysToDate, localDate } from '../../../shared/domain/calendar';
import { randomInt } from 'node:crypto';
import type { BillLine, ContactFacts, Outcome, TicketMove } from '../../../shared/contract';
import { computeFees } from '../../../shared/domain/fees';
import { balanceOf, summarizeLedger, type PaymentMethod } from '../../../shared/domain/ledger';
import { phoneDigits } from '../../../shared/domain/phone';
import { can } from '../../../shared/domain/roles';
import { promisedTime } from '../../../shared/domain/sla';
import { coversCost, decideWarranty } from '../../../shared/domain/warranty';
import { translatorFor } from '../translators';
import { findCustomerByPhone, insertCustomer } from '../db/queries/customers';
import { insertDevice } from '../db/queries/devices';
import { insertStaff, listStaff } from '../db/queries/staff';
import { ticketPayments } from '../db/queries/payments';
import { billLines, findTicket, ticketLines, type TicketRecord } from '../db/queries/tickets';
import { readSetting, writeSetting } from '../db/queries/settings';
import { all, get, sql, writeTransaction } from '../db/sql';
import type { ReadableDB, WritableDB } from '../db/types';
import type { Actor } from '../context';
import { sampleCustomers, type SampleCustomer } from '../seed/sample-customers';
import { sampleTickets, type SampleTicket } from '../seed/sample-tickets';
import { createTicket } from '../tickets/create-ticket';
import { recordPayment } from '../payments/record-payment';
import { moveTicket } from '../tickets/move-ticket';
import { recordContact } from '../tickets/record-contact';
import { audit } from './audit';
import { hashPin } from './pin-hash';
import { pickUp, type PickupRequest } from './pickup';
import { readServiceSettings } from './service-settings';

/** Rows written per transaction: short enough that the app sharing the file never waits long for the lock. */
export const SEED_BATCH = 2_000;
const SEEDED_TICKETS = 'seed.tickets';

/**
 * Tickets in the file that `seed` did not write: a live shop's records. Seeding beside them
 * needs `--force` (sample data mixed into a shop's daily logs and KPIs cannot be told apart).
 */
export function realTicketCount(db: ReadableDB): number {
  const total = get<{ n: number }>(db, sql`SELECT count(*) AS n FROM tickets`)?.n ?? 0;
  return Math.max(0, total - readSetting(db, SEEDED_TICKETS, 0));
}

/**
 * Adds sample customers (for demonstrations and benchmarks), skipping any phone already on file,
 * in batches of SEED_BATCH rows per transaction, each with its audit entry. Returns how many were added.
 */
export function seedCustomers(
  db: WritableDB,
  options: { count: number; seed: number; now: Date; commandLineUser?: string },
): number {
  let added = 0;
  const samples = sampleCustomers(options.count, { seed: options.seed, until: options.now });
  const writeBatch = (batch: SampleCustomer[]) => {
    added += writeTransaction(db, () => {
      let inBatch = 0;
      for (const customer of batch) {
        if (findCustomerByPhone(db, customer.phone)) continue;
        insertCustomer(db, customer, { at: customer.createdAt, createdBy: null });
        inBatch += 1;
      }
      audit(db, { actor: null, now: options.now, commandLineUser: options.commandLineUser }, 'customer.seed', {
        entity: 'customer',
        entityId: null,
        details: { requested: options.count, added: inBatch, seed: options.seed },
      });
      return inBatch;
    });
  };
  let batch: SampleCustomer[] = [];
  for (const customer of samples) {
    batch.push(customer);
    if (batch.length === SEED_BATCH) {
      writeBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) writeBatch(batch);
  return added;
}

/** Sample technicians, added when the shop has none, so the workbench's queues have owners. */
const sampleTechnicians = ['李师傅', '王师傅', '张师傅'];

function technicians(db: WritableDB, now: Date): Actor[] {
  const found = listStaff(db, { activeOnly: true }).filter((member) => member.role === 'technician');
  if (found.length > 0) return found.map(({ id, name, role }) => ({ id, name, role }));
  // A random PIN nobody knows: an administrator sets one under Settings → Staff to sign in as them.
  return sampleTechnicians.map((name) => {
    const id = insertStaff(db, {
      name,
      role: 'technician',
      pinHash: hashPin(String(randomInt(100_000, 1_000_000))),
      at: now.toISOString(),
    });
    return { id, name, role: 'technician' };
  });
}

interface Cast {
  reception: Actor;
  /** Handles complaints; without one, sample complaints stay open. */
  manager: Actor | null;
  technicians: readonly Actor[];
}

/**
 * The next move of a sample ticket's story from where it stands, and who makes it; null once
 * the story is told.
 */
function nextMove(
  sample: SampleTicket,
  ticket: TicketRecord,
  cast: Cast,
  bill: BillLine[],
  billFen: number,
  done: { parts: boolean; qcFailed: boolean; contacts: number },
): { move: TicketMove; by: Actor } | null {
  const { story } = sample;
  const technician = cast.technicians[ticket.id % cast.technicians.length] ?? cast.reception;
  const workshop = ticket.serviceType !== 'consultation' && ticket.serviceType !== 'complaint';
  switch (ticket.state) {
    case 'received':
      if (story.ending === 'cancelled') return { move: { action: 'cancel', reason: '客户不修了' }, by: cast.reception };
      if (ticket.serviceType === 'consultation')
        return { move: { action: 'close', resolution: '已电话答复' }, by: cast.reception };
      if (workshop) return { move: { action: 'start-diagnosis' }, by: technician };
      return cast.manager && { move: { action: 'start-diagnosis' }, by: cast.manager };
    case 'diagnosing':
      if (ticket.serviceType === 'complaint')
        return (
          cast.manager && { move: { action: 'close', resolution: '已与客户沟通并致歉，问题已解决' }, by: cast.manager }
        );
      if (story.ending === 'unrepaired')
        return { move: { action: 'return-unrepaired', reason: 'no-parts', note: '' }, by: technician };
      return {
        move: {
          action: 'diagnose',
          cause: `${sample.faultDescription}（已确认）`,
          faultCategory: '',
          findings: '',
          lines: bill,
        },
        by: technician,
      };
    case 'awaiting-approval':
      return story.ending === 'declined'
        ? {
            move: { action: 'record-approval', decision: 'declined', channel: 'phone', approvedFen: 0, note: '' },
            by: cast.reception,
          }
        : {
            move: { action: 'record-approval', decision: 'approved', channel: 'phone', approvedFen: billFen, note: '' },
            by: cast.reception,
          };
    case 'repairing':
      if (story.needsParts && !done.parts) {
        done.parts = true;
        return {
          move: { action: 'wait-for-parts', part: bill[0]?.description ?? '配件', expectedOn: null, note: '' },
          by: technician,
        };
      }
      return { move: { action: 'finish-repair', workDone: '更换配件，测试正常' }, by: technician };
    case 'awaiting-parts':
      return { move: { action: 'parts-arrived', note: '' }, by: technician };
    case 'qa':
      if (story.qcFails && !done.qcFailed) {
        done.qcFailed = true;
        return { move: { action: 'fail-qc', checks: [{ item: '功能测试', passed: false }], note: '' }, by: technician };
      }
      return {
        move: {
          action: 'pass-qc',
          checks: [{ item: '功能测试', passed: true }],
          storageLocation: `A-${(ticket.id % 40) + 1}`,
        },
        by: technician,
      };
    default:
      return null;
  }
}

const sampleMethods: readonly PaymentMethod[] = ['wechat', 'cash', 'alipay', 'wechat', 'card', 'cash', 'wechat'];
const methodFor = (id: number) => sampleMethods[id % sampleMethods.length] ?? 'cash';

/** How a sample ticket's customer is contacted once the device is ready. */
function contactsFor(id: number): Pick<ContactFacts, 'channel' | 'outcome'>[] {
  const reached = { channel: 'call', outcome: 'reached' } as const;
  const message = { channel: 'message', outcome: 'sent' } as const;
  switch (id % 4) {
    case 0:
      return [{ channel: 'call', outcome: 'no-answer' }, reached];
    case 1:
      return [message];
    case 2:
      return [reached];
    default:
      return [message, reached];
  }
}

/**
 * A sample customer collecting their device: with the receipt (now and then a lost one), paying
 * what is owed (cash rounded up to the next ¥10 note with change, or part cash and part WeChat
 * Pay), or given back what was paid above the bill.
 */
function samplePickup(db: WritableDB, ticket: TicketRecord): PickupRequest {
  const lines = ticket.billed ? billLines(db, ticket.id) : ticketLines(db, ticket.id);
  const totalFen = computeFees({
    lines,
    warrantyCovers: coversCost(ticket.warrantyStatus),
    discountFen: ticket.discountFen,
  }).totalFen;
  const paid = ticketPayments(db, ticket.id);
  const balanceFen = balanceOf(totalFen, summarizeLedger(paid).paidFen);
  const method = methodFor(ticket.id + 1);
  const cash = (amountFen: number) => ({
    method: 'cash' as const,
    amountFen,
    tenderedFen: Math.ceil(amountFen / 1_000) * 1_000,
    reference: '',
  });
  const other = (amountFen: number, chosen: PaymentMethod) => ({
    method: chosen,
    amountFen,
    tenderedFen: null,
    reference: chosen === 'cash' ? '' : String(1000 + (ticket.id % 9000)),
  });
  let payments: PickupRequest['payments'] = [];
  if (balanceFen > 0 && ticket.id % 5 === 0 && balanceFen >= 2_000) {
    const inCash = Math.floor(balanceFen / 2 / 100) * 100;
    payments = [cash(inCash), other(balanceFen - inCash, 'wechat')];
  } else if (balanceFen > 0) payments = [method === 'cash' ? cash(balanceFen) : other(balanceFen, method)];
  const refunds =
    balanceFen < 0
      ? [other(-balanceFen, paid[0]?.method ?? 'cash')].map((refund) => ({ ...refund, tenderedFen: null }))
      : [];
  const lostReceipt = ticket.id % 25 === 0;
  return {
    ticketId: ticket.id,
    version: ticket.version,
    identity: lostReceipt
      ? {
          method: 'checked',
          name: ticket.customerName,
          phoneLast4: phoneDigits(ticket.customerPhone).slice(-4),
          idNote: '身份证核对',
        }
      : { method: 'receipt' },
    accessories: ticket.accessories.map((code) => ({ code, returned: true, note: '' })),
    discountFen: ticket.discountFen,
    discountApprovedBy: null,
    payments,
    refunds,
    unpaidApprovedBy: null,
    acceptance: { method: 'tick', accepted: true },
    note: '',
  };
}

/**
 * Adds sample tickets to customers on file, for demonstrations and benchmarks: each taken in by
 * `createTicket` and moved along its story by `moveTicket`, as the counter and the workbench
 * would, with its moves spaced over business hours up to today. Old tickets end finished; recent
 * ones are waiting somewhere on the way, some overdue. Needs a staff member to stand at the
 * counter; adds sample technicians if the shop has none. Returns how many tickets were added.
 */
export function seedTickets(db: WritableDB, options: { count: number; seed: number; now: Date }): number {
  const active = listStaff(db, { activeOnly: true }).map(({ id, name, role }): Actor => ({ id, name, role }));
  const reception = active.find((member) => can(member.role, 'intake'));
  const customerIds = all<{ id: number }>(db, sql`SELECT id FROM customers ORDER BY id`).map((row) => row.id);
  if (!reception || customerIds.length === 0) return 0;
  const settings = readServiceSettings(db);
  const { businessHours } = settings;
  const { timeZone } = businessHours;
  const cast: Cast = {
    reception,
    manager: active.find((member) => can(member.role, 'complaints-handle')) ?? null,
    technicians: writeTransaction(db, () => technicians(db, options.now)),
  };
  const samples = sampleTickets(options.count, {
    seed: options.seed,
    until: options.now,
    customers: customerIds.length,
  });
  const diagnosticFeeText = translatorFor('zh-CN')('workflow.refusals.diagnosticFee');
  for (let start = 0; start < samples.length; start += SEED_BATCH) {
    writeTransaction(db, () => {
      const slice = samples.slice(start, start + SEED_BATCH);
      for (const sample of slice) seedOne(sample);
      writeSetting(db, SEEDED_TICKETS, readSetting(db, SEEDED_TICKETS, 0) + slice.length, options.now.toISOString());
    });
  }
  return samples.length;

  function seedOne(sample: SampleTicket): void {
    const at = sample.createdAt.toISOString();
    const customerId = customerIds[sample.customerIndex] ?? customerIds[0] ?? 0;
    const category = settings.productCategories.find((candidate) => candidate.code === sample.productCategory);
    const day = localDate(sample.createdAt, timeZone);
    const purchaseDate = addDaysToDate(day, -Math.floor((sample.createdAt.getTime() % 997) * 0.8));
    const workshop = sample.serviceType !== 'consultation' && sample.serviceType !== 'complaint';
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
    const estimate = sample.lines.map((line) => ({ ...line, quantity: 1, warrantyCovered: true }));
    const bill: BillLine[] = [
      ...estimate.map((line) => ({ ...line, spec: '', reason: line.kind === 'part' ? '损坏' : '' })),
      ...(sample.story.extraPart
        ? [
            {
              kind: 'part' as const,
              description: '辅料',
              spec: '',
              reason: '检测中发现',
              quantity: 1,
              unitPriceFen: 8000,
              warrantyCovered: false,
            },
          ]
        : []),
    ];
    const billFen = computeFees({
      lines: bill,
      warrantyCovers: coversCost(warranty.status),
      discountFen: 0,
    }).totalFen;
    const closedAtCounter = sample.story.closedAtCounter;
    // Sample data: the promise is the SLA target in business hours from intake.
    const promised = closedAtCounter
      ? null
      : promisedTime(sample.createdAt, settings.slaTargetHours[sample.priority], businessHours);
    const created = createTicket(
      db,
      { actor: cast.reception, now: sample.createdAt, settings },
      {
        ticket: {
          intakeDay: day,
          serviceType: sample.serviceType,
          state: closedAtCounter ? 'closed' : 'received',
          priority: sample.priority,
          customerId,
          deviceId: workshop ? deviceId : null,
          relatedTicketId: null,
          comebackOf: null,
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
          resolution: closedAtCounter ? '已当场答复' : '',
          discountFen: 0,
          costLimitFen: null,
          promisedAt: promised?.toISOString() ?? null,
          promisedComputedAt: promised?.toISOString() ?? null,
          promisedChangeReason: '',
          consentMethod: 'tick',
          consentAt: at,
          receptionistId: cast.reception.id,
          createdAt: at,
          closedAt: closedAtCounter ? at : null,
          intakeChannel: sample.channel,
          intakeStartedAt: new Date(sample.createdAt.getTime() - sample.recordingMinutes * 60_000).toISOString(),
        },
        lines: workshop ? estimate : [],
        devicePassword: '',
        signaturePng: null,
        note: closedAtCounter ? '已当场答复' : '',
      },
    );
    const seeded = <T>(what: string, outcome: Outcome<T>): T => {
      if (!outcome.ok) throw new Error(`Sample ticket ${created.number}: ${what} refused (${outcome.error.key})`);
      return outcome.value;
    };
    // About a third of the workshop's customers leave a deposit, paid the ways counters are paid.
    const estimateFen = computeFees({
      lines: estimate,
      warrantyCovers: coversCost(warranty.status),
      discountFen: 0,
    }).totalFen;
    if (workshop && created.id % 3 === 0 && estimateFen >= 10_000) {
      const deposit = recordPayment(db, { actor: cast.reception, now: sample.createdAt }, created.id, {
        kind: 'deposit',
        method: methodFor(created.id),
        amountFen: Math.min(Math.round(estimateFen / 30_000) * 10_000 || 10_000, 50_000),
        tenderedFen: null,
        reference: '',
      });
      seeded('deposit', deposit);
    }
    let ticket = findTicket(db, created.id);
    let when = sample.createdAt;
    const done = { parts: false, qcFailed: false, contacts: 0 };
    for (const hours of sample.story.stepHours) {
      if (!ticket) break;
      const onShelf = ticket.shelvedAt !== null;
      const next = onShelf ? null : nextMove(sample, ticket, cast, bill, billFen, done);
      if (!onShelf && !next) break;
      if (onShelf && sample.story.neverCollected) break;
      when = promisedTime(when, hours, businessHours);
      if (when > options.now) break;
      const context = { actor: next?.by ?? cast.reception, now: when, settings, diagnosticFeeText };
      if (next) {
        const move = { ticketId: ticket.id, version: ticket.version, move: next.move };
        ticket = seeded(next.move.action, moveTicket(db, context, move));
        continue;
      }
      // On the shelf: the customer is called (some only at the second try, some sent a message), then comes in.
      const contacts = contactsFor(ticket.id);
      const contact = contacts[done.contacts];
      if (contact) {
        done.contacts += 1;
        seeded('contact', recordContact(db, context, ticket.id, { ...contact, occasion: 'ready', note: '' }));
        continue;
      }
      seeded('pickup', pickUp(db, context, samplePickup(db, ticket)));
      ticket = findTicket(db, ticket.id);
    }
  }
}

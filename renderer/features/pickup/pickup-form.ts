import type { Message, PickupInput, ServiceSettings, TicketDetail } from '../../../shared/contract';
import { computeFees, fenToYuanText, parseYuan, type FeeSummary } from '../../../shared/domain/fees';
import { balanceOf, changeFen, type PaymentMethod } from '../../../shared/domain/ledger';
import { discountNeedsApproval } from '../../../shared/domain/pickup';
import { coversCost } from '../../../shared/domain/warranty';

/** One payment or refund row as the form holds it: amounts as typed, in yuan. */
export interface TenderValues {
  method: PaymentMethod;
  amount: string;
  /** Cash handed over; blank when it was the exact amount. */
  tendered: string;
  reference: string;
}

/** The pickup form: who collects, what goes back, the final bill, the money, the customer's acceptance. */
export interface PickupValues {
  identity: 'receipt' | 'checked';
  name: string;
  phoneLast4: string;
  idNote: string;
  accessories: { code: string; returned: boolean; note: string }[];
  discount: string;
  discountApprover: string | null;
  discountPin: string;
  payments: TenderValues[];
  refunds: TenderValues[];
  releaseUnpaid: boolean;
  unpaidApprover: string | null;
  unpaidPin: string;
  acceptanceMethod: 'tick' | 'signature';
  accepted: boolean;
  signaturePng: string;
  note: string;
}

const amountOf = (text: string) => (text.trim() === '' ? 0 : parseYuan(text));

/** The lines the ticket charges for: its bill once billed, else the intake's estimate. */
function chargedLines(ticket: TicketDetail) {
  return ticket.bill?.lines ?? ticket.lines;
}

/** Where the pickup form starts: the receipt shown, nothing ticked back yet, what is owed taken in cash, or given back. */
export function initialPickupValues(ticket: TicketDetail): PickupValues {
  const charged = ticket.bill?.fees ?? ticket.fees;
  const owed = ticket.ledger.balanceFen;
  const depositMethod = ticket.ledger.entries.find((entry) => entry.kind === 'deposit')?.method ?? 'cash';
  const tender = (method: PaymentMethod, fen: number): TenderValues => ({
    method,
    amount: fenToYuanText(fen),
    tendered: '',
    reference: '',
  });
  return {
    identity: 'receipt',
    name: '',
    phoneLast4: '',
    idNote: '',
    accessories: ticket.accessories.map((code) => ({ code, returned: false, note: '' })),
    discount: charged.discountFen > 0 ? fenToYuanText(charged.discountFen) : '',
    discountApprover: null,
    discountPin: '',
    payments: owed > 0 ? [tender('cash', owed)] : [],
    refunds: owed < 0 ? [tender(depositMethod, -owed)] : [],
    releaseUnpaid: false,
    unpaidApprover: null,
    unpaidPin: '',
    acceptanceMethod: 'tick',
    accepted: false,
    signaturePng: '',
    note: '',
  };
}

/** The final bill as the form stands, what is owed on it, and what the money typed so far leaves. */
export interface PickupMoney {
  fees: FeeSummary;
  /** Owed before anything is taken now; negative: to give back. */
  balanceFen: number;
  takingFen: number;
  refundingFen: number;
  /** Change for the cash rows. */
  changeFen: number;
  /** Still to take (positive) or given back too little (negative) once the rows are taken. */
  leftFen: number;
  discountNeedsManager: boolean;
}

export function pickupMoney(ticket: TicketDetail, values: PickupValues, settings: ServiceSettings): PickupMoney {
  const discountFen = amountOf(values.discount) ?? 0;
  const fees = computeFees({
    lines: chargedLines(ticket),
    warrantyCovers: coversCost(ticket.warrantyStatus),
    discountFen,
  });
  const balanceFen = balanceOf(fees.totalFen, ticket.ledger.summary.paidFen);
  const sum = (rows: readonly TenderValues[]) => rows.reduce((total, row) => total + (amountOf(row.amount) ?? 0), 0);
  const takingFen = sum(values.payments);
  const refundingFen = sum(values.refunds);
  const change = values.payments.reduce((total, row) => {
    const amountFen = amountOf(row.amount) ?? 0;
    const tenderedFen = row.method === 'cash' && row.tendered.trim() !== '' ? amountOf(row.tendered) : null;
    return tenderedFen !== null && tenderedFen >= amountFen
      ? total + changeFen({ method: row.method, amountFen, tenderedFen })
      : total;
  }, 0);
  return {
    fees,
    balanceFen,
    takingFen,
    refundingFen,
    changeFen: change,
    leftFen: balanceFen - takingFen + refundingFen,
    discountNeedsManager: discountNeedsApproval(fees.discountFen, {
      agreedFen: (ticket.bill?.fees ?? ticket.fees).discountFen,
      limitFen: settings.pickup.discountLimitFen,
    }),
  };
}

/**
 * The pickup as the core takes it, or the fields whose amounts cannot be read. Everything else
 * (a payment short of the balance, a wrong PIN, a name that does not match) the core says.
 */
export function toPickupInput(
  ticket: TicketDetail,
  values: PickupValues,
  options: { discountNeedsManager: boolean },
): { input: PickupInput } | { problems: Record<string, Message> } {
  const problems: Record<string, Message> = {};
  const money = (text: string, path: string, required: boolean): number => {
    const fen = required && text.trim() === '' ? null : amountOf(text);
    if (fen === null) problems[path] = { key: 'validation.money' };
    return fen ?? 0;
  };
  const tenders = (list: 'payments' | 'refunds') =>
    values[list].map((row, index) => ({
      method: row.method,
      amountFen: money(row.amount, `${list}.${index}.amount`, true),
      tenderedFen:
        list === 'payments' && row.method === 'cash' && row.tendered.trim() !== ''
          ? money(row.tendered, `${list}.${index}.tendered`, false)
          : null,
      reference: row.reference,
    }));
  const discountFen = money(values.discount, 'discount', false);
  const payments = tenders('payments');
  const refunds = tenders('refunds');
  if (values.acceptanceMethod === 'signature' && values.signaturePng === '')
    problems.signaturePng = { key: 'pickup.form.signFirst' };
  if (Object.keys(problems).length > 0) return { problems };
  const approval = (approver: string | null, pin: string) => ({ staffId: Number(approver ?? 0), pin });
  return {
    input: {
      ticketId: ticket.id,
      version: ticket.version,
      identity:
        values.identity === 'receipt'
          ? { method: 'receipt' }
          : { method: 'checked', name: values.name, phoneLast4: values.phoneLast4, idNote: values.idNote },
      accessories: values.accessories,
      discountFen,
      discountApproval: options.discountNeedsManager ? approval(values.discountApprover, values.discountPin) : null,
      payments,
      refunds,
      unpaidApproval: values.releaseUnpaid ? approval(values.unpaidApprover, values.unpaidPin) : null,
      acceptance:
        values.acceptanceMethod === 'signature'
          ? { method: 'signature', png: values.signaturePng }
          : // The core refuses anything but `true`: an unticked box goes as false and is refused with a message.
            ({ method: 'tick', accepted: values.accepted } as { method: 'tick'; accepted: true }),
      note: values.note,
    },
  };
}

/** The core's field paths → the form's own (money in yuan, the identity and approvals flat). */
export function pickupFormPath(path: string): string {
  return path
    .replace(/^identity\.(name|phoneLast4|idNote)$/u, '$1')
    .replace(/^identity$/u, 'identity')
    .replace(/^(payments|refunds)\.(\d+)\.amountFen$/u, '$1.$2.amount')
    .replace(/^(payments|refunds)\.(\d+)\.tenderedFen$/u, '$1.$2.tendered')
    .replace(/^discountFen$/u, 'discount')
    .replace(/^discountApproval\.pin$/u, 'discountPin')
    .replace(/^discountApproval(\.staffId)?$/u, 'discountApprover')
    .replace(/^unpaidApproval\.pin$/u, 'unpaidPin')
    .replace(/^unpaidApproval(\.staffId)?$/u, 'unpaidApprover')
    .replace(/^acceptance\.png$/u, 'signaturePng')
    .replace(/^acceptance(\.accepted)?$/u, 'accepted');
}

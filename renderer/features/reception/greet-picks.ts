import type { Device, ReceptionSearchResult } from '../../../shared/contract';

/** What a greet search result opens: a ticket, a customer, or a customer's device. */
export type GreetPick =
  { kind: 'customer'; id: number } | { kind: 'device'; device: Device } | { kind: 'ticket'; id: number };

/** The results in the order they are shown: tickets, customers, devices. */
export function greetPicks(data: ReceptionSearchResult | undefined): GreetPick[] {
  if (!data) return [];
  return [
    ...data.tickets.map((ticket) => ({ kind: 'ticket' as const, id: ticket.id })),
    ...data.customers.map((customer) => ({ kind: 'customer' as const, id: customer.id })),
    ...data.devices.map((entry) => ({ kind: 'device' as const, device: entry.device })),
  ];
}

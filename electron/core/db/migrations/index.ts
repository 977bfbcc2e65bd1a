import type { Migration } from '../migrate';
import { createStaff } from './0010-create-staff';
import { createSettings } from './0020-create-settings';
import { createAuditLog } from './0030-create-audit-log';
import { createCustomers } from './0040-create-customers';
import { createCustomerNameGrams } from './0050-create-customer-name-grams';
import { createDevices } from './0060-create-devices';
import { createTickets } from './0070-create-tickets';
import { createTicketEvents } from './0080-create-ticket-events';
import { createIntakeDrafts } from './0090-create-intake-drafts';
import { createPrintJobs } from './0100-create-print-jobs';
import { createSearchIndexes } from './0110-create-search-indexes';
import { ticketWorkflow } from './0120-ticket-workflow';
import { ticketDueTimes } from './0130-ticket-due-times';
import { printQuotes } from './0140-print-quotes';
import { ticketDueFor } from './0150-ticket-due-for';
import { createPayments } from './0160-create-payments';
import { ticketPickup } from './0170-ticket-pickup';
import { ticketComebacks } from './0180-ticket-comebacks';
import { settleEarlierPickups } from './0190-settle-earlier-pickups';
import { ticketContactIndex } from './0200-ticket-contact-index';
import { ticketReachedIndex } from './0210-ticket-reached-index';
import { ticketIntakeChannel } from './0220-ticket-intake-channel';
import { ticketFacts } from './0230-ticket-facts';
import { createCashCloses } from './0240-create-cash-closes';
import { scheduledExports } from './0250-scheduled-exports';
import { printDayLogs } from './0260-print-day-logs';

/** Every migration, in order. Add new ones here explicitly; nothing is discovered at run time. */
export const migrations: readonly Migration[] = [
  createStaff,
  createSettings,
  createAuditLog,
  createCustomers,
  createCustomerNameGrams,
  createDevices,
  createTickets,
  createTicketEvents,
  createIntakeDrafts,
  createPrintJobs,
  createSearchIndexes,
  ticketWorkflow,
  ticketDueTimes,
  printQuotes,
  ticketDueFor,
  createPayments,
  ticketPickup,
  ticketComebacks,
  settleEarlierPickups,
  ticketContactIndex,
  ticketReachedIndex,
  ticketIntakeChannel,
  ticketFacts,
  createCashCloses,
  scheduledExports,
  printDayLogs,
];

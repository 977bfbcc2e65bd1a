import type { HandlerName, Outcome, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { HandlerContext } from './context';
import { customerHistory, customerOverview } from './services/customer-overview';
import { discardDraft, draftsList, saveDraft } from './services/drafts';
import { saveIntake } from './services/intake';
import { recordPaymentHandler, reversePaymentHandler } from './services/payments';
import { completePickup } from './services/pickup';
import { contactCustomer, readyShelf } from './services/ready-shelf';
import { exportDayLogFile, reportDayLog, reportFigureTickets, reportKpis } from './services/reports';
import { cashClosePreview, recordCashClose } from './services/cash-close';
import { getReportSchedule, updateReportSchedule } from './services/report-schedule';
import { receptionSearch } from './services/reception-search';
import { getServiceSettings, updateServiceSettings } from './services/service-settings';
import {
  finishBrowserJob,
  getPrintSettings,
  listPrinters,
  listPrintJobs,
  printDocument,
  renderDocument,
  updatePrintSettings,
} from './services/printing';
import {
  findTicketNumber,
  getTicket,
  listTickets,
  moveTicketHandler,
  revealDevicePassword,
  ticketQueue,
} from './services/tickets';
import { createCustomer, getCustomer, listCustomers, searchCustomers, updateCustomer } from './services/customers';
import { currentSession, signIn, signOut } from './services/session';
import { getShop, updateShop } from './services/settings';
import { appInfo, completeSetup } from './services/setup';
import { createStaff, resetStaffPin, staffDirectory, staffList, updateStaff } from './services/staff';

/**
 * A service call. Most answer at once (SQLite is synchronous); printing waits for the printer,
 * so a handler may also return a promise. Write transactions never span an await.
 */
export type Handler<N extends HandlerName> = (
  input: ParsedInputOf<N>,
  context: HandlerContext,
) => Outcome<OutputOf<N>> | Promise<Outcome<OutputOf<N>>>;
export type Handlers = { [N in HandlerName]: Handler<N> };

/** The contract's names bound to the services that answer them. */
export const handlers: Handlers = {
  'app-info': (_input, context) => appInfo(context),
  'setup-complete': (input, context) => completeSetup(context, input),
  'session-current': (_input, context) => currentSession(context),
  'session-sign-in': (input, context) => signIn(context, input),
  'session-sign-out': (_input, context) => signOut(context),
  'staff-directory': (_input, context) => staffDirectory(context),
  'staff-list': (_input, context) => staffList(context),
  'staff-create': (input, context) => createStaff(context, input),
  'staff-update': (input, context) => updateStaff(context, input),
  'staff-reset-pin': (input, context) => resetStaffPin(context, input),
  'settings-shop-get': (_input, context) => getShop(context),
  'settings-shop-update': (input, context) => updateShop(context, input),
  'customers-list': (input, context) => listCustomers(context, input),
  'customers-search': (input, context) => searchCustomers(context, input),
  'customers-get': (input, context) => getCustomer(context, input),
  'customers-create': (input, context) => createCustomer(context, input),
  'customers-update': (input, context) => updateCustomer(context, input),
  'customers-overview': (input, context) => customerOverview(context, input),
  'customers-history': (input, context) => customerHistory(context, input),
  'settings-service-get': (_input, context) => getServiceSettings(context),
  'settings-service-update': (input, context) => updateServiceSettings(context, input),
  'reception-search': (input, context) => receptionSearch(context, input),
  'intake-save': (input, context) => saveIntake(context, input),
  'drafts-list': (_input, context) => draftsList(context),
  'drafts-save': (input, context) => saveDraft(context, input),
  'drafts-discard': (input, context) => discardDraft(context, input),
  'tickets-list': (input, context) => listTickets(context, input),
  'tickets-get': (input, context) => getTicket(context, input),
  'tickets-find-by-number': (input, context) => findTicketNumber(context, input),
  'tickets-device-password': (input, context) => revealDevicePassword(context, input),
  'tickets-queue': (input, context) => ticketQueue(context, input),
  'tickets-move': (input, context) => moveTicketHandler(context, input),
  'ready-shelf': (input, context) => readyShelf(context, input),
  'cash-close-preview': (_input, context) => cashClosePreview(context),
  'cash-close-record': (input, context) => recordCashClose(context, input),
  'reports-day-log': (input, context) => reportDayLog(context, input),
  'reports-day-log-export': (input, context) => exportDayLogFile(context, input),
  'reports-kpis': (input, context) => reportKpis(context, input),
  'reports-figure-tickets': (input, context) => reportFigureTickets(context, input),
  'tickets-contact': (input, context) => contactCustomer(context, input),
  'pickup-complete': (input, context) => completePickup(context, input),
  'payments-reverse': (input, context) => reversePaymentHandler(context, input),
  'payments-record': (input, context) => recordPaymentHandler(context, input),
  'print-render': (input, context) => renderDocument(context, input),
  'print-document': (input, context) => printDocument(context, input),
  'print-job-finish': (input, context) => finishBrowserJob(context, input),
  'print-jobs-list': (input, context) => listPrintJobs(context, input),
  'printers-list': (_input, context) => listPrinters(context),
  'settings-report-schedule-get': (_input, context) => getReportSchedule(context),
  'settings-report-schedule-update': (input, context) => updateReportSchedule(context, input),
  'settings-printing-get': (_input, context) => getPrintSettings(context),
  'settings-printing-update': (input, context) => updatePrintSettings(context, input),
};

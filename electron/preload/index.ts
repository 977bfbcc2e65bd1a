import { contextBridge, ipcRenderer } from 'electron';
import type { Api, HandlerName, InputOf, OutputOf, Result } from '../../shared/contract';

/** One named function per handler; the page never sees ipcRenderer or Electron's event objects. */
function invoke<N extends HandlerName>(name: N) {
  return (input: InputOf<N>) => ipcRenderer.invoke(name, input) as Promise<Result<OutputOf<N>>>;
}

export const api = {
  'app-info': invoke('app-info'),
  'setup-complete': invoke('setup-complete'),
  'session-current': invoke('session-current'),
  'session-sign-in': invoke('session-sign-in'),
  'session-sign-out': invoke('session-sign-out'),
  'staff-directory': invoke('staff-directory'),
  'staff-list': invoke('staff-list'),
  'staff-create': invoke('staff-create'),
  'staff-update': invoke('staff-update'),
  'staff-reset-pin': invoke('staff-reset-pin'),
  'settings-shop-get': invoke('settings-shop-get'),
  'settings-shop-update': invoke('settings-shop-update'),
  'customers-list': invoke('customers-list'),
  'customers-search': invoke('customers-search'),
  'customers-get': invoke('customers-get'),
  'customers-create': invoke('customers-create'),
  'customers-update': invoke('customers-update'),
  'customers-overview': invoke('customers-overview'),
  'customers-history': invoke('customers-history'),
  'settings-service-get': invoke('settings-service-get'),
  'settings-service-update': invoke('settings-service-update'),
  'reception-search': invoke('reception-search'),
  'intake-save': invoke('intake-save'),
  'drafts-list': invoke('drafts-list'),
  'drafts-save': invoke('drafts-save'),
  'drafts-discard': invoke('drafts-discard'),
  'tickets-list': invoke('tickets-list'),
  'tickets-get': invoke('tickets-get'),
  'tickets-find-by-number': invoke('tickets-find-by-number'),
  'tickets-device-password': invoke('tickets-device-password'),
  'tickets-queue': invoke('tickets-queue'),
  'tickets-move': invoke('tickets-move'),
  'ready-shelf': invoke('ready-shelf'),
  'tickets-contact': invoke('tickets-contact'),
  'pickup-complete': invoke('pickup-complete'),
  'payments-reverse': invoke('payments-reverse'),
  'payments-record': invoke('payments-record'),
  'cash-close-preview': invoke('cash-close-preview'),
  'cash-close-record': invoke('cash-close-record'),
  'reports-day-log': invoke('reports-day-log'),
  'reports-day-log-export': invoke('reports-day-log-export'),
  'reports-kpis': invoke('reports-kpis'),
  'reports-figure-tickets': invoke('reports-figure-tickets'),
  'print-render': invoke('print-render'),
  'print-document': invoke('print-document'),
  'print-job-finish': invoke('print-job-finish'),
  'print-jobs-list': invoke('print-jobs-list'),
  'printers-list': invoke('printers-list'),
  'settings-report-schedule-get': invoke('settings-report-schedule-get'),
  'settings-report-schedule-update': invoke('settings-report-schedule-update'),
  'settings-printing-get': invoke('settings-printing-get'),
  'settings-printing-update': invoke('settings-printing-update'),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);

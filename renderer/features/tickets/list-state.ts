import { useSyncExternalStore } from 'react';
import type { TicketSortColumn } from '../../../shared/contract';
import type { SortDirection } from '../../components/VirtualTable';
import type { TicketFilterValues } from './TicketFilters';

export interface TicketListState {
  filters: TicketFilterValues;
  sort: TicketSortColumn;
  direction: SortDirection;
}

export const initialTicketListState: TicketListState = {
  filters: { query: '', view: 'open', serviceType: null, priority: null, state: null, technicianId: null },
  sort: 'createdAt',
  direction: 'desc',
};

/**
 * The list's search, view, filters and order outlive the page, so opening a ticket and coming
 * back (Esc) finds the list as it was left. Kept for this window only: a reload starts afresh.
 */
let state = initialTicketListState;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setTicketListState(change: Partial<TicketListState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

export function useTicketListState(): TicketListState {
  return useSyncExternalStore(subscribe, () => state);
}

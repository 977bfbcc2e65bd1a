import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { Customer, CustomerSortColumn } from '../../../shared/contract';
import { queryKey, request, type ApiError } from '../../api/hooks';

/** Rows fetched per request; the table asks only for the blocks it shows. */
export const BLOCK_SIZE = 100;

export interface CustomerListView {
  query: string;
  sort: CustomerSortColumn;
  direction: 'asc' | 'desc';
}

function blockInput(view: CustomerListView, block: number) {
  return { ...view, offset: block * BLOCK_SIZE, limit: BLOCK_SIZE };
}

function fetchBlock(view: CustomerListView, block: number) {
  const input = blockInput(view, block);
  return { queryKey: queryKey('customers-list', input), queryFn: () => request('customers-list', input) };
}

/**
 * The customer list as a sparse array over the whole result: the total comes with the first
 * block, the other blocks load as they scroll into view. 100k customers never cross the wire at once.
 */
export function useCustomerRows(view: CustomerListView, visible: { first: number; last: number }) {
  const head = useQuery<{ total: number; rows: Customer[] }, ApiError>({
    ...fetchBlock(view, 0),
    placeholderData: keepPreviousData,
  });
  const total = head.data?.total ?? 0;
  const firstBlock = Math.floor(visible.first / BLOCK_SIZE);
  const lastBlock = Math.min(Math.floor(visible.last / BLOCK_SIZE), Math.max(0, Math.ceil(total / BLOCK_SIZE) - 1));
  const blocks: number[] = [];
  for (let block = Math.max(1, firstBlock); block <= lastBlock; block += 1) blocks.push(block);
  const others = useQueries({
    queries: blocks.map((block) => ({ ...fetchBlock(view, block), placeholderData: keepPreviousData })),
  });

  const loaded = new Map<number, Customer>();
  head.data?.rows.forEach((row, index) => loaded.set(index, row));
  others.forEach((result, position) => {
    const block = blocks[position] ?? 0;
    result.data?.rows.forEach((row, index) => loaded.set(block * BLOCK_SIZE + index, row));
  });
  return {
    total,
    loaded,
    isPending: head.isPending,
    error: head.error ?? others.find((result) => result.error)?.error ?? null,
  };
}

import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../shared/contract';
import { queryKey, request, type ApiError } from '../api/hooks';

/** Rows fetched per request; the table asks only for the blocks it shows. */
export const BLOCK_SIZE = 100;

/** The list handlers that page through a result with `offset`/`limit` and answer `{ total, rows }`. */
export type PagedListHandler = 'customers-list' | 'tickets-list';
/** One row of such a list. */
export type PagedRow<N extends PagedListHandler> = OutputOf<N>['rows'][number];
/** What selects and orders the list: everything the handler takes except the page. */
export type PagedListView<N extends PagedListHandler> = Omit<InputOf<N>, 'offset' | 'limit'>;

/** The rows on screen, by index into the whole result. */
export interface VisibleRange {
  first: number;
  last: number;
}

function fetchBlock<N extends PagedListHandler>(name: N, view: PagedListView<N>, block: number) {
  // Both handlers take the view's fields plus a page; TypeScript cannot see that through the generic.
  const input = { ...view, offset: block * BLOCK_SIZE, limit: BLOCK_SIZE } as InputOf<N>;
  return {
    queryKey: queryKey(name, input),
    queryFn: () => request(name, input),
  };
}

/**
 * A list as a sparse array over the whole result: the total comes with the first block, the
 * other blocks load as they scroll into view. 100k rows never cross the wire at once.
 */
export function usePagedRows<N extends PagedListHandler>(name: N, view: PagedListView<N>, visible: VisibleRange) {
  const head = useQuery<{ total: number; rows: PagedRow<N>[] }, ApiError>({
    ...fetchBlock(name, view, 0),
    placeholderData: keepPreviousData,
  });
  const total = head.data?.total ?? 0;
  const firstBlock = Math.floor(visible.first / BLOCK_SIZE);
  const lastBlock = Math.min(Math.floor(visible.last / BLOCK_SIZE), Math.max(0, Math.ceil(total / BLOCK_SIZE) - 1));
  const blocks: number[] = [];
  for (let block = Math.max(1, firstBlock); block <= lastBlock; block += 1) blocks.push(block);
  const others = useQueries({
    queries: blocks.map((block) => ({ ...fetchBlock(name, view, block), placeholderData: keepPreviousData })),
  });

  const loaded = new Map<number, PagedRow<N>>();
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

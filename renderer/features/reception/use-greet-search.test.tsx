import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InputOf, ReceptionSearchResult, Result } from '../../../shared/contract';
import { installApi } from '../../test-utils';
import { useGreetSearch } from './use-greet-search';

/** A greet search whose replies the test sends, in any order. */
function controlledSearch() {
  const waiting = new Map<string, { input: InputOf<'reception-search'>; answer(): void }>();
  installApi({
    'reception-search': (input) =>
      new Promise<Result<ReceptionSearchResult>>((resolve) => {
        const customer = { id: 1, name: `match for ${input.query}` };
        waiting.set(input.query, {
          input,
          answer: () =>
            resolve({
              ok: true,
              value: {
                sequence: input.sequence ?? 0,
                hint: 'none',
                customers: [customer as ReceptionSearchResult['customers'][number]],
                devices: [],
                tickets: [],
              },
            }),
        });
      }),
  });
  return {
    sent: (query: string) => waiting.get(query)?.input,
    answer: async (query: string) => {
      await act(async () => waiting.get(query)?.answer());
    },
  };
}

const shownName = (result: { current: ReturnType<typeof useGreetSearch> }) => result.current.data?.customers[0]?.name;

describe('greet search as you type', () => {
  it('numbers each keystroke and drops a reply to an older one that arrives late', async () => {
    const search = controlledSearch();
    const { result } = renderHook(() => useGreetSearch(6));
    act(() => result.current.type('1380'));
    act(() => result.current.type('13801'));
    await waitFor(() => expect(search.sent('13801')).toBeDefined());
    expect(search.sent('1380')?.sequence).toBeLessThan(search.sent('13801')?.sequence ?? 0);

    await search.answer('13801');
    expect(shownName(result)).toBe('match for 13801');
    expect(result.current.pending).toBe(false);

    await search.answer('1380');
    expect(shownName(result)).toBe('match for 13801');
    expect(result.current.query).toBe('13801');
  });

  it('shows replies that arrive in order as they come, and says a newer one is on its way', async () => {
    const search = controlledSearch();
    const { result } = renderHook(() => useGreetSearch(6));
    act(() => result.current.type('王'));
    act(() => result.current.type('王芳'));
    await waitFor(() => expect(search.sent('王芳')).toBeDefined());
    await search.answer('王');
    expect(shownName(result)).toBe('match for 王');
    expect(result.current.pending).toBe(true);
    await search.answer('王芳');
    expect(shownName(result)).toBe('match for 王芳');
    expect(result.current.pending).toBe(false);
  });

  it('clears when the box is emptied, and a late reply does not bring the results back', async () => {
    const search = controlledSearch();
    const { result } = renderHook(() => useGreetSearch(6));
    act(() => result.current.type('HU75'));
    act(() => result.current.type(''));
    await search.answer('HU75');
    expect(result.current.data).toBeUndefined();
    expect(result.current.pending).toBe(false);
  });

  it('answers an entry too short to find anything at once, without asking the core', async () => {
    const search = controlledSearch();
    const { result } = renderHook(() => useGreetSearch(6));
    act(() => result.current.type('13'));
    expect(result.current.data).toMatchObject({ hint: 'too-few-digits', customers: [], devices: [], tickets: [] });
    expect(result.current.query).toBe('13');
    expect(result.current.pending).toBe(false);
    act(() => result.current.type('1380'));
    await waitFor(() => expect(search.sent('1380')).toBeDefined());
    expect(search.sent('13')).toBeUndefined();
  });
});

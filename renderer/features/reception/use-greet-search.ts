import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReceptionSearchResult } from '../../../shared/contract';
import { greetEntryFindsNothing } from '../../../shared/domain/greet-search';
import { ApiError, request } from '../../api/hooks';
import { warmLiveSocket } from '../../api/transport';

export interface GreetSearch {
  /** What is in the box. */
  text: string;
  /** Puts text in the box and sends its search at once. */
  type(text: string): void;
  /** The newest reply shown, and the query it answers. */
  data: ReceptionSearchResult | undefined;
  query: string;
  error: ApiError | null;
  /** A search for what is typed now has not answered yet. */
  pending: boolean;
}

/**
 * The greet box's search as you type. Every keystroke's search is sent from the keystroke itself,
 * before the box is drawn again, with the next sequence number; a reply is shown only if it
 * answers a later keystroke than the one shown, so a slow reply to an old prefix never replaces
 * the results of what is typed now. (Not the query cache: it orders replies by their key, and
 * going back to a cached prefix must not count as old.)
 */
export function useGreetSearch(limit: number): GreetSearch {
  const sent = useRef(0);
  const asked = useRef('');
  const [text, setText] = useState('');
  const [shown, setShown] = useState<{
    sequence: number;
    query: string;
    data?: ReceptionSearchResult;
    error?: ApiError;
  }>({ sequence: 0, query: '' });
  const [latest, setLatest] = useState(0);
  // The first keys (too few to search) are answered here; the fourth should find the socket open.
  useEffect(() => warmLiveSocket(), []);

  const type = useCallback(
    (value: string) => {
      setText(value);
      const query = value.trim();
      if (query === asked.current) return;
      asked.current = query;
      const sequence = (sent.current += 1);
      setLatest(sequence);
      if (query === '') {
        setShown({ sequence, query });
        return;
      }
      // What the core would answer without looking (`13`): shown with the keystroke, not asked.
      if (greetEntryFindsNothing(query)) {
        setShown({
          sequence,
          query,
          data: { sequence, hint: 'too-few-digits', customers: [], devices: [], tickets: [] },
        });
        return;
      }
      // Drawn at once rather than at React's next turn: the reply is what the person is waiting for.
      const show = (answered: number, reply: { data?: ReceptionSearchResult; error?: ApiError }) =>
        flushSync(() =>
          setShown((current) => (current.sequence > answered ? current : { sequence: answered, query, ...reply })),
        );
      request('reception-search', { query, limit, sequence }).then(
        (data) => show(data.sequence, { data }),
        (error: unknown) =>
          show(sequence, {
            error:
              error instanceof ApiError
                ? error
                : new ApiError({ code: 'internal', key: 'errors.network', message: String(error) }),
          }),
      );
    },
    [limit],
  );

  return {
    text,
    type,
    data: shown.data,
    query: shown.query,
    error: shown.error ?? null,
    pending: shown.sequence < latest,
  };
}

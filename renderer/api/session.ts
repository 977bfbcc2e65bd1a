import type { QueryClient } from '@tanstack/react-query';
import type { HandlerName, SessionInfo } from '../../shared/contract';
import { queryKey } from './hooks';
import { restartLiveSocket } from './transport';

/** What the app knows before anyone signs in: kept across sessions. */
const sessionless: readonly HandlerName[] = ['app-info', 'session-current'];

/**
 * Takes up a new session (signed in, switched or signed out). The app shows it at once, and
 * nothing the last person loaded is kept or asked for again: the screens that stay mounted fetch
 * what they need as the new person, and a screen the new person may not see is gone before it asks.
 */
export function adoptSession(queryClient: QueryClient, session: SessionInfo): void {
  restartLiveSocket();
  queryClient.setQueryData(queryKey('session-current', {}), session);
  queryClient.removeQueries({
    predicate: (query) => !sessionless.includes(query.queryKey[0] as HandlerName),
  });
}

import { useSyncExternalStore } from 'react';

/** The sections of the left navigation, in order (Alt+1 … Alt+7). */
export const sections = ['reception', 'pickup', 'tickets', 'workbench', 'customers', 'reports', 'settings'] as const;
export type Section = (typeof sections)[number];

export type Route =
  | { section: Exclude<Section, 'customers' | 'tickets' | 'workbench' | 'pickup'> }
  | { section: 'customers'; customerId: number | null }
  | { section: 'tickets' | 'workbench' | 'pickup'; ticketId: number | null };

function recordId(id: string | undefined): number | null {
  return id && /^\d+$/u.test(id) ? Number(id) : null;
}

/** Reads `#/customers/12` and `#/tickets/7`-style locations; anything unknown is the reception desk. */
export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/u, '').split('/');
  if (section === 'customers') return { section, customerId: recordId(id) };
  if (section === 'tickets' || section === 'workbench' || section === 'pickup')
    return { section, ticketId: recordId(id) };
  if (section === 'reports' || section === 'settings') return { section };
  return { section: 'reception' };
}

export function routeHref(route: Route): string {
  if (route.section === 'customers' && route.customerId !== null) return `#/customers/${route.customerId}`;
  if (
    (route.section === 'tickets' || route.section === 'workbench' || route.section === 'pickup') &&
    route.ticketId !== null
  )
    return `#/${route.section}/${route.ticketId}`;
  return `#/${route.section}`;
}

/** A section's own page: the list, for sections that have one. */
export function sectionRoute(section: Section): Route {
  if (section === 'customers') return { section, customerId: null };
  if (section === 'tickets' || section === 'workbench' || section === 'pickup') return { section, ticketId: null };
  return { section };
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, following the address bar (so reloads and Back work). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

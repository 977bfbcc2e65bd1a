import { useSyncExternalStore } from 'react';

/** The sections of the left navigation, in order (Alt+1 … Alt+5). */
export const sections = ['reception', 'tickets', 'customers', 'reports', 'settings'] as const;
export type Section = (typeof sections)[number];

export type Route = { section: Exclude<Section, 'customers'> } | { section: 'customers'; customerId: number | null };

/** Reads `#/customers/12`-style locations; anything unknown is the reception desk. */
export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/u, '').split('/');
  if (section === 'customers') {
    const customerId = id && /^\d+$/u.test(id) ? Number(id) : null;
    return { section, customerId };
  }
  if (section === 'tickets' || section === 'reports' || section === 'settings') return { section };
  return { section: 'reception' };
}

export function routeHref(route: Route): string {
  if (route.section === 'customers' && route.customerId !== null) return `#/customers/${route.customerId}`;
  return `#/${route.section}`;
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

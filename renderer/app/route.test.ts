import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { section: 'reception' }],
    ['#/', { section: 'reception' }],
    ['#/tickets', { section: 'tickets' }],
    ['#/reports', { section: 'reports' }],
    ['#/settings', { section: 'settings' }],
    ['#/customers', { section: 'customers', customerId: null }],
    ['#/customers/42', { section: 'customers', customerId: 42 }],
    ['#/customers/42abc', { section: 'customers', customerId: null }],
    ['#/nowhere', { section: 'reception' }],
  ])('%s → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route through its address', () => {
    const routes: Route[] = [
      { section: 'tickets' },
      { section: 'customers', customerId: 7 },
      { section: 'customers', customerId: null },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

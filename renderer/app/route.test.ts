import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, sectionRoute, sections, type Route } from './route';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { section: 'reception' }],
    ['#/', { section: 'reception' }],
    ['#/tickets', { section: 'tickets', ticketId: null }],
    ['#/tickets/12', { section: 'tickets', ticketId: 12 }],
    ['#/tickets/x12', { section: 'tickets', ticketId: null }],
    ['#/workbench', { section: 'workbench', ticketId: null }],
    ['#/workbench/7', { section: 'workbench', ticketId: 7 }],
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
      { section: 'reception' },
      { section: 'tickets', ticketId: null },
      { section: 'tickets', ticketId: 12 },
      { section: 'workbench', ticketId: 12 },
      { section: 'customers', customerId: 7 },
      { section: 'customers', customerId: null },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('opens every section on its own page', () => {
    for (const section of sections) expect(parseRoute(routeHref(sectionRoute(section))).section).toBe(section);
    expect(sectionRoute('tickets')).toEqual({ section: 'tickets', ticketId: null });
  });
});

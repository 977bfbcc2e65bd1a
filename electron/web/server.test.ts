import { createHash } from 'node:crypto';
import { escapeHtml } from '../core/print/html';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestCore, type TestCore } from '../../test/fixtures/core';
import { repairIntake } from '../../test/fixtures/sample-intakes';
import { createWebServer, isTrustedHost, SESSION_COOKIE, SESSION_IDLE_MS } from './server';

let core: TestCore;
let app: FastifyInstance;
let clock = Date.parse('2026-11-25T09:00:00Z');
beforeEach(async () => {
  core = await openTestCore();
  app = await createWebServer({ router: core.router, staticDir: null, now: () => clock });
});
afterEach(async () => {
  await app.close();
  core.dispose();
});

const setup = {
  language: 'en',
  shop: { name: 'Shop', address: '', phone: '', hours: '' },
  admin: { name: 'Ada', pin: '1234' },
};

function post(name: string, body: unknown, cookie?: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/api/${name}`,
    payload: body as object,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
}

function sessionCookie(response: Awaited<ReturnType<typeof post>>): string {
  const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

describe('browser mode HTTP adapter', () => {
  it('answers public handlers without a session and refuses the rest with 401', async () => {
    expect((await post('app-info', {})).json()).toMatchObject({ ok: true, value: { needsSetup: true } });
    const refused = await post('customers-list', {});
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('issues an HttpOnly, SameSite=Strict session cookie on setup and sign-in, and drops it on sign-out', async () => {
    const created = await post('setup-complete', setup);
    expect(created.statusCode).toBe(200);
    const cookie = created.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const auth = sessionCookie(created);
    expect((await post('customers-list', {}, auth)).json()).toMatchObject({ ok: true, value: { total: 0 } });

    const signedOut = await post('session-sign-out', {}, auth);
    expect(signedOut.cookies.find((candidate) => candidate.name === SESSION_COOKIE)?.value).toBe('');
    expect((await post('customers-list', {}, auth)).statusCode).toBe(401);

    const signedIn = await post('session-sign-in', { staffId: 1, pin: '1234' });
    expect((await post('customers-list', {}, sessionCookie(signedIn))).statusCode).toBe(200);
  });

  it('maps error codes to HTTP statuses and keeps the error value in the body', async () => {
    const auth = sessionCookie(await post('setup-complete', setup));
    const invalid = await post('customers-create', { name: '', phone: '1' }, auth);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { phone: { key: 'validation.phone' } } },
    });
    expect((await post('no-such-handler', {}, auth)).statusCode).toBe(404);
    expect((await post('session-sign-in', { staffId: 1, pin: '0000' })).statusCode).toBe(400);
  });

  it('refuses cross-origin calls and non-JSON bodies', async () => {
    const auth = sessionCookie(await post('setup-complete', setup));
    const crossOrigin = await post('customers-list', {}, auth, { origin: 'http://evil.example' });
    expect(crossOrigin.statusCode).toBe(403);
    const form = await app.inject({
      method: 'POST',
      url: '/api/customers-list',
      payload: 'a=b',
      headers: { cookie: auth, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(415);
  });

  it('sends a Content-Security-Policy and other hardening headers', async () => {
    const response = await post('app-info', {});
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses a page whose domain was re-pointed at this computer (DNS rebinding)', async () => {
    const rebound = await post('setup-complete', setup, undefined, {
      host: 'evil.example:5780',
      origin: 'http://evil.example:5780',
    });
    expect(rebound.statusCode).toBe(421);
    expect((await post('app-info', {})).json()).toMatchObject({ value: { needsSetup: true } });
  });

  it('gives a new session token when another staff member takes the counter, and forgets idle sessions', async () => {
    const first = sessionCookie(await post('setup-complete', setup));
    const rita = await post('staff-create', { name: 'Rita', role: 'reception', pin: '2468' }, first);
    const ritaId = (rita.json() as { value: { id: number } }).value.id;
    const switched = await post('session-sign-in', { staffId: ritaId, pin: '2468' }, first);
    expect(switched.statusCode).toBe(200);
    const second = sessionCookie(switched);
    expect(second).not.toBe(first);
    expect((await post('customers-list', {}, first)).statusCode).toBe(401);
    expect((await post('customers-list', {}, second)).statusCode).toBe(200);

    clock += SESSION_IDLE_MS + 1;
    expect((await post('customers-list', {}, second)).statusCode).toBe(401);
  });
});

describe('printed documents over HTTP', () => {
  async function withTicket() {
    const auth = sessionCookie(await post('setup-complete', setup));
    const customer = (await post('customers-create', { name: '王芳', phone: '13812345678' }, auth)).json();
    const ticket = (await post('intake-save', repairIntake(customer.value.id), auth)).json();
    return { auth, number: ticket.value.number as string };
  }

  const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('serves a ticket’s document as HTML at a stable address, in the language and on the paper asked for', async () => {
    const { auth, number } = await withTicket();
    const receipt = await get(`/documents/receipt/${number}?lang=en&paper=roll-58`, auth);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toMatch(/^text\/html/u);
    // A roll sizes its own page (58 mm wide, as tall as the receipt) with the one script it may run.
    const script = /<script>(.*)<\/script><\/body>/u.exec(receipt.body)?.[1] ?? '';
    expect(script).toContain("'@page { size: 58mm ' + height + 'px; margin: 0; }'");
    expect(receipt.headers['content-security-policy']).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`,
    );
    expect(receipt.body).toContain(`content="${escapeHtml(receipt.headers['content-security-policy'] as string)}"`);
    expect(receipt.headers['cache-control']).toBe('no-store');
    expect(receipt.body).toContain(number);
    expect(receipt.body).toContain('Service receipt');
    expect(receipt.body).toContain('paper-roll-58');
    expect(receipt.body).toContain('138****5678');
    expect(receipt.body).not.toContain('13812345678');

    // Typed without the dash, in Chinese by default.
    const workOrder = await get(`/documents/work-order/${number.replace('-', '')}`, auth);
    expect(workOrder.statusCode).toBe(200);
    expect(workOrder.body).toContain('派工单');
    // A sheet paper names its size in CSS and needs no script.
    expect(workOrder.body).toContain('@page { size: A4;');
    expect(workOrder.body).not.toContain('<script');
    expect(workOrder.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
  });

  it('refuses without a session, and answers bad requests with the error value', async () => {
    const { auth, number } = await withTicket();
    expect((await get(`/documents/receipt/${number}`)).statusCode).toBe(401);
    expect((await get(`/documents/receipt/20991231-0001`, auth)).statusCode).toBe(404);
    const wrongPaper = await get(`/documents/receipt/${number}?paper=a4`, auth);
    expect(wrongPaper.statusCode).toBe(400);
    expect(wrongPaper.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await get(`/documents/invoice/${number}`, auth)).statusCode).toBe(400);
    expect((await get(`/documents/receipt/${number}?lang=fr`, auth)).statusCode).toBe(400);
  });
});

describe('isTrustedHost', () => {
  it.each([
    ['127.0.0.1:5780', true],
    ['localhost:5780', true],
    ['[::1]:5780', true],
    ['192.168.1.20:5780', true],
    ['localhost', true],
    ['evil.example:5780', false],
    ['127.0.0.1.nip.io:5780', false],
    ['localhost.evil.example', false],
    [undefined, false],
  ])('%s → %s', (host, trusted) => {
    expect(isTrustedHost(host)).toBe(trusted);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestCore, type TestCore } from '../../test/fixtures/core';
import { createWebServer, isLoopbackAddress, LanNotAllowedError, startWebServer } from './server';

/** Browser mode reached from another computer on the network, as an attacker would try it. */
let core: TestCore;
let app: FastifyInstance;
beforeEach(async () => {
  core = await openTestCore();
  app = await createWebServer({ router: core.router, staticDir: null });
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

const post = (name: string, body: unknown, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'POST', url: `/api/${name}`, payload: body as object, remoteAddress });

describe('browser mode on a network', () => {
  it('tells loopback addresses from the rest', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', '::ffff:127.0.0.1', 'localhost'])
      expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of ['0.0.0.0', '192.168.1.20', '::', '::ffff:10.0.0.1', '128.0.0.1', 'fe80::1'])
      expect(isLoopbackAddress(address), address).toBe(false);
  });

  it('refuses to listen beyond loopback without allowLan, and listens with it', async () => {
    await expect(startWebServer({ router: core.router, staticDir: null, host: '0.0.0.0', port: 0 })).rejects.toThrow(
      LanNotAllowedError,
    );
    const server = await startWebServer({ router: core.router, staticDir: null, host: '0.0.0.0', allowLan: true });
    expect(server.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/u);
    await server.close();
  });

  it('accepts setup from this computer only; a refused setup creates nobody', async () => {
    const remote = await post('setup-complete', setup, '192.168.1.50');
    expect(remote.statusCode).toBe(403);
    expect(remote.json()).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.setupLocalOnly' } });
    expect((await post('app-info', {}, '192.168.1.50')).json()).toMatchObject({ value: { needsSetup: true } });
    expect(core.core.db.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
    expect((await post('setup-complete', setup, '::1')).statusCode).toBe(200);
  });

  it('answers a repeated setup with "already set up" before hashing the PIN', async () => {
    expect((await post('setup-complete', setup)).statusCode).toBe(200);
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect((await post('setup-complete', setup)).statusCode).toBe(409);
    // A PIN hash takes tens of milliseconds by design; twenty refusals without one take a few.
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('locks out a computer flooding wrong PINs, not the administrator at the counter', async () => {
    expect((await post('setup-complete', setup)).statusCode).toBe(200);
    const adminId = (core.core.db.prepare("SELECT id FROM staff WHERE role = 'admin'").get() as { id: number }).id;
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = (await post('session-sign-in', { staffId: adminId, pin: '9999' }, '192.168.1.66')).json();
      codes.push(`${answer.error.code}:${answer.error.key}`);
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('validation:errors.wrongPin'));
    expect(codes.slice(4)).toEqual(Array(8).fill('locked:errors.sourceLocked'));
    // Even the right PIN is refused from the flooding computer while its lock lasts.
    expect((await post('session-sign-in', { staffId: adminId, pin: '1234' }, '192.168.1.66')).statusCode).toBe(423);
    // The administrator signs in at the counter and from another computer.
    expect((await post('session-sign-in', { staffId: adminId, pin: '1234' })).statusCode).toBe(200);
    expect((await post('session-sign-in', { staffId: adminId, pin: '1234' }, '192.168.1.7')).statusCode).toBe(200);
    const account = core.core.db.prepare('SELECT failed_attempts, locked_until FROM staff WHERE id = ?').get(adminId);
    expect(account).toEqual({ failed_attempts: 0, locked_until: null });
    // Each guess is in the audit log with where it came from.
    const audited = core.core.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action IN ('staff.sign-in-failed', 'staff.source-locked')")
      .get();
    expect(audited).toEqual({ n: 5 });
  });
});

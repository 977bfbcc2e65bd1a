import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { LiveReply } from '../../shared/contract';
import { openTestCore, type TestCore } from '../../test/fixtures/core';
import { LIVE_SOCKET_PATH } from './live-socket';
import { createWebServer, SESSION_COOKIE, SESSION_IDLE_MS } from './server';

let core: TestCore;
let app: FastifyInstance;
let port: number;
let clock = Date.parse('2026-11-25T09:00:00Z');
const sockets: WebSocket[] = [];
beforeEach(async () => {
  core = await openTestCore();
  app = await createWebServer({ router: core.router, staticDir: null, now: () => clock });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as { port: number }).port;
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await app.close();
  core.dispose();
});

const host = '127.0.0.1:5780';

async function signedIn(): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/setup-complete',
    headers: { host },
    payload: {
      language: 'en',
      shop: { name: 'Shop', address: '', phone: '', hours: '' },
      admin: { name: 'Ada', pin: '1234' },
    },
  });
  const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  const auth = `${cookie.name}=${cookie.value}`;
  await app.inject({
    method: 'POST',
    url: '/api/customers-create',
    headers: { host, cookie: auth },
    payload: { name: '王芳', phone: '13812345678' },
  });
  return auth;
}

/** Opens the socket over the network as a page on this server would, with these headers changed. */
function open(headers: Record<string, string>): Promise<WebSocket> {
  const address = `127.0.0.1:${port}`;
  const socket = new WebSocket(`ws://${address}${LIVE_SOCKET_PATH}`, {
    headers: { host: address, origin: `http://${address}`, ...headers },
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`refused with ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

/** Sends calls one after another without waiting, then collects as many replies. */
function exchangeAll(socket: WebSocket, messages: string[]): Promise<LiveReply[]> {
  return new Promise((resolve) => {
    const replies: LiveReply[] = [];
    const onMessage = (data: unknown) => {
      replies.push(JSON.parse(String(data)) as LiveReply);
      if (replies.length < messages.length) return;
      socket.off('message', onMessage);
      resolve(replies);
    };
    socket.on('message', onMessage);
    for (const message of messages) socket.send(message);
  });
}

/** Sends raw text and waits for the next reply. */
function exchange(socket: WebSocket, message: string): Promise<LiveReply> {
  return new Promise((resolve) => {
    socket.once('message', (data) => resolve(JSON.parse(String(data)) as LiveReply));
    socket.send(message);
  });
}

const search = (id: number, query: string) =>
  JSON.stringify({ id, name: 'reception-search', input: { query, sequence: id } });

describe('browser mode live socket', () => {
  it('answers searches typed key by key with the signed-in session, each with its call’s number', async () => {
    const socket = await open({ cookie: await signedIn() });
    const replies = await exchangeAll(
      socket,
      ['1', '13', '138', '5678'].map((query, index) => search(index + 1, query)),
    );
    // Answered in the order asked.
    expect(replies.map((reply) => reply.id)).toEqual([1, 2, 3, 4]);
    expect(replies[3]).toMatchObject({ result: { ok: true, value: { customers: [{ name: '王芳' }] } } });
    expect(
      await exchange(socket, JSON.stringify({ id: 9, name: 'customers-search', input: { query: '王' } })),
    ).toMatchObject({
      id: 9,
      result: { ok: true, value: { rows: [{ name: '王芳' }] } },
    });
  });

  it('refuses a socket from another origin or host name, and answers no one without a session', async () => {
    await expect(open({ origin: 'http://evil.example' })).rejects.toThrow(/403/u);
    await expect(open({ host: 'evil.example:5780', origin: 'http://evil.example:5780' })).rejects.toThrow(/421/u);
    const anonymous = await open({});
    expect(await exchange(anonymous, search(1, '5678'))).toMatchObject({
      id: 1,
      result: { ok: false, error: { code: 'unauthenticated' } },
    });
  });

  it('carries only the searches: anything else, and anything that is not a call, is refused and changes nothing', async () => {
    const socket = await open({ cookie: await signedIn() });
    const create = JSON.stringify({ id: 1, name: 'customers-create', input: { name: '李雷', phone: '13900000000' } });
    expect(await exchange(socket, create)).toMatchObject({
      id: 1,
      result: { ok: false, error: { code: 'unknown-handler' } },
    });
    for (const junk of ['not json', '{"id":-1,"name":"reception-search","input":{}}', '[]', '{"name":"x"}']) {
      expect(await exchange(socket, junk)).toMatchObject({
        id: null,
        result: { ok: false, error: { code: 'validation' } },
      });
    }
    expect(
      await exchange(socket, JSON.stringify({ id: 2, name: 'reception-search', input: { query: 7 } })),
    ).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'validation' } },
    });
    expect(await exchange(socket, search(3, '李雷'))).toMatchObject({ result: { ok: true, value: { customers: [] } } });
  });

  it('follows its cookie’s session: signed out or idle, its calls are refused', async () => {
    const auth = await signedIn();
    const socket = await open({ cookie: auth });
    expect(await exchange(socket, search(1, '5678'))).toMatchObject({ result: { ok: true } });
    clock += SESSION_IDLE_MS + 1;
    expect(await exchange(socket, search(2, '5678'))).toMatchObject({
      result: { ok: false, error: { code: 'unauthenticated' } },
    });

    const signIn = await app.inject({
      method: 'POST',
      url: '/api/session-sign-in',
      headers: { host },
      payload: { staffId: 1, pin: '1234' },
    });
    const cookie = `${SESSION_COOKIE}=${signIn.cookies.find((candidate) => candidate.name === SESSION_COOKIE)?.value}`;
    const fresh = await open({ cookie });
    expect(await exchange(fresh, search(1, '5678'))).toMatchObject({ result: { ok: true } });
    await app.inject({ method: 'POST', url: '/api/session-sign-out', headers: { host, cookie }, payload: {} });
    expect(await exchange(fresh, search(2, '5678'))).toMatchObject({
      result: { ok: false, error: { code: 'unauthenticated' } },
    });
  });
});

import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { isLiveHandler, type ErrorCode, type RenderedDocument } from '../../shared/contract';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import type { Router, Session } from '../core';
import { standaloneDocument } from '../core/print/standalone';
import { refusedOnSocket, registerLiveSocket } from './live-socket';

export const SESSION_COOKIE = 'frontdesk_session';
/** A browser session unused this long is forgotten: the counter PC may be left signed in overnight. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

/**
 * Is this Host header one a page on this computer (or, with `--host`, the local network) would
 * send? Only IP addresses and `localhost`: a web page whose domain was re-pointed at 127.0.0.1
 * (DNS rebinding) sends its own domain name and is refused.
 */
export function isTrustedHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/u, '');
  if (name === 'localhost') return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/u.test(name)) return true;
  return /^\[[0-9a-f:.]+\]$/iu.test(name);
}

/**
 * Did this request come from one of our own pages? Browsers name the page's origin on every
 * cross-origin call and on every WebSocket; a request without one (curl, the CLI) has no cookie
 * to abuse.
 */
function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  // Only the host is compared: this server speaks plain HTTP, so a page on its host and port is ours.
  return URL.canParse(origin) && new URL(origin).host === request.host;
}

/** Is this an address of this computer itself (127.0.0.0/8, ::1, IPv4-mapped loopback, `localhost`)? */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/gu, '').toLowerCase();
  if (plain === 'localhost' || plain === '::1') return true;
  const v4 = plain.startsWith('::ffff:') ? plain.slice('::ffff:'.length) : plain;
  return /^127(\.\d{1,3}){3}$/u.test(v4);
}

/** Thrown by startWebServer for an address other than loopback without `allowLan`. */
export class LanNotAllowedError extends Error {
  constructor(host: string) {
    super(
      `Refusing to listen on ${host}: browser mode speaks plain HTTP, so any computer on the network could reach it. ` +
        'Pass --allow-lan to do it anyway.',
    );
  }
}

const refusal = (message: string) => ({
  ok: false,
  error: { code: 'forbidden', key: 'errors.forbidden', message },
});

export interface WebServerOptions {
  router: Router;
  /** The built renderer (out/renderer); null serves the API alone (tests). */
  staticDir: string | null;
  host?: string;
  /** Listening on anything but loopback must be asked for: plain HTTP on a network. */
  allowLan?: boolean;
  port?: number;
  /** The clock for session expiry (tests). */
  now?: () => number;
}

export interface WebServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Documents fetched without `?lang=` come in Chinese, the counter's language. */
const defaultDocumentLanguage = 'zh-CN';

const statusByCode: Record<ErrorCode, number> = {
  validation: 400,
  'unknown-handler': 404,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  locked: 423,
  'storage-full': 507,
  'storage-readonly': 503,
  busy: 503,
  'database-damaged': 500,
  internal: 500,
};

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Browser mode's HTTP adapter: `POST /api/<handler>` with a JSON body reaches the same router
 * as Electron's IPC. Sessions live in memory behind an HttpOnly, SameSite=Strict cookie; the
 * router itself refuses every non-public handler without a signed-in session.
 */
export async function createWebServer(options: WebServerOptions): Promise<FastifyInstance> {
  const sessions = new Map<string, { session: Session; lastSeen: number }>();
  const now = options.now ?? (() => Date.now());
  // On shutdown, close open keep-alive connections too instead of waiting out their timeout.
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true });
  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });

  app.addHook('onSend', async (_request, reply) => {
    // A printed document keeps its own, stricter policy (no scripts at all).
    const own = reply.getHeader('content-security-policy');
    reply.headers(securityHeaders);
    if (own !== undefined) reply.header('content-security-policy', own);
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!isTrustedHost(request.headers.host)) return reply.code(421).send(refusal('Unknown host name refused'));
  });

  /** The session behind a cookie's token, forgotten once it has been idle too long. */
  const storedSession = (token: string | undefined) => {
    const stored = token ? sessions.get(token) : undefined;
    if (stored && token && now() - stored.lastSeen > SESSION_IDLE_MS) {
      sessions.delete(token);
      return undefined;
    }
    return stored;
  };

  /**
   * Runs a handler as the session behind a cookie's token, and keeps the session store in step:
   * used, it stays alive; changed (signed out, or its member of staff gone), the old token ends.
   */
  const dispatchFor = async (request: FastifyRequest, token: string | undefined, name: string, input: unknown) => {
    const stored = storedSession(token);
    const session: Session = stored?.session ?? { staffId: null };
    // From the socket, never a header: X-Forwarded-For is whatever the sender wants it to be.
    const address = request.socket.remoteAddress ?? '';
    session.source = { address, loopback: isLoopbackAddress(address) };
    const before = session.staffId;
    const result = await options.router.dispatch(name, input, session);
    if (token && stored) {
      if (session.staffId === before) stored.lastSeen = now();
      else sessions.delete(token);
    }
    return { result, session, changed: session.staffId !== before };
  };

  app.post<{ Params: { name: string } }>('/api/:name', async (request, reply) => {
    // A page from another origin must not drive the API with our cookie.
    if (!isSameOrigin(request)) return reply.code(403).send(refusal('Cross-origin request refused'));
    const token = request.cookies[SESSION_COOKIE];
    const { result, session, changed } = await dispatchFor(request, token, request.params.name, request.body ?? {});
    if (session.staffId !== null && changed) {
      // A new token whenever someone else takes the counter, so an old token never carries over.
      const newToken = randomBytes(32).toString('base64url');
      sessions.set(newToken, { session, lastSeen: now() });
      void reply.setCookie(SESSION_COOKIE, newToken, { httpOnly: true, sameSite: 'strict', path: '/' });
    } else if (session.staffId === null && token) {
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    return reply.code(result.ok ? 200 : statusByCode[result.error.code]).send(result);
  });

  registerLiveSocket(app, {
    isSameOrigin,
    answer: async (opened, name, input) =>
      isLiveHandler(name)
        ? (await dispatchFor(opened, opened.cookies[SESSION_COOKIE], name, input)).result
        : refusedOnSocket(name),
  });

  /**
   * A printed document as HTML, exactly as the printer gets it, at a stable address:
   * `/documents/receipt/20261125-0007?lang=en&paper=roll-58`, and the daily log of a day or from
   * one day to another: `/documents/day-log/2026-12-01?to=2026-12-07`. For checking a layout, or
   * printing from any browser. The same session cookie and roles as the API.
   */
  app.get<{
    Params: { document: string; ticket: string };
    Querystring: { lang?: string; paper?: string; to?: string };
  }>('/documents/:document/:ticket', async (request, reply) => {
    const stored = storedSession(request.cookies[SESSION_COOKIE]);
    const session: Session = stored?.session ?? { staffId: null };
    const address = request.socket.remoteAddress ?? '';
    session.source = { address, loopback: isLoopbackAddress(address) };
    const language = request.query.lang ?? defaultDocumentLanguage;
    const paper = request.query.paper ?? null;
    let ticketId: number | null = null;
    let period: { from: string; to: string } | null = null;
    if (request.params.document === 'day-log')
      period = { from: request.params.ticket, to: request.query.to ?? request.params.ticket };
    else if (request.params.document !== 'test-page') {
      const found = await options.router.dispatch('tickets-find-by-number', { number: request.params.ticket }, session);
      if (!found.ok) return reply.code(statusByCode[found.error.code]).send(found);
      ticketId = (found.value as { id: number }).id;
    }
    const rendered = await options.router.dispatch(
      'print-render',
      { document: request.params.document, ticketId, period, language, paper },
      session,
    );
    if (!rendered.ok) return reply.code(statusByCode[rendered.error.code]).send(rendered);
    if (stored) stored.lastSeen = now();
    const { html, paper: printedOn } = rendered.value as RenderedDocument;
    const standalone = standaloneDocument(html, printedOn);
    return reply
      .header('content-security-policy', standalone.securityPolicy)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(standalone.html);
  });

  if (options.staticDir) {
    await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html', wildcard: false });
    // The renderer is a single page: unknown paths (not /api) get it, so a reload keeps working.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/documents/'))
        return reply.sendFile('index.html');
      return reply
        .code(404)
        .send({ ok: false, error: { code: 'unknown-handler', key: 'errors.unknown-handler', message: 'Not found' } });
    });
  }
  return app;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host) && !options.allowLan) throw new LanNotAllowedError(host);
  const app = await createWebServer(options);
  await app.listen({ host, port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}`, app, close: () => app.close() };
}

import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ErrorCode, Result } from '../../shared/contract';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import type { Router, Session } from '../core';

export const SESSION_COOKIE = 'frontdesk_session';

export interface WebServerOptions {
  router: Router;
  /** The built renderer (out/renderer); null serves the API alone (tests). */
  staticDir: string | null;
  host?: string;
  port?: number;
}

export interface WebServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

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
  const sessions = new Map<string, Session>();
  // On shutdown, close open keep-alive connections too instead of waiting out their timeout.
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true });
  await app.register(fastifyCookie);

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders);
  });

  app.post<{ Params: { name: string } }>('/api/:name', async (request, reply) => {
    // A page from another origin must not drive the API with our cookie.
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
      return reply.code(403).send({
        ok: false,
        error: { code: 'forbidden', key: 'errors.forbidden', message: 'Cross-origin request refused' },
      });
    }
    const token = request.cookies[SESSION_COOKIE];
    const stored = token ? sessions.get(token) : undefined;
    const session: Session = stored ?? { staffId: null };
    const result: Result<unknown> = await options.router.dispatch(request.params.name, request.body ?? {}, session);

    if (session.staffId !== null && !stored) {
      const newToken = randomBytes(32).toString('base64url');
      sessions.set(newToken, session);
      void reply.setCookie(SESSION_COOKIE, newToken, { httpOnly: true, sameSite: 'strict', path: '/' });
    } else if (session.staffId === null && stored && token) {
      sessions.delete(token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    return reply.code(result.ok ? 200 : statusByCode[result.error.code]).send(result);
  });

  if (options.staticDir) {
    await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html', wildcard: false });
    // The renderer is a single page: unknown paths (not /api) get it, so a reload keeps working.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply
        .code(404)
        .send({ ok: false, error: { code: 'unknown-handler', key: 'errors.unknown-handler', message: 'Not found' } });
    });
  }
  return app;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const app = await createWebServer(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}`, app, close: () => app.close() };
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import type { LiveReply, Result } from '../../shared/contract';

export const LIVE_SOCKET_PATH = '/api/live';

export interface LiveSocketOptions {
  isSameOrigin(request: FastifyRequest): boolean;
  /**
   * Answers one call as the session behind the cookie the socket was opened with (`opened` is
   * the opening request), looked up afresh for each call: once that session signs out or goes
   * idle, the socket's calls are refused like any request with that cookie.
   */
  answer(opened: FastifyRequest, name: string, input: unknown): Promise<Result<unknown>>;
}

const liveCall = z.object({
  id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  name: z.string().max(100),
  input: z.unknown(),
});

/** A call the socket does not carry: it goes over HTTP like every other. */
export function refusedOnSocket(name: string): Result<never> {
  return {
    ok: false,
    error: {
      code: 'unknown-handler',
      key: 'errors.unknown-handler',
      message: `${name} is not answered on this socket`,
    },
  };
}

const notACall: LiveReply = {
  id: null,
  result: {
    ok: false,
    error: { code: 'validation', key: 'errors.validation', message: 'Expected {"id", "name", "input"} as JSON text' },
  },
};

function readCall(data: RawData, isBinary: boolean): z.infer<typeof liveCall> | null {
  if (isBinary) return null;
  try {
    const parsed = liveCall.safeParse(JSON.parse(String(data)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Browser mode's live socket: the searches typed key by key (`liveHandlers`) as JSON messages on
 * one WebSocket, each answered with its call's number. The socket opens only from our own pages
 * (Host and Origin checked as for HTTP); its calls run through the same router with the same
 * cookie session. Calls are answered in the order they came.
 */
export function registerLiveSocket(app: FastifyInstance, options: LiveSocketOptions): void {
  app.get(
    LIVE_SOCKET_PATH,
    {
      websocket: true,
      onRequest: async (request, reply) => {
        if (!options.isSameOrigin(request)) {
          return reply.code(403).send({
            ok: false,
            error: { code: 'forbidden', key: 'errors.forbidden', message: 'Cross-origin socket refused' },
          });
        }
      },
    },
    (socket: WebSocket, request) => {
      // A broken frame ends this socket; the page opens another or goes back to HTTP.
      socket.on('error', () => socket.terminate());
      let queue = Promise.resolve();
      socket.on('message', (data, isBinary) => {
        queue = queue.then(async () => {
          const call = readCall(data, isBinary);
          const reply: LiveReply = call
            ? { id: call.id, result: await options.answer(request, call.name, call.input) }
            : notACall;
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
        });
      });
    },
  );
}

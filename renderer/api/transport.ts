import {
  isLiveHandler,
  type Api,
  type HandlerName,
  type InputOf,
  type OutputOf,
  type Result,
} from '../../shared/contract';
import { LiveSocket } from './live-socket';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's named functions. Absent in browser mode. */
    api?: Api;
  }
}

type Call = <N extends HandlerName>(name: N, input: InputOf<N>) => Promise<Result<OutputOf<N>>>;

const viaPreload: Call = (name, input) => {
  const api = window.api as Api;
  const handler = api[name] as (input: unknown) => Promise<Result<OutputOf<typeof name>>>;
  return handler(input);
};

/** Browser mode: the same handlers over HTTP, with the session cookie. */
const viaHttp: Call = async (name, input) => {
  try {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    return (await response.json()) as Result<OutputOf<typeof name>>;
  } catch {
    return { ok: false, error: { code: 'internal', key: 'errors.network', message: 'FrontDesk cannot be reached' } };
  }
};

/**
 * Browser mode's searches as you type: over the live socket when it is open, else over HTTP. A
 * socket whose session has ended (signed out, or someone else signed in) is closed and the call
 * asked again over HTTP, with the cookie as it is now.
 */
export function overLiveSocket(live: LiveSocket, http: Call): Call {
  return async (name, input) => {
    const answer = live.call(name, input);
    const result = answer ? await answer : null;
    if (result?.ok === false && result.error.code === 'unauthenticated') live.reset();
    else if (result) return result as Result<OutputOf<typeof name>>;
    return http(name, input);
  };
}

const live = new LiveSocket(
  () => new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`),
);
const viaLiveSocket = overLiveSocket(live, viaHttp);

/**
 * A new session was taken up: in browser mode the live socket is opened again at once, with the
 * new session's cookie, so the first search typed already goes over it.
 */
export function restartLiveSocket(): void {
  if (window.api) return;
  live.reset();
  live.warm();
}

/** A search box has appeared: in browser mode its first search should find the live socket open. */
export function warmLiveSocket(): void {
  if (!window.api) live.warm();
}

/** Calls a core handler through whichever transport this window has. */
export const call: Call = (name, input) => {
  if (window.api) return viaPreload(name, input);
  live.warm();
  return isLiveHandler(name) ? viaLiveSocket(name, input) : viaHttp(name, input);
};

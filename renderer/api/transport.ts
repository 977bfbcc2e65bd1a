import type { Api, HandlerName, InputOf, OutputOf, Result } from '../../shared/contract';

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

/** Calls a core handler through whichever transport this window has. */
export const call: Call = (name, input) => (window.api ? viaPreload(name, input) : viaHttp(name, input));

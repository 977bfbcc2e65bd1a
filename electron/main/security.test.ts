import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import { isAppUrl, lockDownSession, lockDownWebContents } from './security';

const appFile = 'file:///opt/FrontDesk/resources/app/out/renderer/index.html';

describe('isAppUrl', () => {
  it.each([
    [appFile, appFile, true],
    [`${appFile}#/customers/3`, appFile, true],
    ['file:///etc/passwd', appFile, false],
    ['https://example.com/', appFile, false],
    ['http://localhost:5173/#/reception', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['not a url', appFile, false],
  ])('%s against %s → %s', (url, app, expected) => {
    expect(isAppUrl(url, app)).toBe(expected);
  });
});

/** A web contents that records the listeners the lockdown installs. */
function fakeWebContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void }, url?: string) => void) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      windowOpenHandler = handler;
    },
  };
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

describe('lockDownWebContents', () => {
  const { contents, fire, openWindow } = fakeWebContents();
  lockDownWebContents(contents, () => appFile);

  it('blocks navigation and redirects away from the app', () => {
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('allows moving within the app', () => {
    expect(fire('will-navigate', `${appFile}#/tickets`)).toBe(false);
  });

  it('refuses webviews and new windows', () => {
    expect(fire('will-attach-webview')).toBe(true);
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
  });
});

describe('lockDownSession', () => {
  const onHeadersReceived = vi.fn();
  const setPermissionRequestHandler = vi.fn();
  const setPermissionCheckHandler = vi.fn();
  const setDevicePermissionHandler = vi.fn();
  lockDownSession({
    webRequest: { onHeadersReceived },
    setPermissionRequestHandler,
    setPermissionCheckHandler,
    setDevicePermissionHandler,
  } as unknown as Session);

  it('adds the CSP to every response', () => {
    const handler = onHeadersReceived.mock.calls[0]?.[0] as (
      details: { responseHeaders: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    handler({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it('grants no permission', () => {
    const request = setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    const granted = vi.fn();
    request(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect((setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean)()).toBe(false);
    expect((setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean)()).toBe(false);
  });
});

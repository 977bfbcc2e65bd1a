import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { handlerNames } from '../../shared/contract';
import type { Router, Session } from '../core';
import { isTrustedSender, registerIpcHandlers } from './ipc';

const appUrl = 'file:///app/out/renderer/index.html';
const isOurs = (url: string) => url.startsWith(appUrl);

type Listener = (event: IpcMainInvokeEvent, input: unknown) => unknown;

/** An invoke event from a window's frame; `frame` overrides which frame sent it. */
function eventFrom(options: { id?: number; url?: string; subFrame?: boolean; noFrame?: boolean } = {}) {
  const mainFrame = { url: options.url ?? `${appUrl}#/customers` };
  const destroyed: Array<() => void> = [];
  const sender = {
    id: options.id ?? 1,
    mainFrame,
    once: (_name: string, listener: () => void) => destroyed.push(listener),
  };
  const senderFrame = options.noFrame ? null : options.subFrame ? { url: mainFrame.url } : mainFrame;
  return {
    event: { sender, senderFrame } as unknown as IpcMainInvokeEvent,
    destroy: () => destroyed.forEach((listener) => listener()),
  };
}

function setUp() {
  const handles = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((name: string, listener: Listener) => handles.set(name, listener)),
  } as unknown as IpcMain;
  const sessions: Session[] = [];
  const dispatch = vi.fn(async (_name: string, _input: unknown, session: Session) => {
    sessions.push(session);
    return { ok: true as const, value: 'done' };
  });
  const router: Router = { dispatch };
  registerIpcHandlers(ipcMain, router, isOurs);
  return { ipcMain, handles, dispatch, sessions };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract name', () => {
    const { ipcMain, handles } = setUp();
    expect(vi.mocked(ipcMain.handle)).toHaveBeenCalledTimes(handlerNames.length);
    expect([...handles.keys()].sort()).toEqual([...handlerNames].sort());
  });

  it('passes the call to the router under its own name', async () => {
    const { handles, dispatch } = setUp();
    const result = await handles.get('customers-get')?.(eventFrom().event, { id: 7 });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledWith('customers-get', { id: 7 }, { staffId: null });
  });

  it('keeps one session per window and forgets it when the window goes', async () => {
    const { handles, sessions } = setUp();
    const first = eventFrom({ id: 1 });
    await handles.get('session-current')?.(first.event, {});
    await handles.get('session-current')?.(first.event, {});
    await handles.get('session-current')?.(eventFrom({ id: 2 }).event, {});
    expect(sessions[0]).toBe(sessions[1]);
    expect(sessions[2]).not.toBe(sessions[0]);
    sessions[0]!.staffId = 5;
    first.destroy();
    await handles.get('session-current')?.(first.event, {});
    expect(sessions[3]).toEqual({ staffId: null });
  });

  it.each([
    ['a sub-frame', { subFrame: true }],
    ['a page navigated elsewhere', { url: 'https://example.com/' }],
    ['a destroyed frame', { noFrame: true }],
  ])('refuses calls from %s without reaching the router', async (_label, options) => {
    const { handles, dispatch } = setUp();
    const result = await handles.get('staff-list')?.(eventFrom(options).event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it('trusts only our main frame', () => {
    expect(isTrustedSender(eventFrom().event, isOurs)).toBe(true);
    expect(isTrustedSender(eventFrom({ subFrame: true }).event, isOurs)).toBe(false);
  });
});

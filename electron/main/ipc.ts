import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { handlerNames, type Result } from '../../shared/contract';
import type { Router, Session } from '../core';

/** A refusal for calls from anything but our own top-level page. */
const untrusted: Result<never> = {
  ok: false,
  error: { code: 'forbidden', key: 'errors.forbidden', message: 'IPC call from an untrusted frame refused' },
};

/** Only our renderer's main frame may call the core; not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

/**
 * One `ipcMain.handle` per contract name, each passing straight to the core's router. Each
 * window has its own session (who is signed in there), forgotten when the window goes.
 */
export function registerIpcHandlers(ipcMain: IpcMain, router: Router, isAppUrl: (url: string) => boolean): void {
  const sessions = new Map<number, Session>();
  const sessionFor = (event: IpcMainInvokeEvent): Session => {
    const id = event.sender.id;
    let session = sessions.get(id);
    if (!session) {
      session = { staffId: null };
      sessions.set(id, session);
      event.sender.once('destroyed', () => sessions.delete(id));
    }
    return session;
  };
  for (const name of handlerNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isTrustedSender(event, isAppUrl)) return untrusted;
      return router.dispatch(name, input, sessionFor(event));
    });
  }
}

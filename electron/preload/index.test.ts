import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handlerNames } from '../../shared/contract';

const exposeInMainWorld = vi.fn();
const invoke = vi.fn(async () => ({ ok: true, value: null }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes one named function per contract handler as window.api, and nothing else', async () => {
    await import('./index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('api');
    expect(Object.keys(api).sort()).toEqual([...handlerNames].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call over ipcRenderer.invoke under its own name with its input only', async () => {
    const { api } = await import('./index');
    await api['customers-search']({ query: '5678' });
    expect(invoke).toHaveBeenCalledWith('customers-search', { query: '5678' });
    await api['session-sign-out']({});
    expect(invoke).toHaveBeenLastCalledWith('session-sign-out', {});
  });
});

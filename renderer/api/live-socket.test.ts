import { describe, expect, it, vi } from 'vitest';
import { LIVE_RETRY_MS, LiveSocket, type SocketLike } from './live-socket';
import { overLiveSocket } from './transport';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: { id: number; name: string; input: unknown }[] = [];
  closed = false;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data) as FakeSocket['sent'][number]);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  reply(id: number | null, value: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify({ id, result: { ok: true, value } }) }));
  }
  drop() {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close'));
  }
}

function setUp() {
  let now = 0;
  const sockets: FakeSocket[] = [];
  const live = new LiveSocket(
    () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    () => now,
  );
  return { live, sockets, wait: (ms: number) => (now += ms) };
}

describe('LiveSocket', () => {
  it('leaves calls to HTTP until the socket is open, then matches each reply to its call by number', async () => {
    const { live, sockets } = setUp();
    expect(live.call('reception-search', { query: '1' })).toBeNull();
    expect(sockets).toHaveLength(1);
    expect(live.call('reception-search', { query: '13' })).toBeNull();
    expect(sockets).toHaveLength(1);

    sockets[0]!.open();
    const first = live.call('reception-search', { query: '138' });
    const second = live.call('reception-search', { query: '1381' });
    expect(sockets[0]!.sent).toEqual([
      { id: 1, name: 'reception-search', input: { query: '138' } },
      { id: 2, name: 'reception-search', input: { query: '1381' } },
    ]);
    sockets[0]!.reply(null, 'not a call');
    sockets[0]!.reply(2, 'second');
    sockets[0]!.reply(1, 'first');
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('sends calls still waiting to HTTP when the socket drops, and tries again only after a pause', async () => {
    const { live, sockets, wait } = setUp();
    live.call('reception-search', {});
    sockets[0]!.open();
    const waiting = live.call('reception-search', { query: '5678' });
    sockets[0]!.drop();
    expect(await waiting).toBeNull();

    expect(live.call('reception-search', {})).toBeNull();
    expect(sockets).toHaveLength(1);
    wait(LIVE_RETRY_MS);
    expect(live.call('reception-search', {})).toBeNull();
    expect(sockets).toHaveLength(2);
  });

  it('closes on reset, and the next call opens a socket with the cookie as it is then', async () => {
    const { live, sockets } = setUp();
    live.call('reception-search', {});
    sockets[0]!.open();
    const waiting = live.call('reception-search', {});
    live.reset();
    expect(sockets[0]!.closed).toBe(true);
    expect(await waiting).toBeNull();
    expect(live.call('reception-search', {})).toBeNull();
    expect(sockets).toHaveLength(2);
  });

  it('goes on over HTTP while a socket cannot be made', () => {
    let made = 0;
    const live = new LiveSocket(() => {
      made += 1;
      throw new Error('blocked');
    });
    expect(live.call('reception-search', {})).toBeNull();
    expect(live.call('reception-search', {})).toBeNull();
    expect(made).toBe(1);
  });
});

describe('overLiveSocket', () => {
  it('asks again over HTTP, on a fresh socket after, when the socket’s session has ended', async () => {
    const { live, sockets } = setUp();
    const http = vi.fn(async () => ({ ok: true as const, value: 'over http' }));
    const call = overLiveSocket(live, http as never);
    live.call('reception-search', {});
    sockets[0]!.open();

    const answered = call('reception-search', { query: '5678' });
    sockets[0]!.reply(1, 'over the socket');
    expect(await answered).toEqual({ ok: true, value: 'over the socket' });
    expect(http).not.toHaveBeenCalled();

    const refused = call('reception-search', { query: '5678' });
    sockets[0]!.onmessage?.(
      new MessageEvent('message', {
        data: JSON.stringify({
          id: 2,
          result: { ok: false, error: { code: 'unauthenticated', key: 'x', message: 'x' } },
        }),
      }),
    );
    expect(await refused).toEqual({ ok: true, value: 'over http' });
    expect(http).toHaveBeenCalledWith('reception-search', { query: '5678' });
    expect(sockets[0]!.closed).toBe(true);
  });
});

import type { LiveCall, LiveReply, Result } from '../../shared/contract';

/** After the socket failed, HTTP alone carries the calls this long before another try. */
export const LIVE_RETRY_MS = 5_000;

/** The parts of the browser's WebSocket this uses (a test passes its own). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

const OPEN = 1;

/**
 * Browser mode's live socket (`liveHandlers` in the contract): the searches typed key by key go
 * over one WebSocket, each call numbered and its reply matched by number, instead of one HTTP
 * request a keystroke. It opens ahead of the first search and is never waited for: until it is
 * open, or when it has closed, a call gets `null` and the caller sends it over HTTP.
 */
export class LiveSocket {
  private socket: SocketLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown> | null) => void>();
  private failedAt = -Infinity;

  constructor(
    private readonly connect: () => SocketLike,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The call's result over the socket, or null: the socket cannot take it (now, or any longer). */
  call(name: string, input: unknown): Promise<Result<unknown> | null> | null {
    const socket = this.socket ?? this.open();
    if (socket?.readyState !== OPEN) return null;
    const id = this.nextId++;
    const message: LiveCall = { id, name, input };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      socket.send(JSON.stringify(message));
    });
  }

  /** Opens the socket ahead of the first search, unless it is open or failed a moment ago. */
  warm(): void {
    if (!this.socket) this.open();
  }

  /** Closes the socket (its session ended); the next call opens another with the cookie as it is then. */
  reset(): void {
    const socket = this.socket;
    this.socket = null;
    this.settleAll();
    socket?.close();
  }

  private open(): SocketLike | null {
    if (this.clock() - this.failedAt < LIVE_RETRY_MS) return null;
    let socket: SocketLike;
    try {
      socket = this.connect();
    } catch {
      this.failedAt = this.clock();
      return null;
    }
    this.socket = socket;
    socket.onmessage = (event) => {
      const reply = JSON.parse(String(event.data)) as LiveReply;
      if (reply.id === null) return;
      const settle = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      settle?.(reply.result);
    };
    const lost = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.failedAt = this.clock();
      this.settleAll();
    };
    socket.onclose = lost;
    socket.onerror = lost;
    return socket;
  }

  /** Calls still waiting go over HTTP instead. */
  private settleAll(): void {
    for (const settle of this.pending.values()) settle(null);
    this.pending.clear();
  }
}

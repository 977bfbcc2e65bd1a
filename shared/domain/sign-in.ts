/** Wrong PINs in a row that lock an account. */
export const MAX_PIN_ATTEMPTS = 5;
/** How long the first lock lasts; each further lock (without a right PIN between) lasts twice as long. */
export const PIN_LOCK_MINUTES = 5;
/** The longest a lock lasts; a manager can reset the PIN sooner. */
export const PIN_LOCK_MAX_MINUTES = 24 * 60;

export interface PinAttemptState {
  /** Wrong PINs since the last right one, across locks. */
  failedAttempts: number;
  /** Epoch ms until which sign-in is refused, or null. */
  lockedUntil: number | null;
}

export function isLocked(state: PinAttemptState, now: number): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/**
 * The state after a wrong PIN. Every fifth wrong PIN in a row locks the account: five minutes,
 * then ten, twenty… up to a day, so guessing a PIN stays slow however long someone keeps at it.
 * Only a right PIN (or a PIN reset) starts the count again.
 */
export function afterWrongPin(state: PinAttemptState, now: number): PinAttemptState {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts % MAX_PIN_ATTEMPTS !== 0) return { failedAttempts, lockedUntil: null };
  const locks = failedAttempts / MAX_PIN_ATTEMPTS;
  const minutes = Math.min(PIN_LOCK_MINUTES * 2 ** (locks - 1), PIN_LOCK_MAX_MINUTES);
  return { failedAttempts, lockedUntil: now + minutes * 60_000 };
}

/** Wrong PINs that may still be typed before the next lock. */
export function attemptsLeft(state: PinAttemptState): number {
  return MAX_PIN_ATTEMPTS - (state.failedAttempts % MAX_PIN_ATTEMPTS);
}

/** Wrong PINs typed from one other computer on the network, whichever accounts they were for. */
export interface RemotePinAttempts extends PinAttemptState {
  /** Epoch ms of the latest wrong PIN. */
  lastFailedAt: number;
}

/** A network address with no wrong PIN for this long starts its count again. */
export const REMOTE_PIN_QUIET_MS = 24 * 60 * 60 * 1000;

/**
 * The state of a network address after a wrong PIN from it. Counted like an account (every fifth
 * locks, for longer each time), but against the address: a flood of guesses from one computer
 * locks that computer out, never the administrator at the counter. A right PIN does not clear the
 * count (someone who knows one PIN could otherwise guess another's forever); a quiet day does.
 */
export function afterRemoteWrongPin(state: RemotePinAttempts | undefined, now: number): RemotePinAttempts {
  const fresh = !state || now - state.lastFailedAt > REMOTE_PIN_QUIET_MS;
  const counted = afterWrongPin(fresh ? { failedAttempts: 0, lockedUntil: null } : state, now);
  return { ...counted, lastFailedAt: now };
}

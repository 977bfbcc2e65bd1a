/** Wrong PINs in a row that lock an account. */
export const MAX_PIN_ATTEMPTS = 5;
/** How long a locked account stays locked. */
export const PIN_LOCK_MINUTES = 5;

export interface PinAttemptState {
  failedAttempts: number;
  /** Epoch ms until which sign-in is refused, or null. */
  lockedUntil: number | null;
}

export function isLocked(state: PinAttemptState, now: number): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** The state after a wrong PIN: the fifth in a row locks the account and starts the count again. */
export function afterWrongPin(state: PinAttemptState, now: number): PinAttemptState {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts >= MAX_PIN_ATTEMPTS) {
    return { failedAttempts: 0, lockedUntil: now + PIN_LOCK_MINUTES * 60_000 };
  }
  return { failedAttempts, lockedUntil: null };
}

export function attemptsLeft(state: PinAttemptState): number {
  return MAX_PIN_ATTEMPTS - state.failedAttempts;
}

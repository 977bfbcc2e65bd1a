import { useEffect, useState } from 'react';

/** However quiet the screen, "now" moves on at least this often. */
const TICK_MS = 30_000;

/**
 * The current time, for what depends on it (is a ticket overdue?). It moves on every 30 s and
 * also the moment the next of `deadlines` passes, so a ticket turns overdue on screen when its
 * promised time comes, not up to half a minute later.
 */
export function useNow(deadlines: readonly (string | null)[] = []): Date {
  const [now, setNow] = useState(() => new Date());
  const upcoming = deadlines
    .map((deadline) => (deadline === null ? Number.NaN : Date.parse(deadline)))
    .filter((at) => at > now.getTime());
  const next = upcoming.length > 0 ? Math.min(...upcoming) : null;
  useEffect(() => {
    // A few milliseconds past the deadline, so "past" holds when the screen redraws.
    const wait = next === null ? TICK_MS : Math.min(TICK_MS, next - Date.now() + 20);
    const timer = window.setTimeout(() => setNow(new Date()), Math.max(wait, 0));
    return () => window.clearTimeout(timer);
  }, [now, next]);
  return now;
}

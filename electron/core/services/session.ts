import { format, isSameDay } from 'date-fns';
import { fail, ok, type Outcome, type ParsedInputOf, type SessionInfo } from '../../../shared/contract';
import { afterRemoteWrongPin, afterWrongPin, attemptsLeft, isLocked } from '../../../shared/domain/sign-in';
import { findStaff, updatePinAttempts } from '../db/queries/staff';
import { writeTransaction } from '../db/sql';
import type { Role } from '../../../shared/domain/roles';
import { isRemote, type HandlerContext } from '../context';
import { audit } from './audit';
import { verifyPin } from './pin-hash';

export function currentSession(context: HandlerContext): Outcome<SessionInfo> {
  const actor = context.actor;
  return ok({ staff: actor ? { id: actor.id, name: actor.name, role: actor.role } : null });
}

function lockedFailure(lockedUntil: number, now: Date, key = 'errors.locked') {
  const until = new Date(lockedUntil);
  // Long locks end another day: then the day is part of the answer.
  const shown = format(until, isSameDay(until, now) ? 'HH:mm' : 'yyyy-MM-dd HH:mm');
  return fail('locked', key, {
    params: { until: shown },
    fields: { pin: { key, params: { until: shown } } },
    details: { lockedUntil: until.toISOString() },
  });
}

/**
 * A wrong PIN typed on another computer (browser mode on the network): counted against that
 * computer's address, in memory, and audited; the account's own count, which locks it everywhere,
 * is kept for this computer. So an anonymous flood locks out only the computer it comes from.
 */
function wrongPinFromNetwork(context: HandlerContext, address: string, staffId: number) {
  const now = context.now.getTime();
  const counted = afterRemoteWrongPin(context.core.remoteSignIns.get(address), now);
  context.core.remoteSignIns.set(address, counted);
  writeTransaction(context.db, () =>
    audit(context.db, context, counted.lockedUntil === null ? 'staff.sign-in-failed' : 'staff.source-locked', {
      entity: 'staff',
      entityId: staffId,
      details: { from: address },
    }),
  );
  if (counted.lockedUntil !== null) return lockedFailure(counted.lockedUntil, context.now, 'errors.sourceLocked');
  const params = { attemptsLeft: attemptsLeft(counted) };
  return fail('validation', 'errors.wrongPin', { params, fields: { pin: { key: 'errors.wrongPin', params } } });
}

/**
 * Checks a staff member's PIN: at sign-in, and when a manager approves something at the counter
 * with theirs. Wrong PINs are counted, in a transaction of their own (whatever the caller then
 * does): every fifth in a row locks the account, for longer each time. A right one clears the
 * count. Wrong PINs from another computer are counted against its address instead
 * (`wrongPinFromNetwork`). Field problems are named `pin` and `staffId`.
 */
export function checkStaffPin(
  context: HandlerContext,
  staffId: number,
  pin: string,
): Outcome<{ id: number; name: string; role: Role }> {
  const staff = findStaff(context.db, staffId);
  if (!staff)
    return fail('not-found', 'errors.staffNotFound', { fields: { staffId: { key: 'errors.staffNotFound' } } });
  if (!staff.active)
    return fail('forbidden', 'errors.staffInactive', { fields: { staffId: { key: 'errors.staffInactive' } } });
  const now = context.now.getTime();
  const from = isRemote(context.session) ? context.session.source!.address : null;
  const fromState = from === null ? undefined : context.core.remoteSignIns.get(from);
  // Refused before the PIN is even looked at: a locked-out computer learns nothing by guessing.
  if (fromState && isLocked(fromState, now) && fromState.lockedUntil !== null)
    return lockedFailure(fromState.lockedUntil, context.now, 'errors.sourceLocked');
  if (isLocked(staff, now) && staff.lockedUntil !== null) return lockedFailure(staff.lockedUntil, context.now);

  const target = { entity: 'staff', entityId: staff.id };
  if (!verifyPin(pin, staff.pinHash)) {
    if (from !== null) return wrongPinFromNetwork(context, from, staff.id);
    // Counted from the row as it is now, inside the write lock: the desktop app, browser mode
    // and the CLI may share this database, and no wrong PIN may go uncounted.
    const next = writeTransaction(context.db, () => {
      const counted = afterWrongPin(findStaff(context.db, staff.id) ?? staff, now);
      updatePinAttempts(context.db, staff.id, counted);
      audit(context.db, context, counted.lockedUntil === null ? 'staff.sign-in-failed' : 'staff.locked', target);
      return counted;
    });
    if (next.lockedUntil !== null) return lockedFailure(next.lockedUntil, context.now);
    const params = { attemptsLeft: attemptsLeft(next) };
    return fail('validation', 'errors.wrongPin', { params, fields: { pin: { key: 'errors.wrongPin', params } } });
  }
  if (staff.failedAttempts > 0 || staff.lockedUntil !== null)
    writeTransaction(context.db, () =>
      updatePinAttempts(context.db, staff.id, { failedAttempts: 0, lockedUntil: null }),
    );
  return ok({ id: staff.id, name: staff.name, role: staff.role });
}

/**
 * Signs a staff member in with their PIN, on this session. Also how the active staff member
 * is switched at a shared counter: a successful sign-in replaces whoever was signed in.
 */
export function signIn(context: HandlerContext, input: ParsedInputOf<'session-sign-in'>): Outcome<SessionInfo> {
  const checked = checkStaffPin(context, input.staffId, input.pin);
  if (!checked.ok) return checked;
  const actor = checked.value;
  writeTransaction(context.db, () => {
    audit(context.db, { actor, now: context.now }, 'staff.sign-in', {
      entity: 'staff',
      entityId: actor.id,
      details: { replaced: context.session.staffId },
    });
  });
  context.session.staffId = actor.id;
  context.session.credential = findStaff(context.db, actor.id)?.pinHash ?? '';
  return ok({ staff: actor });
}

export function signOut(context: HandlerContext): Outcome<SessionInfo> {
  if (context.actor) {
    const actor = context.actor;
    writeTransaction(context.db, () =>
      audit(context.db, context, 'staff.sign-out', { entity: 'staff', entityId: actor.id }),
    );
  }
  context.session.staffId = null;
  delete context.session.credential;
  return ok({ staff: null });
}

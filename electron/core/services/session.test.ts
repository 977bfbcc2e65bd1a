import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../context';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { MAX_PIN_ATTEMPTS, PIN_LOCK_MINUTES } from '../../../shared/domain/sign-in';
import { listAuditEntries } from '../db/queries/audit';

let core: TestCore;
let clock = Date.parse('2026-11-25T09:00:00Z');
beforeEach(async () => {
  clock = Date.parse('2026-11-25T09:00:00Z');
  core = await openTestCore({ now: () => new Date(clock) });
});
afterEach(() => core.dispose());

describe('setup', () => {
  it('is needed until the first administrator exists, then refused', async () => {
    expect((await core.expectOk('app-info', {}, { staffId: null })).needsSetup).toBe(true);
    const admin = await core.setUp();
    expect(admin.staffId).not.toBeNull();
    const info = await core.expectOk('app-info', {}, { staffId: null });
    expect(info).toMatchObject({ needsSetup: false, shopName: 'Test Service Center', defaultLanguage: 'en' });
    const again = await core.call(
      'setup-complete',
      { language: 'en', shop: { name: 'Other' }, admin: { name: 'Mallory', pin: '0000' } },
      { staffId: null },
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.setupDone' } });
    expect(await core.expectOk('staff-directory', {}, { staffId: null })).toEqual([
      { id: admin.staffId, name: 'Ada Admin', role: 'admin' },
    ]);
  });
});

describe('sign-in', () => {
  let admin: Session;
  let staffId: number;
  beforeEach(async () => {
    admin = await core.setUp();
    staffId = (await core.expectOk('staff-create', { name: 'Rita', role: 'reception', pin: '2468' }, admin)).id;
  });

  it('signs in with the right PIN and out again', async () => {
    const session: Session = { staffId: null };
    const signedIn = await core.expectOk('session-sign-in', { staffId, pin: '2468' }, session);
    expect(signedIn.staff).toEqual({ id: staffId, name: 'Rita', role: 'reception' });
    expect(session.staffId).toBe(staffId);
    expect((await core.expectOk('session-current', {}, session)).staff?.name).toBe('Rita');
    await core.expectOk('session-sign-out', {}, session);
    expect(session.staffId).toBeNull();
    const actions = listAuditEntries(core.core.db, 'staff', staffId).map((entry) => entry.action);
    expect(actions).toEqual(['staff.create', 'staff.sign-in', 'staff.sign-out']);
  });

  it('switches the active staff member on the same session', async () => {
    const session = { ...admin };
    await core.expectOk('session-sign-in', { staffId, pin: '2468' }, session);
    expect((await core.expectOk('session-current', {}, session)).staff?.name).toBe('Rita');
  });

  it('refuses a wrong PIN, says how many tries are left, and locks after five', async () => {
    const session: Session = { staffId: null };
    for (let attempt = 1; attempt < MAX_PIN_ATTEMPTS; attempt += 1) {
      const result = await core.call('session-sign-in', { staffId, pin: '0000' }, session);
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'validation',
          key: 'errors.wrongPin',
          params: { attemptsLeft: MAX_PIN_ATTEMPTS - attempt },
          fields: { pin: { key: 'errors.wrongPin' } },
        },
      });
    }
    const locking = await core.call('session-sign-in', { staffId, pin: '0000' }, session);
    expect(locking).toMatchObject({ ok: false, error: { code: 'locked' } });
    // Locked: even the right PIN is refused, and nobody is signed in.
    expect(await core.call('session-sign-in', { staffId, pin: '2468' }, session)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(session.staffId).toBeNull();
    const listed = (await core.expectOk('staff-list', {}, admin)).find((member) => member.id === staffId);
    expect(listed?.lockedUntil).toBe(new Date(clock + PIN_LOCK_MINUTES * 60_000).toISOString());

    clock += PIN_LOCK_MINUTES * 60_000;
    await core.expectOk('session-sign-in', { staffId, pin: '2468' }, session);
    expect(session.staffId).toBe(staffId);
  });

  it('locks for longer when the guessing goes on after a lock, until a right PIN', async () => {
    const session: Session = { staffId: null };
    const guess = () => core.call('session-sign-in', { staffId, pin: '0000' }, session);
    for (let attempt = 1; attempt <= MAX_PIN_ATTEMPTS; attempt += 1) await guess();
    clock += PIN_LOCK_MINUTES * 60_000;
    // The count carries on after the first lock: four more tries, then a lock twice as long.
    expect(await guess()).toMatchObject({ error: { params: { attemptsLeft: MAX_PIN_ATTEMPTS - 1 } } });
    for (let attempt = 2; attempt < MAX_PIN_ATTEMPTS; attempt += 1) await guess();
    expect(await guess()).toMatchObject({ error: { code: 'locked' } });
    const listed = (await core.expectOk('staff-list', {}, admin)).find((member) => member.id === staffId);
    expect(listed?.lockedUntil).toBe(new Date(clock + 2 * PIN_LOCK_MINUTES * 60_000).toISOString());

    clock += 2 * PIN_LOCK_MINUTES * 60_000;
    await core.expectOk('session-sign-in', { staffId, pin: '2468' }, session);
    session.staffId = null;
    expect(await guess()).toMatchObject({ error: { params: { attemptsLeft: MAX_PIN_ATTEMPTS - 1 } } });
  });

  it('a PIN reset ends the sessions signed in with the old PIN', async () => {
    const session: Session = { staffId: null };
    await core.expectOk('session-sign-in', { staffId, pin: '2468' }, session);
    await core.expectOk('staff-reset-pin', { id: staffId, pin: '1357' }, admin);
    expect(await core.call('customers-list', {}, session)).toMatchObject({ error: { code: 'unauthenticated' } });
    await core.expectOk('session-sign-in', { staffId, pin: '1357' }, session);

    // The administrator changing their own PIN stays signed in.
    await core.expectOk('staff-reset-pin', { id: admin.staffId!, pin: '8642' }, admin);
    expect(await core.call('customers-list', {}, admin)).toMatchObject({ ok: true });
  });

  it('refuses inactive staff, and drops their open sessions', async () => {
    const session: Session = { staffId: null };
    await core.expectOk('session-sign-in', { staffId, pin: '2468' }, session);
    await core.expectOk('staff-update', { id: staffId, name: 'Rita', role: 'reception', active: false }, admin);
    expect(await core.call('customers-list', {}, session)).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(await core.call('session-sign-in', { staffId, pin: '2468' }, { staffId: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'errors.staffInactive' },
    });
  });

  it('reports a malformed PIN as a field error without counting it', async () => {
    const result = await core.call('session-sign-in', { staffId, pin: '12' }, { staffId: null });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { pin: { key: 'validation.pin' } } },
    });
    const listed = (await core.expectOk('staff-list', {}, admin)).find((member) => member.id === staffId);
    expect(listed?.lockedUntil).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../context';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { verifyAuditChain } from '../db/queries/audit';

let core: TestCore;
let admin: Session;
beforeEach(async () => {
  core = await openTestCore();
  admin = await core.setUp();
});
afterEach(() => core.dispose());

describe('staff management', () => {
  it('is for managers and administrators only, enforced in the core', async () => {
    const reception = await core.staffSession(admin, 'reception');
    const technician = await core.staffSession(admin, 'technician');
    for (const session of [reception, technician]) {
      expect(await core.call('staff-list', {}, session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await core.call('staff-create', { name: 'X', role: 'reception', pin: '1111' }, session)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('lets a manager manage reception staff and technicians, but not managers or administrators', async () => {
    const manager = await core.staffSession(admin, 'manager');
    const otherManager = await core.expectOk('staff-create', { name: 'Max', role: 'manager', pin: '1111' }, admin);
    const tech = await core.expectOk('staff-create', { name: 'New tech', role: 'technician', pin: '1111' }, manager);
    await core.expectOk('staff-reset-pin', { id: tech.id, pin: '2222' }, manager);
    expect(
      await core.call('staff-update', { id: tech.id, name: 'New tech', role: 'manager', active: true }, manager),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await core.call('staff-reset-pin', { id: otherManager.id, pin: '9999' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'errors.cannotManageRole' },
    });
    expect(await core.call('staff-create', { name: 'Another', role: 'manager', pin: '1111' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await core.call('staff-create', { name: 'Sneaky', role: 'admin', pin: '1111' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'errors.cannotManageRole' },
    });
    expect(await core.call('staff-reset-pin', { id: admin.staffId!, pin: '9999' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('keeps at least one active administrator and never deactivates the caller', async () => {
    expect(
      await core.call('staff-update', { id: admin.staffId!, name: 'Ada Admin', role: 'manager', active: true }, admin),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.lastAdmin' },
    });
    expect(
      await core.call('staff-update', { id: admin.staffId!, name: 'Ada Admin', role: 'admin', active: false }, admin),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.cannotDeactivateSelf' },
    });
    const list = await core.expectOk('staff-list', {}, admin);
    expect(list).toEqual([expect.objectContaining({ name: 'Ada Admin', role: 'admin', active: true })]);
  });

  it('resets a PIN: the old one stops working, the new one works', async () => {
    const member = await core.expectOk('staff-create', { name: 'Tom', role: 'technician', pin: '1111' }, admin);
    await core.expectOk('staff-reset-pin', { id: member.id, pin: '2222' }, admin);
    expect((await core.call('session-sign-in', { staffId: member.id, pin: '1111' }, { staffId: null })).ok).toBe(false);
    expect((await core.call('session-sign-in', { staffId: member.id, pin: '2222' }, { staffId: null })).ok).toBe(true);
  });

  it('records every change, by whom, in an intact audit chain', async () => {
    const member = await core.expectOk('staff-create', { name: 'Tom', role: 'technician', pin: '1111' }, admin);
    await core.expectOk('staff-update', { id: member.id, name: 'Tom Lee', role: 'technician', active: true }, admin);
    const rows = core.core.db
      .prepare(`SELECT actor_id, action FROM audit_log WHERE entity_id = ? AND entity = 'staff'`)
      .all(member.id);
    expect(rows).toEqual([
      { actor_id: admin.staffId, action: 'staff.create' },
      { actor_id: admin.staffId, action: 'staff.update' },
    ]);
    expect(verifyAuditChain(core.core.db).intact).toBe(true);
  });

  it('stores PINs only as salted hashes', async () => {
    await core.expectOk('staff-create', { name: 'A', role: 'reception', pin: '1111' }, admin);
    await core.expectOk('staff-create', { name: 'B', role: 'reception', pin: '1111' }, admin);
    const hashes = (
      core.core.db.prepare(`SELECT pin_hash FROM staff WHERE name IN ('A', 'B')`).all() as { pin_hash: string }[]
    ).map((row) => row.pin_hash);
    expect(hashes[0]).toMatch(/^scrypt\$/u);
    expect(hashes[0]).not.toContain('1111');
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});

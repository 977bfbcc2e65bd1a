import {
  fail,
  ok,
  type Outcome,
  type ParsedInputOf,
  type StaffDirectoryEntry,
  type StaffMember,
} from '../../../shared/contract';
import { canManageStaffMember } from '../../../shared/domain/roles';
import {
  countActiveAdmins,
  findStaff,
  insertStaff,
  listStaff,
  toStaffMember,
  updateStaffPin,
  updateStaffProfile,
} from '../db/queries/staff';
import { writeTransaction } from '../db/sql';
import { requireActor, type HandlerContext } from '../context';
import { audit } from './audit';
import { hashPin } from './pin-hash';

/** The names offered on the sign-in screen: active staff only, no secrets. */
export function staffDirectory(context: HandlerContext): Outcome<StaffDirectoryEntry[]> {
  return ok(listStaff(context.db, { activeOnly: true }).map(({ id, name, role }) => ({ id, name, role })));
}

export function staffList(context: HandlerContext): Outcome<StaffMember[]> {
  const now = context.now.getTime();
  return ok(listStaff(context.db, { activeOnly: false }).map((record) => toStaffMember(record, now)));
}

function member(context: HandlerContext, id: number): StaffMember {
  const record = findStaff(context.db, id);
  if (!record) throw new Error(`Staff member ${id} vanished inside its own write`);
  return toStaffMember(record, context.now.getTime());
}

/**
 * Adds a staff member. `context.actor` is null only for the command line, which is run by
 * whoever administers the counter PC and is recorded in the audit log as the system.
 */
export function createStaff(context: HandlerContext, input: ParsedInputOf<'staff-create'>): Outcome<StaffMember> {
  const actor = context.actor;
  if (actor && !canManageStaffMember(actor.role, input.role)) {
    return fail('forbidden', 'errors.cannotManageRole', { fields: { role: { key: 'errors.cannotManageRole' } } });
  }
  const pinHash = hashPin(input.pin);
  const id = writeTransaction(context.db, () => {
    const newId = insertStaff(context.db, {
      name: input.name,
      role: input.role,
      pinHash,
      at: context.now.toISOString(),
    });
    audit(context.db, context, 'staff.create', {
      entity: 'staff',
      entityId: newId,
      details: { name: input.name, role: input.role },
    });
    return newId;
  });
  return ok(member(context, id));
}

export function updateStaff(context: HandlerContext, input: ParsedInputOf<'staff-update'>): Outcome<StaffMember> {
  const actor = requireActor(context);
  const before = findStaff(context.db, input.id);
  if (!before) return fail('not-found', 'errors.staffNotFound');
  if (!canManageStaffMember(actor.role, before.role) || !canManageStaffMember(actor.role, input.role)) {
    return fail('forbidden', 'errors.cannotManageRole', { fields: { role: { key: 'errors.cannotManageRole' } } });
  }
  if (input.id === actor.id && !input.active) {
    return fail('conflict', 'errors.cannotDeactivateSelf', {
      fields: { active: { key: 'errors.cannotDeactivateSelf' } },
    });
  }
  const removesAnAdmin = before.role === 'admin' && before.active && (input.role !== 'admin' || !input.active);
  // Counted inside the write lock: another FrontDesk process on this database may be demoting
  // an administrator at the same moment, and at least one must remain.
  const saved = writeTransaction(context.db, () => {
    if (removesAnAdmin && countActiveAdmins(context.db) <= 1) return false;
    updateStaffProfile(context.db, input.id, {
      name: input.name,
      role: input.role,
      active: input.active,
      at: context.now.toISOString(),
    });
    audit(context.db, context, 'staff.update', {
      entity: 'staff',
      entityId: input.id,
      details: {
        before: { name: before.name, role: before.role, active: before.active },
        after: { name: input.name, role: input.role, active: input.active },
      },
    });
    return true;
  });
  if (!saved) return fail('conflict', 'errors.lastAdmin', { fields: { role: { key: 'errors.lastAdmin' } } });
  return ok(member(context, input.id));
}

export function resetStaffPin(context: HandlerContext, input: ParsedInputOf<'staff-reset-pin'>): Outcome<StaffMember> {
  const actor = requireActor(context);
  const target = findStaff(context.db, input.id);
  if (!target) return fail('not-found', 'errors.staffNotFound');
  if (!canManageStaffMember(actor.role, target.role)) return fail('forbidden', 'errors.cannotManageRole');
  const pinHash = hashPin(input.pin);
  writeTransaction(context.db, () => {
    updateStaffPin(context.db, input.id, pinHash, context.now.toISOString());
    audit(context.db, context, 'staff.reset-pin', { entity: 'staff', entityId: input.id });
  });
  // Someone changing their own PIN stays signed in here; every other session of theirs ends.
  if (input.id === actor.id) context.session.credential = pinHash;
  return ok(member(context, input.id));
}

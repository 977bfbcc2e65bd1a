import { fail, ok, type AppInfo, type Outcome, type ParsedInputOf, type SessionInfo } from '../../../shared/contract';
import { countActiveAdmins, insertStaff } from '../db/queries/staff';
import { writeSetting } from '../db/queries/settings';
import { writeTransaction } from '../db/sql';
import { isRemote, type HandlerContext } from '../context';
import { audit } from './audit';
import { hashPin } from './pin-hash';
import { readLanguage, readShop, writeShop } from './settings';

export function appInfo(context: HandlerContext): Outcome<AppInfo> {
  return ok({
    needsSetup: countActiveAdmins(context.db) === 0,
    shopName: readShop(context.db).name,
    defaultLanguage: readLanguage(context.db, context.core.defaultLanguage),
    version: context.core.version,
  });
}

/** First run (no administrator yet): the shop's details and the first administrator, who is then signed in. */
export function completeSetup(context: HandlerContext, input: ParsedInputOf<'setup-complete'>): Outcome<SessionInfo> {
  // Whoever runs setup becomes the administrator: only someone at this computer may.
  if (isRemote(context.session)) return fail('forbidden', 'errors.setupLocalOnly');
  // Asked before the PIN is hashed (slow on purpose), so a flood of setup calls costs nothing.
  if (countActiveAdmins(context.db) > 0) return fail('conflict', 'errors.setupDone');
  const pinHash = hashPin(input.admin.pin);
  const at = context.now.toISOString();
  const adminId = writeTransaction(context.db, () => {
    // Checked inside the transaction so two setup screens cannot both create an admin. Staff
    // added from the command line before setup do not count: the counter still needs an admin.
    if (countActiveAdmins(context.db) > 0) return null;
    writeShop(context.db, input.shop, at);
    writeSetting(context.db, 'language', input.language, at);
    const id = insertStaff(context.db, { name: input.admin.name, role: 'admin', pinHash, at });
    const actor = { id, name: input.admin.name, role: 'admin' as const };
    audit(context.db, { actor, now: context.now }, 'setup.complete', {
      entity: 'staff',
      entityId: id,
      details: { shop: input.shop },
    });
    return id;
  });
  if (adminId === null) return fail('conflict', 'errors.setupDone');
  context.session.staffId = adminId;
  context.session.credential = pinHash;
  context.core.defaultLanguage = input.language;
  return ok({ staff: { id: adminId, name: input.admin.name, role: 'admin' } });
}

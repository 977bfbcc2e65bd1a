import { ok, type Outcome, type ParsedInputOf, type ShopSettings, type Language } from '../../../shared/contract';
import { readSetting, writeSetting } from '../db/queries/settings';
import { writeTransaction } from '../db/sql';
import type { ReadableDB, WritableDB } from '../db/types';
import type { HandlerContext } from '../context';
import { audit } from './audit';

const emptyShop: ShopSettings = { name: '', address: '', phone: '', hours: '' };

export function readShop(db: ReadableDB): ShopSettings {
  return { ...emptyShop, ...readSetting<Partial<ShopSettings>>(db, 'shop', {}) };
}

export function readLanguage(db: ReadableDB, fallback: Language): Language {
  return readSetting<Language>(db, 'language', fallback);
}

/** Writes the shop details; the caller owns the transaction and the audit entry. */
export function writeShop(db: WritableDB, shop: ShopSettings, at: string): void {
  writeSetting(db, 'shop', shop, at);
}

export function getShop(context: HandlerContext): Outcome<ShopSettings> {
  return ok(readShop(context.db));
}

export function updateShop(
  context: HandlerContext,
  input: ParsedInputOf<'settings-shop-update'>,
): Outcome<ShopSettings> {
  const before = readShop(context.db);
  writeTransaction(context.db, () => {
    writeShop(context.db, input, context.now.toISOString());
    audit(context.db, context, 'settings.shop-update', {
      entity: 'settings',
      entityId: null,
      details: { before, after: input },
    });
  });
  return ok(readShop(context.db));
}

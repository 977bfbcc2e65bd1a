import { appendAudit } from '../db/queries/audit';
import type { WritableDB } from '../db/types';
import type { HandlerContext } from '../context';

/** Records what the acting staff member did. Call inside the same transaction as the write. */
export function audit(
  db: WritableDB,
  context: Pick<HandlerContext, 'actor' | 'now'>,
  action: string,
  target: { entity: string; entityId: number | null; details?: Record<string, unknown> },
): void {
  appendAudit(db, {
    at: context.now.toISOString(),
    actorId: context.actor?.id ?? null,
    action,
    entity: target.entity,
    entityId: target.entityId,
    details: target.details ?? {},
  });
}

import { appendAudit } from '../db/queries/audit';
import type { WritableDB } from '../db/types';
import type { HandlerContext } from '../context';

/**
 * Records what the acting staff member did (or, from the command line, which OS user ran it).
 * Call inside the same transaction as the write.
 */
export function audit(
  db: WritableDB,
  context: Pick<HandlerContext, 'actor' | 'now' | 'commandLineUser'>,
  action: string,
  target: { entity: string; entityId: number | null; details?: Record<string, unknown> },
): void {
  appendAudit(db, {
    at: context.now.toISOString(),
    actorId: context.actor?.id ?? null,
    action,
    entity: target.entity,
    entityId: target.entityId,
    details:
      context.commandLineUser === undefined
        ? (target.details ?? {})
        : { ...target.details, by: { commandLine: true, osUser: context.commandLineUser } },
  });
}

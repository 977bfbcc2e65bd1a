import { compareWithAnchor, readAnchor, setAnchorAside, type AnchorComparison } from './audit-anchor';
import { raiseTicketNumberFloor } from './db/queries/tickets';
import type { WritableDB } from './db/types';
import { audit } from './services/audit';

/**
 * At start, before anything is written: the database against the anchor left beside it. A lost or
 * rewritten tail is recorded in the audit log (what the anchor saw, what is left) and the anchor
 * that saw it is kept aside as evidence; ticket numbers the anchor saw handed out are never given
 * out again, whether lost with a tail or left behind by a restore.
 */
export function checkAgainstAnchor(db: WritableDB, dataDir: string, now: Date): AnchorComparison {
  const anchor = readAnchor(dataDir);
  const comparison = compareWithAnchor(db, anchor);
  if (!anchor) return comparison;
  db.transaction(() => {
    if (comparison.state === 'tail-lost' || comparison.state === 'rewritten')
      audit(db, { actor: null, now }, `database.${comparison.state}`, {
        entity: 'database',
        entityId: null,
        details: {
          anchor: anchor.auditHead,
          anchorAt: anchor.at,
          head: comparison.state === 'tail-lost' ? comparison.head : null,
          lastTicket: anchor.lastTicket,
        },
      });
    if (anchor.lastTicket) raiseTicketNumberFloor(db, anchor.lastTicket, now.toISOString());
  })();
  if (comparison.state !== 'intact') setAnchorAside(dataDir, comparison.state, now);
  return comparison;
}

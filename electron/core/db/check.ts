import { verifyAuditChain, type AuditChainReport } from './queries/audit';
import type { ReadableDB } from './types';
import { compareWithAnchor, type AnchorComparison, type AuditAnchor } from '../audit-anchor';

export interface DatabaseCheck {
  integrity: string[];
  foreignKeyViolations: number;
  schemaVersion: number;
  expectedVersion: number;
  audit: AuditChainReport;
  /** The chain against the anchor kept outside the database: a cut or rewritten tail shows here. */
  anchor: AnchorComparison;
}

/** Everything `frontdesk check` reports; reads only. */
export function checkDatabase(
  db: ReadableDB,
  expectedVersion: number,
  anchor: AuditAnchor | null = null,
): DatabaseCheck {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const audit: AuditChainReport = schemaVersion >= 30 ? verifyAuditChain(db) : { intact: true, entries: 0 };
  const anchored = schemaVersion >= 30 ? compareWithAnchor(db, anchor) : ({ state: 'no-anchor' } as const);
  return { integrity, foreignKeyViolations, schemaVersion, expectedVersion, audit, anchor: anchored };
}

export function checkPassed(check: DatabaseCheck): boolean {
  return (
    check.integrity.length === 1 &&
    check.integrity[0] === 'ok' &&
    check.foreignKeyViolations === 0 &&
    check.schemaVersion === check.expectedVersion &&
    check.audit.intact &&
    (check.anchor.state === 'intact' || check.anchor.state === 'no-anchor')
  );
}

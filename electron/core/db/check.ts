import { verifyAuditChain, type AuditChainReport } from './queries/audit';
import type { ReadableDB } from './types';

export interface DatabaseCheck {
  integrity: string[];
  foreignKeyViolations: number;
  schemaVersion: number;
  expectedVersion: number;
  audit: AuditChainReport;
}

/** Everything `frontdesk check` reports; reads only. */
export function checkDatabase(db: ReadableDB, expectedVersion: number): DatabaseCheck {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const audit: AuditChainReport = schemaVersion >= 30 ? verifyAuditChain(db) : { intact: true, entries: 0 };
  return { integrity, foreignKeyViolations, schemaVersion, expectedVersion, audit };
}

export function checkPassed(check: DatabaseCheck): boolean {
  return (
    check.integrity.length === 1 &&
    check.integrity[0] === 'ok' &&
    check.foreignKeyViolations === 0 &&
    check.schemaVersion === check.expectedVersion &&
    check.audit.intact
  );
}

import type { z } from 'zod';
import { fail, type Failure, type Message } from '../../shared/contract';

/** Zod issues → one message per field. Schema messages are catalog keys; anything else is "not valid". */
export function validationFailure(error: z.ZodError): { ok: false; error: Failure } {
  const fields: Record<string, Message> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    const known = issue.message.startsWith('validation.');
    // A rule's own check may name what its message needs (the longest range a report covers).
    const params = known && issue.code === 'custom' ? (issue.params as Message['params']) : undefined;
    fields[path] = params ? { key: issue.message, params } : { key: known ? issue.message : 'validation.invalid' };
  }
  return fail('validation', 'errors.validation', { fields });
}

function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A thrown error → a failure the user can act on. Storage problems are named (a full disk, a
 * read-only folder, a lock another program holds past the busy timeout, a damaged file); the
 * rest is "internal". SQLite's extended codes (`SQLITE_BUSY_SNAPSHOT`, `SQLITE_CORRUPT_INDEX`…)
 * count as their primary code.
 */
export function unexpectedFailure(error: unknown): { ok: false; error: Failure } {
  const code = sqliteCode(error) ?? '';
  const primary = /^SQLITE_[A-Z]+/u.exec(code)?.[0] ?? code;
  if (primary === 'SQLITE_FULL' || code === 'ENOSPC') return fail('storage-full', 'errors.storage-full');
  if (primary === 'SQLITE_READONLY' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return fail('storage-readonly', 'errors.storage-readonly');
  if (primary === 'SQLITE_BUSY' || primary === 'SQLITE_LOCKED') return fail('busy', 'errors.busy');
  if (primary === 'SQLITE_CORRUPT') return fail('database-damaged', 'errors.database-damaged');
  if (primary === 'SQLITE_NOTADB') return fail('database-damaged', 'errors.not-a-database');
  return fail('internal', 'errors.internal');
}

import type { Role } from '../../../../shared/domain/roles';
import type { StaffMember } from '../../../../shared/contract';
import { all, get, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

interface StaffRow {
  id: number;
  name: string;
  role: Role;
  pin_hash: string;
  active: 0 | 1;
  failed_attempts: number;
  locked_until: number | null;
  created_at: string;
  updated_at: string;
}

/** A staff member as the core works with them, PIN hash included (never sent to the renderer). */
export interface StaffRecord {
  id: number;
  name: string;
  role: Role;
  pinHash: string;
  active: boolean;
  failedAttempts: number;
  lockedUntil: number | null;
  createdAt: string;
}

function rowToStaff(row: StaffRow): StaffRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    pinHash: row.pin_hash,
    active: row.active === 1,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
  };
}

export function toStaffMember(record: StaffRecord, now: number): StaffMember {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    active: record.active,
    createdAt: record.createdAt,
    lockedUntil:
      record.lockedUntil !== null && record.lockedUntil > now ? new Date(record.lockedUntil).toISOString() : null,
  };
}

export function countActiveAdmins(db: ReadableDB): number {
  return (
    get<{ count: number }>(db, sql`SELECT count(*) AS count FROM staff WHERE role = 'admin' AND active = 1`)?.count ?? 0
  );
}

export function findStaff(db: ReadableDB, id: number): StaffRecord | undefined {
  const row = get<StaffRow>(db, sql`SELECT * FROM staff WHERE id = ${id}`);
  return row && rowToStaff(row);
}

export function listStaff(db: ReadableDB, options: { activeOnly: boolean }): StaffRecord[] {
  const filter = options.activeOnly ? sql`WHERE active = 1` : sql.empty;
  return all<StaffRow>(db, sql`SELECT * FROM staff ${filter} ORDER BY active DESC, name, id`).map(rowToStaff);
}

export function insertStaff(db: WritableDB, staff: { name: string; role: Role; pinHash: string; at: string }): number {
  const result = run(
    db,
    sql`INSERT INTO staff (name, role, pin_hash, created_at, updated_at)
        VALUES (${staff.name}, ${staff.role}, ${staff.pinHash}, ${staff.at}, ${staff.at})`,
  );
  return Number(result.lastInsertRowid);
}

export function updateStaffProfile(
  db: WritableDB,
  id: number,
  profile: { name: string; role: Role; active: boolean; at: string },
): void {
  run(
    db,
    sql`UPDATE staff SET name = ${profile.name}, role = ${profile.role}, active = ${profile.active}, updated_at = ${profile.at}
        WHERE id = ${id}`,
  );
}

export function updateStaffPin(db: WritableDB, id: number, pinHash: string, at: string): void {
  run(
    db,
    sql`UPDATE staff SET pin_hash = ${pinHash}, failed_attempts = 0, locked_until = NULL, updated_at = ${at} WHERE id = ${id}`,
  );
}

export function updatePinAttempts(
  db: WritableDB,
  id: number,
  state: { failedAttempts: number; lockedUntil: number | null },
): void {
  run(
    db,
    sql`UPDATE staff SET failed_attempts = ${state.failedAttempts}, locked_until = ${state.lockedUntil} WHERE id = ${id}`,
  );
}

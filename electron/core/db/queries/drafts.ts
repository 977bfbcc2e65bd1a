import { all, get, run, sql } from '../sql';
import type { ReadableDB, WritableDB } from '../types';

export interface DraftRecord {
  id: number;
  staffId: number;
  staffName: string;
  customerId: number | null;
  summary: string;
  data: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

interface DraftRow {
  id: number;
  staff_id: number;
  staff_name: string;
  customer_id: number | null;
  summary: string;
  data: string;
  created_at: string;
  updated_at: string;
}

const selectDraft = sql`SELECT d.*, s.name AS staff_name FROM intake_drafts d JOIN staff s ON s.id = d.staff_id`;

function rowToDraft(row: DraftRow): DraftRecord {
  return {
    id: row.id,
    staffId: row.staff_id,
    staffName: row.staff_name,
    customerId: row.customer_id,
    summary: row.summary,
    data: JSON.parse(row.data) as Record<string, unknown>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listDrafts(db: ReadableDB): DraftRecord[] {
  return all<DraftRow>(db, sql`${selectDraft} ORDER BY d.updated_at DESC, d.id DESC LIMIT 50`).map(rowToDraft);
}

export function findDraft(db: ReadableDB, id: number): DraftRecord | undefined {
  const row = get<DraftRow>(db, sql`${selectDraft} WHERE d.id = ${id}`);
  return row && rowToDraft(row);
}

export interface DraftWrite {
  staffId: number;
  customerId: number | null;
  summary: string;
  data: Record<string, unknown>;
}

export function insertDraft(db: WritableDB, draft: DraftWrite, at: string): number {
  const result = run(
    db,
    sql`INSERT INTO intake_drafts (staff_id, customer_id, summary, data, created_at, updated_at)
        VALUES (${draft.staffId}, ${draft.customerId}, ${draft.summary}, ${JSON.stringify(draft.data)}, ${at}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}

export function updateDraft(db: WritableDB, id: number, draft: DraftWrite, at: string): void {
  run(
    db,
    sql`UPDATE intake_drafts SET staff_id = ${draft.staffId}, customer_id = ${draft.customerId}, summary = ${draft.summary},
          data = ${JSON.stringify(draft.data)}, updated_at = ${at}
        WHERE id = ${id}`,
  );
}

export function deleteDraft(db: WritableDB, id: number): boolean {
  return run(db, sql`DELETE FROM intake_drafts WHERE id = ${id}`).changes > 0;
}

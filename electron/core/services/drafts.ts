import { fail, ok, type IntakeDraft, type Outcome, type ParsedInputOf } from '../../../shared/contract';
import { findCustomer } from '../db/queries/customers';
import { deleteDraft, findDraft, insertDraft, listDrafts, updateDraft, type DraftRecord } from '../db/queries/drafts';
import { writeTransaction } from '../db/sql';
import { requireActor, type HandlerContext } from '../context';
import { audit } from './audit';

/** A draft's form data is the renderer's to shape; it is checked only when the intake is recorded. */
const MAX_DRAFT_BYTES = 1_000_000;

function toDraft(record: DraftRecord): IntakeDraft {
  return { ...record };
}

export function draftsList(context: HandlerContext): Outcome<IntakeDraft[]> {
  return ok(listDrafts(context.db).map(toDraft));
}

/**
 * Saves the intake as it stands, on every change. Starting a draft and discarding one are
 * audited; the autosaves in between only move the draft's own `updated_at` and staff member.
 */
export function saveDraft(context: HandlerContext, input: ParsedInputOf<'drafts-save'>): Outcome<IntakeDraft> {
  const actor = requireActor(context);
  if (JSON.stringify(input.data).length > MAX_DRAFT_BYTES) return fail('validation', 'errors.draftTooLarge');
  const at = context.now.toISOString();
  const outcome = writeTransaction(context.db, (): { missing: 'draft' | 'customer' } | { id: number } => {
    if (input.customerId !== null && !findCustomer(context.db, input.customerId)) return { missing: 'customer' };
    const draft = { staffId: actor.id, customerId: input.customerId, summary: input.summary, data: input.data };
    if (input.id === null) {
      const id = insertDraft(context.db, draft, at);
      audit(context.db, context, 'draft.create', { entity: 'intake_draft', entityId: id });
      return { id };
    }
    if (!findDraft(context.db, input.id)) return { missing: 'draft' };
    updateDraft(context.db, input.id, draft, at);
    return { id: input.id };
  });
  if ('missing' in outcome)
    return outcome.missing === 'draft'
      ? fail('not-found', 'errors.draftNotFound')
      : fail('not-found', 'errors.customerNotFound');
  const saved = findDraft(context.db, outcome.id);
  return saved ? ok(toDraft(saved)) : fail('not-found', 'errors.draftNotFound');
}

export function discardDraft(context: HandlerContext, input: ParsedInputOf<'drafts-discard'>): Outcome<{ id: number }> {
  const removed = writeTransaction(context.db, () => {
    const draft = findDraft(context.db, input.id);
    if (!draft) return false;
    deleteDraft(context.db, input.id);
    audit(context.db, context, 'draft.discard', {
      entity: 'intake_draft',
      entityId: input.id,
      details: { summary: draft.summary, startedBy: draft.staffId },
    });
    return true;
  });
  return removed ? ok({ id: input.id }) : fail('not-found', 'errors.draftNotFound');
}

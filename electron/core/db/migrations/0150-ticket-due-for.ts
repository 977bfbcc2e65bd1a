import type { Migration } from '../migrate';

/** What a due time may be for, as of this migration: a state's own limit, or the promise. */
export const dueForAt150 = ['received', 'diagnosing', 'awaiting-parts', 'repairing', 'qa', 'promise'] as const;

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * What each ticket's due time is for (`ticketClock`'s `dueFor`): the limit of the state it is in
 * (while received, the first response) or the promise, so a queue can say "first response due in
 * 2 h" rather than only when. Kept with `due_at` by the same writer; tickets on file get theirs
 * when the core next opens, as due times did (0130).
 */
export const ticketDueFor: Migration = {
  version: 150,
  name: '0150-ticket-due-for',
  up(db) {
    db.exec(`ALTER TABLE tickets ADD COLUMN due_for TEXT CHECK (due_for IN (${list(dueForAt150)}));`);
  },
};

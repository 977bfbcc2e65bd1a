import type { Migration } from '../migrate';

/**
 * When each ticket in hand is due next (its state's own limit, or the promise while its clock
 * runs: `ticketClock` in shared/domain), kept beside the ticket by its one writer so the queues
 * sort by it and the overdue list reads it from an index. Null for a ticket held to nothing (on
 * the shelf, finished, or paused without a limit of its own). Tickets already on file get theirs
 * when the core opens (it needs the shop's calendar and settings, which a migration must not read).
 */
export const ticketDueTimes: Migration = {
  version: 130,
  name: '0130-ticket-due-times',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN due_at TEXT;
      CREATE INDEX tickets_state_due ON tickets (state, due_at);
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * A comeback (返修): a device taken in again while our repair warranty on an earlier repair still
 * covers it. The new ticket names that repair, so both show the link and the first-time-fix figure
 * can count the repairs that came back. Tickets on file taken in under our repair warranty are
 * linked to the device's repair picked up last before them.
 */
export const ticketComebacks: Migration = {
  version: 180,
  name: '0180-ticket-comebacks',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN comeback_of INTEGER REFERENCES tickets (id);
      UPDATE tickets SET comeback_of = (
          SELECT r.id FROM tickets r
          WHERE r.device_id = tickets.device_id AND r.id <> tickets.id AND r.state = 'picked-up'
            AND r.service_type = 'repair' AND r.closed_at IS NOT NULL AND r.closed_at <= tickets.created_at
          ORDER BY r.closed_at DESC LIMIT 1)
        WHERE warranty_status = 'repair' AND device_id IS NOT NULL;
      CREATE INDEX tickets_comeback_of ON tickets (comeback_of) WHERE comeback_of IS NOT NULL;
    `);
  },
};

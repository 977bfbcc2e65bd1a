import { intakeChannels } from '../../../../shared/domain/intake-channels';
import type { Migration } from '../migrate';

const channels = intakeChannels.map((channel) => `'${channel}'`).join(', ');

/**
 * What the reports need to know of an intake that the ticket did not keep: the channel the
 * customer came through, and when reception began recording it (its draft's start), for the time
 * an intake takes at the counter. Earlier tickets came in at the counter, as the counter recorded
 * them, and when their recording began is not known. The channel is checked by triggers rather
 * than a CHECK on the new column, which SQLite would test against every existing row: seconds of
 * a locked start at a shop with a million tickets, for rows that all hold the default.
 */
export const ticketIntakeChannel: Migration = {
  version: 220,
  name: '0220-ticket-intake-channel',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN intake_channel TEXT NOT NULL DEFAULT 'walk-in';
      ALTER TABLE tickets ADD COLUMN intake_started_at TEXT;
      CREATE TRIGGER tickets_intake_channel_insert BEFORE INSERT ON tickets
        WHEN NEW.intake_channel NOT IN (${channels})
        BEGIN SELECT RAISE(ABORT, 'tickets: unknown intake channel'); END;
      CREATE TRIGGER tickets_intake_channel_update BEFORE UPDATE OF intake_channel ON tickets
        WHEN NEW.intake_channel NOT IN (${channels})
        BEGIN SELECT RAISE(ABORT, 'tickets: unknown intake channel'); END;
    `);
  },
};

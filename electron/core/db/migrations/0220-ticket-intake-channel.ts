import { intakeChannels } from '../../../../shared/domain/intake-channels';
import type { Migration } from '../migrate';

const channels = intakeChannels.map((channel) => `'${channel}'`).join(', ');

/**
 * What the reports need to know of an intake that the ticket did not keep: the channel the
 * customer came through, and when reception began recording it (its draft's start), for the time
 * an intake takes at the counter. Earlier tickets came in at the counter, as the counter recorded
 * them, and when their recording began is not known.
 */
export const ticketIntakeChannel: Migration = {
  version: 220,
  name: '0220-ticket-intake-channel',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN intake_channel TEXT NOT NULL DEFAULT 'walk-in' CHECK (intake_channel IN (${channels}));
      ALTER TABLE tickets ADD COLUMN intake_started_at TEXT;
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * Devices handed back before the ledger (0160) left with their bill paid at the counter, but the
 * money was never written down: on the ledger they would now look owed (or owed back) for ever.
 * Each such pickup gets the one entry that settles it, as it was settled then: a payment of what
 * was left after the deposit, or a refund of a deposit above the bill, method `other` (how it was
 * paid was never asked), by whoever handed it over, at the time it was. The bill is worked out as
 * `computeFees` does (shared/domain/fees.ts): the bill's lines once billed, else the estimate's,
 * less what the warranty covers and the discount, never below zero.
 */
export const settleEarlierPickups: Migration = {
  version: 190,
  name: '0190-settle-earlier-pickups',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE earlier_pickups AS
        SELECT t.id AS ticket_id, t.discount_fen,
          coalesce((SELECT e.actor_id FROM ticket_events e
                    WHERE e.ticket_id = t.id AND e.to_state = 'picked-up' ORDER BY e.id DESC LIMIT 1),
                   t.receptionist_id) AS staff_id,
          coalesce(t.closed_at, t.updated_at) AS at,
          CASE WHEN t.billed = 1
            THEN (SELECT coalesce(sum(quantity * unit_price_fen), 0) FROM ticket_bill_lines WHERE ticket_id = t.id)
            ELSE (SELECT coalesce(sum(quantity * unit_price_fen), 0) FROM ticket_lines WHERE ticket_id = t.id)
          END AS subtotal_fen,
          CASE WHEN t.warranty_status NOT IN ('maker', 'repair') THEN 0
            WHEN t.billed = 1
            THEN (SELECT coalesce(sum(quantity * unit_price_fen), 0) FROM ticket_bill_lines
                  WHERE ticket_id = t.id AND warranty_covered = 1)
            ELSE (SELECT coalesce(sum(quantity * unit_price_fen), 0) FROM ticket_lines
                  WHERE ticket_id = t.id AND warranty_covered = 1)
          END AS covered_fen,
          (SELECT coalesce(sum(CASE WHEN kind = 'refund' THEN -amount_fen ELSE amount_fen END
                               * CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END), 0)
           FROM payments WHERE ticket_id = t.id) AS paid_fen
        FROM tickets t
        WHERE t.state = 'picked-up' AND NOT EXISTS (
          SELECT 1 FROM ticket_events e
          WHERE e.ticket_id = t.id AND e.kind = 'hand-over' AND json_extract(e.payload, '$.identity') IS NOT NULL);
      CREATE TEMP TABLE earlier_balances AS
        SELECT ticket_id, staff_id, at,
          max(subtotal_fen - covered_fen - min(max(discount_fen, 0), max(subtotal_fen - covered_fen, 0)), 0)
            - paid_fen AS balance_fen
        FROM earlier_pickups;
      INSERT INTO payments (ticket_id, kind, method, amount_fen, staff_id, at)
        SELECT ticket_id, 'payment', 'other', min(balance_fen, 100000000), staff_id, at FROM earlier_balances
        WHERE balance_fen > 0 ORDER BY ticket_id;
      INSERT INTO payments (ticket_id, kind, method, amount_fen, staff_id, at)
        SELECT ticket_id, 'refund', 'other', min(-balance_fen, 100000000), staff_id, at FROM earlier_balances
        WHERE balance_fen < 0 ORDER BY ticket_id;
      DROP TABLE earlier_balances;
      DROP TABLE earlier_pickups;
    `);
  },
};

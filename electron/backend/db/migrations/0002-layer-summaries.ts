import type Database from 'better-sqlite3';
import { summarizeLedger } from '../../../../shared/domain/layer-ledger';
import type { Leg, Ticket } from '../../../../shared/domain/types';
import type { Migration } from './migration';

/**
 * Keeps each layer's derived figures (units, cash, realised P&L, expiration, strikes) on
 * its row, refreshed in the same transaction as every ticket change, so the layers list of
 * a ten-year journal is one indexed read instead of replaying 25,000 tickets.
 * The tickets stay the ledger; these columns are a cache of `summarizeLedger`.
 */
export const layerSummaries: Migration = {
  version: 2,
  name: 'layer summary columns',
  sql: `
ALTER TABLE layers ADD COLUMN opened_quantity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE layers ADD COLUMN open_quantity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE layers ADD COLUMN open_price_hundredths INTEGER NOT NULL DEFAULT 0;
ALTER TABLE layers ADD COLUMN net_cash_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE layers ADD COLUMN realized_pnl_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE layers ADD COLUMN fees_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE layers ADD COLUMN expiration TEXT;
CREATE INDEX layers_by_portfolio_date ON layers (portfolio_id, opened_on);
ALTER TABLE layers ADD COLUMN strikes_json TEXT CHECK (strikes_json IS NULL OR json_valid(strikes_json));
`,
  backfill(db: Database.Database) {
    const layerIds = db.prepare('SELECT id FROM layers').pluck().all() as number[];
    const legsOf = db.prepare('SELECT id, layer_id AS layerId, instrument, underlying, symbol, right, side, strike_hundredths AS strikeHundredths, expiration, ratio, multiplier FROM legs WHERE layer_id = ? ORDER BY id');
    const ticketsOf = db.prepare('SELECT id, layer_id AS layerId, date, action, quantity, net_price_hundredths AS netPriceHundredths, multiplier, fees_cents AS feesCents, note FROM tickets WHERE layer_id = ? ORDER BY date, id');
    const legsOfTicket = db.prepare('SELECT leg_id AS legId, quantity FROM ticket_legs WHERE ticket_id = ?');
    const write = db.prepare('UPDATE layers SET opened_quantity = ?, open_quantity = ?, open_price_hundredths = ?, net_cash_cents = ?, realized_pnl_cents = ?, fees_cents = ?, expiration = ?, strikes_json = ? WHERE id = ?');
    for (const id of layerIds) {
      const legs = legsOf.all(id) as Leg[];
      const tickets = (ticketsOf.all(id) as Omit<Ticket, 'legs' | 'cashCents'>[]).map((t) => ({
        ...t, cashCents: t.netPriceHundredths * t.multiplier * t.quantity - t.feesCents, legs: legsOfTicket.all(t.id) as Ticket['legs'],
      }));
      const s = summarizeLedger(legs, tickets);
      write.run(s.openedQuantity, s.openQuantity, s.openPriceHundredths, s.netCashCents, s.realizedPnlCents, s.feesCents, s.expiration, s.strikes ? JSON.stringify(s.strikes) : null, id);
    }
  },
};

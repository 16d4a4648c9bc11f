import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Keeps each layer's derived figures (units, cash, realised P&L, expiration, strikes) on
 * its row, refreshed in the same transaction as every ticket change, so the layers list of
 * a ten-year journal is one indexed read instead of replaying 25,000 tickets.
 * The tickets stay the ledger; these columns are a cache of `summarizeLedger`.
 *
 * The backfill is frozen: it computes with its own copy of the ledger rules as they stood
 * when this migration was written (shared/domain/layer-ledger.ts, 2026-11), never with today's
 * domain code, so changing those rules cannot change what upgrading an old journal writes.
 * A later rule change that must reach stored rows gets a migration of its own.
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
    const legsOf = db.prepare('SELECT id, instrument, right, side, strike_hundredths AS strike, expiration, ratio FROM legs WHERE layer_id = ? ORDER BY id');
    const ticketsOf = db.prepare(
      'SELECT id, action, quantity, net_price_hundredths AS price, multiplier, fees_cents AS fees FROM tickets WHERE layer_id = ? ORDER BY date, id');
    const legsOfTicket = db.prepare('SELECT leg_id AS legId, quantity FROM ticket_legs WHERE ticket_id = ?');
    const write = db.prepare('UPDATE layers SET opened_quantity = ?, open_quantity = ?, open_price_hundredths = ?, net_cash_cents = ?, '
      + 'realized_pnl_cents = ?, fees_cents = ?, expiration = ?, strikes_json = ? WHERE id = ?');
    for (const id of layerIds) {
      const tickets = (ticketsOf.all(id) as Omit<FrozenTicket, 'legs'>[]).map((t) => ({ ...t, legs: legsOfTicket.all(t.id) as FrozenTicket['legs'] }));
      const s = frozenSummary(legsOf.all(id) as FrozenLeg[], tickets);
      write.run(s.openedQuantity, s.openQuantity, s.openPrice, s.netCash, s.realized, s.fees, s.expiration, s.strikes, id);
    }
  },
};

// ---- Frozen copy of the 2026-11 ledger rules: do not edit, do not import domain code here. ----

interface FrozenLeg { id: number; instrument: string; right: string | null; side: string; strike: number | null; expiration: string | null; ratio: number }
interface FrozenTicket {
  id: number; action: string; quantity: number; price: number; multiplier: number; fees: number; legs: { legId: number; quantity: number }[];
}

const CLOSING = new Set(['close', 'roll', 'expire', 'settle']);

/**
 * A layer's summary from its legs and tickets (tickets by date, then id). Cash per ticket =
 * net price (hundredths) × multiplier × quantity − fees, in cents. A layer whose legs are all
 * flat is closed whatever its unit count; a closed layer realises its net cash, a partly
 * closed one its closing cash plus the cost basis of the units closed, pro rata (rounded).
 */
// eslint-disable-next-line complexity -- a frozen copy of the 2026-11 ledger rules: kept as written, never refactored
function frozenSummary(legs: FrozenLeg[], tickets: FrozenTicket[]) {
  const open = new Map<number, number>(legs.map((leg) => [leg.id, 0]));
  let openedQuantity = 0, closedQuantity = 0, netCash = 0, closingCash = 0, costBasis = 0, fees = 0, openPrice = 0;
  for (const t of tickets) {
    for (const tl of t.legs) open.set(tl.legId, (open.get(tl.legId) ?? 0) + tl.quantity);
    if (t.action === 'open' && openedQuantity === 0) openPrice = t.price;
    const cash = t.price * t.multiplier * t.quantity - t.fees;
    netCash += cash;
    if (t.action === 'open') openedQuantity += t.quantity;
    if (CLOSING.has(t.action)) { closedQuantity += t.quantity; closingCash += cash; } else costBasis += cash;
    fees += t.fees;
  }
  const allFlat = [...open.values()].every((q) => q === 0);
  const openQuantity = allFlat ? 0 : Math.max(0, openedQuantity - closedQuantity);
  const realized = openQuantity === 0
    ? netCash
    : closingCash + (openedQuantity > 0 ? Math.round((costBasis * Math.min(closedQuantity, openedQuantity)) / openedQuantity) : 0);
  const live = legs.filter((leg) => (open.get(leg.id) ?? 0) !== 0);
  const shape = live.length > 0 ? live : legs;
  let expiration: string | null = null;
  for (const leg of shape) if (leg.expiration !== null && (expiration === null || leg.expiration < expiration)) expiration = leg.expiration;
  return { openedQuantity, openQuantity, openPrice, netCash, realized, fees, expiration, strikes: frozenCondorStrikes(shape) };
}

/** The four strikes as JSON when the legs form one ordered iron condor (one expiration, ratio 1), else null. */
// eslint-disable-next-line complexity -- a frozen copy of the 2026-11 ledger rules: kept as written, never refactored
function frozenCondorStrikes(legs: FrozenLeg[]): string | null {
  if (legs.length !== 4) return null;
  const find = (right: string, side: string) => legs.find((leg) => leg.instrument === 'option' && leg.right === right && leg.side === side);
  const [putLong, putShort, callShort, callLong] = [find('put', 'long'), find('put', 'short'), find('call', 'short'), find('call', 'long')];
  if (!putLong || !putShort || !callShort || !callLong) return null;
  if (new Set(legs.map((leg) => leg.expiration)).size !== 1 || legs.some((leg) => leg.ratio !== 1)) return null;
  const s = { putLong: putLong.strike ?? 0, putShort: putShort.strike ?? 0, callShort: callShort.strike ?? 0, callLong: callLong.strike ?? 0 };
  return s.putLong < s.putShort && s.putShort < s.callShort && s.callShort < s.callLong ? JSON.stringify(s) : null;
}

import type { Migration } from './migration';

/**
 * Each leg's own fill price on a ticket, when the source gave one (a broker export lists every
 * leg of a multi-leg order with its price; a hand-entered ticket usually has only the net).
 * Unit: hundredths of a point per contract, unsigned (the premium of that option); the leg's
 * direction is the row's signed quantity, so the ticket's net per unit is
 * Σ −quantity × price ÷ ticket quantity (+ credit). NULL = not known: the ticket's net price
 * alone anchors the layer, as before. Existing journals migrate with every price NULL.
 * Frozen: plain SQL.
 */
export const ticketLegPrices: Migration = {
  version: 7,
  name: 'ticket leg prices',
  sql: `
ALTER TABLE ticket_legs ADD COLUMN price_hundredths INTEGER CHECK (price_hundredths IS NULL OR price_hundredths >= 0);
`,
};

import type { Migration } from './migration';

/**
 * The broker's order number behind each imported ticket, so importing the same export twice
 * (or two overlapping ones) skips what is already in the journal. One order can make two
 * tickets (a roll: the closing ticket and the new layer's opening ticket), hence a table keyed
 * by ticket rather than a column. Deleting a ticket forgets its order, so it can be imported again.
 */
export const brokerOrders: Migration = {
  version: 4,
  name: 'broker order numbers',
  sql: `
CREATE TABLE broker_orders (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
  broker TEXT NOT NULL CHECK (broker IN ('tastytrade')),
  order_number TEXT NOT NULL CHECK (length(order_number) BETWEEN 1 AND 40)
);
CREATE INDEX broker_orders_by_order ON broker_orders (portfolio_id, broker, order_number);
`,
};

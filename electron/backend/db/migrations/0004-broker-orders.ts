import type { Migration } from './migration';

/**
 * The broker's order number behind each imported ticket, so importing the same export twice
 * (or two overlapping ones) skips what is already in the journal. One order can make two
 * tickets (a roll: the closing ticket and the new layer's opening ticket), and one expire or
 * settle ticket stands for several delivery rows, which have no order number and are keyed by
 * date, symbol and sub type (`2024-09-20 SPXW240920P05250000 Cash Settled Assignment`) —
 * hence a table of (ticket, key) pairs rather than a column. Deleting a ticket forgets its
 * keys, so it can be imported again.
 */
export const brokerOrders: Migration = {
  version: 4,
  name: 'broker order numbers',
  sql: `
CREATE TABLE broker_orders (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
  broker TEXT NOT NULL CHECK (broker IN ('tastytrade')),
  order_number TEXT NOT NULL CHECK (length(order_number) BETWEEN 1 AND 80),
  PRIMARY KEY (ticket_id, order_number)
);
CREATE INDEX broker_orders_by_order ON broker_orders (portfolio_id, broker, order_number);
`,
};

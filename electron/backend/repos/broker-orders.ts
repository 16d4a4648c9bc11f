import type Database from 'better-sqlite3';
import { sql } from '../db/statements';

/** Order numbers of a broker already imported into a portfolio. */
export function importedOrderNumbers(db: Database.Database, portfolioId: number, broker: string): Set<string> {
  const rows = sql(db, 'SELECT DISTINCT order_number FROM broker_orders WHERE portfolio_id = ? AND broker = ?').all(portfolioId, broker) as { order_number: string }[];
  return new Set(rows.map((r) => r.order_number));
}

export function recordBrokerOrder(db: Database.Database, o: { ticketId: number; portfolioId: number; broker: string; orderNumber: string }): void {
  sql(db, 'INSERT INTO broker_orders (ticket_id, portfolio_id, broker, order_number) VALUES (?, ?, ?, ?)').run(o.ticketId, o.portfolioId, o.broker, o.orderNumber);
}

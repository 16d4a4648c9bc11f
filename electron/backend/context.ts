import type Database from 'better-sqlite3';
import { exchangeDate } from '../../shared/dates';

/** What every handler may use: the database and injected side effects. */
export interface BackendContext {
  db: Database.Database;
  dbPath: string;
  appVersion: string;
  /** The wall clock, injected so tests can fix "today". */
  now: () => Date;
}

/** The journal's today: the exchange (New York) date of the injected clock. */
export function today(ctx: Pick<BackendContext, 'now'>): string {
  return exchangeDate(ctx.now());
}

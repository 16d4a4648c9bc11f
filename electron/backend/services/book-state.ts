/**
 * The one read of the book as of a date (ALVH.md "Time-true state") every figure goes through:
 * the layers that can matter on `date` (open then, or ended on/after it), each rebuilt from its
 * tickets dated ≤ date by shared/domain/layer-as-of.ts. Layers that had ended before `date`
 * cannot change after their last ticket, so their stored summaries (the closed history) stand.
 */
import type Database from 'better-sqlite3';
import { bookAsOf } from '../../../shared/domain/layer-as-of';
import type { SettlementPriceFn } from '../../../shared/domain/settlement';
import type { LayerDetail, MarketSymbol } from '../../../shared/domain/types';
import { sql } from '../db/statements';
import { listLayersActiveOn } from '../repos/layers';

/** Layers alive on `date` as they stood at its end; those not opened yet are left out. */
export function activeLayersAsOf(db: Database.Database, portfolioId: number, date: string): LayerDetail[] {
  return bookAsOf(listLayersActiveOn(db, portfolioId, date, date), date);
}

/** The last stored close of each index (the stale-market notice). */
export function marketEnds(db: Database.Database): { spx: string | null; vix: string | null } {
  const last = (symbol: MarketSymbol) => (sql(db, 'SELECT max(date) FROM market_bars WHERE symbol = ?').pluck().get(symbol) as string | null) ?? null;
  return { spx: last('SPX'), vix: last('VIX') };
}

/**
 * Settlement prices from the store: the CLOSE of the day, and its OPEN once the store keeps it
 * (issue 15 adds `open_hundredths`; until then an OPEN is missing and the prompt asks for it).
 */
export function storedSettlementPrice(db: Database.Database): SettlementPriceFn {
  const hasOpen = (sql(db, "SELECT count(*) FROM pragma_table_info('market_bars') WHERE name = 'open_hundredths'").pluck().get() as number) > 0;
  return (symbol, date, kind) => {
    if (kind === 'open' && !hasOpen) return null;
    const column = kind === 'open' ? 'open_hundredths' : 'close_hundredths';
    const value = sql(db, `SELECT ${column} FROM market_bars WHERE symbol = ? AND date = ?`).pluck().get(symbol, date) as number | null | undefined;
    return value === null || value === undefined ? null : value / 100;
  };
}

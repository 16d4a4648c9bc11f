/**
 * The one read of the book as of a date (ALVH.md "Time-true state") every figure goes through:
 * the layers that can matter on `date` (open then, or ended on/after it), each rebuilt from its
 * tickets dated ≤ date by shared/domain/layer-as-of.ts. Layers that had ended before `date`
 * cannot change after their last ticket, so their stored summaries (the closed history) stand.
 */
import type Database from 'better-sqlite3';
import { bookAsOf } from '../../../shared/domain/layer-as-of';
import type { SettlementPriceFn } from '../../../shared/domain/settlement';
import type { LayerDetail } from '../../../shared/domain/types';
import { sql } from '../db/statements';
import { listLayersActiveOn } from '../repos/layers';

/** Layers alive on `date` as they stood at its end; those not opened yet are left out. */
export function activeLayersAsOf(db: Database.Database, portfolioId: number, date: string): LayerDetail[] {
  return bookAsOf(listLayersActiveOn(db, portfolioId, date, date), date);
}

/**
 * Settlement prices from the store: the OPEN (migration 0005) or the CLOSE of the exact day, points;
 * null when that day — or its OPEN, for a closes-only import — is not stored.
 */
export function storedSettlementPrice(db: Database.Database): SettlementPriceFn {
  return (symbol, date, kind) => {
    const column = kind === 'open' ? 'open_hundredths' : 'close_hundredths';
    const value = sql(db, `SELECT ${column} FROM market_bars WHERE symbol = ? AND date = ?`).pluck().get(symbol, date) as number | null | undefined;
    return value === null || value === undefined ? null : value / 100;
  };
}

import type Database from 'better-sqlite3';
import { sql } from './statements';

/**
 * An in-memory version of the market closes (`market_bars`), for caches derived from them
 * (`market/list`, the prepared indicator history): unlike `total_changes()` it does not move
 * when a ticket, note or mark is saved. Every write to `market_bars` on this connection goes
 * through `repos/market.ts` (`upsertCloses`, `deleteBar`), which bumps it; a JSON restore
 * (`restoreJson` calls `forgetMarketStamps`) and another connection's commit (the CLI while the
 * app is open, seen through `PRAGMA data_version`) move it too. A bump for a write that is then
 * rolled back only costs a recomputation.
 */
interface MarketStamps {
  version: number;
  dataVersion: number;
}

const stampsByDb = new WeakMap<Database.Database, MarketStamps>();

function dataVersion(db: Database.Database): number {
  return sql(db, 'PRAGMA data_version').pluck().get() as number;
}

function stampsOf(db: Database.Database): MarketStamps {
  let stamps = stampsByDb.get(db);
  if (!stamps) {
    stamps = { version: 0, dataVersion: dataVersion(db) };
    stampsByDb.set(db, stamps);
  }
  return stamps;
}

/** Market closes were (or may have been) written on this connection. */
export function bumpMarketStamp(db: Database.Database): void {
  stampsOf(db).version += 1;
}

/** Every market-derived cache starts over (the rows were replaced wholesale). */
export function forgetMarketStamps(db: Database.Database): void {
  bumpMarketStamp(db);
}

/** Moves whenever the market closes may have changed: a write here, a restore, or another connection's commit. */
export function marketVersion(db: Database.Database): number {
  const stamps = stampsOf(db);
  const version = dataVersion(db);
  if (version !== stamps.dataVersion) {
    stamps.dataVersion = version;
    stamps.version += 1;
  }
  return stamps.version;
}

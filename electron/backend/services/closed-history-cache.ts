/**
 * The dashboard's closed-layer history (IRR / WACC cash over ~2,500 closed layers, ~20 ms to
 * read) per connection, portfolio and date, kept across writes that cannot change it: a value
 * that read a set of layers (db/derived-cache.ts `derivedOverLayers`). It reads only layers
 * closed before the date — their rows, legs and tickets — so after a write the entry stands unless
 * a layer it holds was written, or a layer written since (none it holds) is now a closed layer of
 * the portfolio before the date (it closed, or a layer was reopened and closed again): saving a
 * ticket of an open layer costs one indexed look-up of that layer. Layers added or deleted (a
 * deleted portfolio cascades without per-layer stamps), a restore, another connection's commit and
 * a rolled-back call drop the entry.
 */
import type Database from 'better-sqlite3';
import type { ClosedHistory } from '../../../shared/dashboard';
import { derivedOverLayers } from '../db/derived-cache';
import { sql } from '../db/statements';
import { closedLayerHistory } from '../repos/layers';

/** Entries per connection (portfolio × date); the one used longest ago goes first. */
const MAX_ENTRIES = 8;

export function cachedClosedLayerHistory(db: Database.Database, portfolioId: number, date: string): ClosedHistory {
  return derivedOverLayers(db, 'closed-history', `${portfolioId}/${date}`, () => {
    const history = closedLayerHistory(db, portfolioId, date);
    return { value: history, held: new Set(history.layers.map((l) => l.id)) };
  }, (written) => joinsHistory(db, written, portfolioId, date), MAX_ENTRIES);
}

/** Whether one of these layers (none of them in the kept history) now belongs to it. */
function joinsHistory(db: Database.Database, written: readonly number[], portfolioId: number, date: string): boolean {
  const joined = sql(db, "SELECT count(*) FROM layers WHERE id IN (SELECT value FROM json_each(?)) AND portfolio_id = ? AND status <> 'open' AND closed_on < ?")
    .pluck().get(JSON.stringify(written), portfolioId, date) as number;
  return joined > 0;
}

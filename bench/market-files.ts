/** The real CBOE history files beside the checkout (../shared/data/market), read for benches and demos. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMarketCsv, type ParsedClose } from '../shared/import/market-csv';

/**
 * dist/bench.cjs and bench/*.ts both sit one level below the project root; a bundle written
 * elsewhere (e.g. /tmp) falls back to the same folder seen from the working directory.
 */
const besideCheckout = resolve(__dirname, '..', '..', 'shared', 'data', 'market');
export const MARKET_DIR = process.env.ALVH_MARKET_DIR ?? (existsSync(besideCheckout) ? besideCheckout : resolve(process.cwd(), '..', 'shared', 'data', 'market'));

export function marketCsv(symbol: 'SPX' | 'VIX'): string {
  return readFileSync(join(MARKET_DIR, `${symbol}_History.csv`), 'utf8');
}

export function marketCloses(symbol: 'SPX' | 'VIX'): ParsedClose[] {
  const parsed = parseMarketCsv(marketCsv(symbol));
  if (!parsed.ok) throw new Error(`${symbol}_History.csv did not parse: ${parsed.issues[0]?.message}`);
  return parsed.closes;
}

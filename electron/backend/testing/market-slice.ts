/** Slices of the real CBOE history beside the checkout, as CSV text, for tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MARKET_DIR = resolve(__dirname, '..', '..', '..', '..', 'shared', 'data', 'market');
export const HAS_MARKET_DATA = existsSync(join(MARKET_DIR, 'SPX_History.csv'));
if (!HAS_MARKET_DATA) console.warn(`SKIPPING the tests on real SPX/VIX history: ${MARKET_DIR} is missing (the project's shared/ folder belongs beside the checkout).`);

/** Rows of `${symbol}_History.csv` with MM/DD/YYYY dates between from and to (ISO, inclusive), header kept. */
export function historySlice(symbol: 'SPX' | 'VIX', from: string, to: string): string {
  const [header, ...rows] = readFileSync(join(MARKET_DIR, `${symbol}_History.csv`), 'utf8').trim().split(/\r?\n/);
  const iso = (us: string) => `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;
  return [header, ...rows.filter((row) => { const d = iso(row.slice(0, 10)); return d >= from && d <= to; })].join('\n');
}

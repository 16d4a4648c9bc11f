/** Test fixtures shared by the broker-import tests: a temp backend with one portfolio, and the tastytrade sample export. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempBackend, type TempBackend } from './temp-backend';

/** A small real-shaped tastytrade export (fixtures/tastytrade-sample.csv). */
export const TASTYTRADE_SAMPLE = readFileSync(join(__dirname, 'fixtures', 'tastytrade-sample.csv'), 'utf8');

/** A fresh temp backend with a portfolio "Main" ($100,000 of risk capital); the caller cleans it up. */
export async function portfolioBackend(): Promise<{ t: TempBackend; portfolioId: number }> {
  const t = tempBackend();
  const portfolioId = (await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 })).id;
  return { t, portfolioId };
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { priceOption } from '../../../shared/analytics';
import { HAS_MARKET_DATA, historySlice } from '../../backend/testing/market-slice';
import { tempBackend, type TempBackend } from '../../backend/testing/temp-backend';
import { runCli } from '../run-cli';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['quote', '--db', t.dbPath, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out, err };
}

async function importCloses(from: string, to: string) {
  for (const symbol of ['SPX', 'VIX'] as const) {
    const file = join(t.dir, `${symbol}.csv`);
    writeFileSync(file, historySlice(symbol, from, to));
    await runCli(['market', 'import', '--db', t.dbPath, '--symbol', symbol, file], { out: () => undefined, err: () => undefined }, {});
  }
}

interface Side { price: number; iv: number; delta: number }

describe.skipIf(!HAS_MARKET_DATA)('alvh quote (real closes of 2026-05-26: SPX 7519.12, VIX 17.01)', () => {
  it('--json prints put and call price, iv and delta per strike off the smile, consistent with Black–Scholes and parity', async () => {
    await importCloses('2026-05-01', '2026-05-29');
    const run = await cli('--date', '2026-05-26', '--expiration', '2026-07-10', '--strikes', '7100,7150,7519.12,7900,7950', '--json');
    expect(run.err).toEqual([]);
    const quotes = JSON.parse(run.out[0] ?? '[]') as { strike: number; put: Side; call: Side }[];
    expect(quotes.map((q) => q.strike)).toEqual([7100, 7150, 7519.12, 7900, 7950]);
    const years = 45 / 365;
    for (const q of quotes) {
      // Each price is Black–Scholes at its own iv (r 4.5%, q 1.3% defaults), and puts and calls share the iv.
      expect(q.put.iv).toBe(q.call.iv);
      const bs = (kind: 'put' | 'call') => priceOption({ kind, spot: 7519.12, strike: q.strike, years, rate: 0.045, dividendYield: 0.013, vol: q.put.iv });
      expect(q.put.price).toBeCloseTo(bs('put').price, 10);
      expect(q.call.delta).toBeCloseTo(bs('call').delta, 10);
      // Put–call parity: C − P = S·e^(−qT) − K·e^(−rT).
      expect(q.call.price - q.put.price).toBeCloseTo(7519.12 * Math.exp(-0.013 * years) - q.strike * Math.exp(-0.045 * years), 8);
      expect(q.put.delta).toBeLessThan(0);
      expect(q.call.delta).toBeGreaterThan(0);
    }
    // The smile: vol falls with the strike, puts' wing above the VIX level, calls' below.
    const ivs = quotes.map((q) => q.put.iv);
    for (let i = 1; i < ivs.length; i++) expect(ivs[i]).toBeLessThan(ivs[i - 1]);
    expect(ivs[1]).toBeGreaterThan(0.1701);
    expect(ivs[3]).toBeLessThan(0.1701);
    const table = await cli('--date', '2026-05-26', '--expiration', '2026-07-10', '--strikes', '7150,7900');
    expect(table.out[0]).toBe('SPX 7519.12  VIX 17.01 on 2026-05-26; expiration 2026-07-10 (45 days); default settings');
    expect(table.out).toHaveLength(4);
  });

  it('says what is missing or wrong in one line', async () => {
    await importCloses('2026-05-01', '2026-05-29');
    expect((await cli('--date', '2026-05-25', '--expiration', '2026-07-10', '--strikes', '7100')).err).toEqual(['alvh quote: no SPX close stored for 2026-05-25 (latest before it: 2026-05-22); import the closes first']);
    expect((await cli('--date', '2026-05-26', '--expiration', '2026-07-10', '--strikes', '7100,abc')).err).toEqual(['alvh quote: --strikes must be positive strikes in points separated by commas, got "abc" in "7100,abc"']);
    expect((await cli('--date', '2026-05-26', '--expiration', '2026-05-01', '--strikes', '7100')).err[0]).toMatch(/expiration 2026-05-01 is before the quote date 2026-05-26/);
    expect((await cli('--date', '2026-05-26', '--strikes', '7100')).err).toEqual(['alvh quote: --expiration is required']);
  });
});

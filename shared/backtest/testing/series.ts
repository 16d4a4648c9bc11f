/** Synthetic SPX/VIX bars for backtest tests: trading dates from the calendar, a seeded random walk. */
import { tradingDatesEndingOn } from '../../rules/testing/market-builder';
import type { CloseBar } from '../../rules/market-context';

/** mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` trading days ending on `last`: SPX a ±1.5%/day walk from 4000, VIX mean-reverting around 18 and moving against SPX. */
export function randomBars(seed: number, last: string, count: number): { spx: CloseBar[]; vix: CloseBar[] } {
  const random = prng(seed);
  const dates = tradingDatesEndingOn(last, count);
  let s = 4000;
  let v = 18;
  const spx: CloseBar[] = [];
  const vix: CloseBar[] = [];
  for (const date of dates) {
    const shock = (random() - 0.5) * 0.03;
    s *= 1 + shock;
    v = Math.max(9, v + 0.15 * (18 - v) - shock * 300 + (random() - 0.5) * 1.5);
    spx.push({ date, closeHundredths: Math.round(s * 100) });
    vix.push({ date, closeHundredths: Math.round(v * 100) });
  }
  return { spx, vix };
}

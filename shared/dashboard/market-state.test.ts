import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { MarketBar } from '../domain/types';
import { betaInfo } from './market-state';

/** SPX and VIX moving against each other with some noise, weekdays only. */
function history(days: number, seed: number): { spx: MarketBar[]; vix: MarketBar[] } {
  const spx: MarketBar[] = [];
  const vix: MarketBar[] = [];
  let s = 5000;
  let v = 18;
  let x = seed;
  for (let i = 0; i < days; i++) {
    const date = addDays('2025-01-01', i);
    const dow = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    x = (x * 16807) % 2147483647;
    const r = (x / 2147483647 - 0.5) * 0.02;
    s *= 1 + r;
    v = Math.max(9, v - 80 * r + ((x % 7) - 3) * 0.05);
    spx.push({ symbol: 'SPX', date, closeHundredths: Math.round(s * 100), openHundredths: null });
    vix.push({ symbol: 'VIX', date, closeHundredths: Math.round(v * 100), openHundredths: null });
  }
  return { spx, vix };
}

describe('betaInfo kept per history array', () => {
  it('answers as a fresh regression for each date and each VIX history, with the same arrays reused', () => {
    const { spx, vix } = history(500, 7);
    const other = history(500, 11).vix;
    for (const asOf of ['2026-03-02', '2026-04-15', '2026-03-02']) {
      expect(betaInfo(spx, vix, asOf)).toEqual(betaInfo([...spx], [...vix], asOf));
      expect(betaInfo(spx, other, asOf)).toEqual(betaInfo([...spx], [...other], asOf));
    }
    expect(betaInfo(spx, vix, '2026-03-02').beta).not.toBe(betaInfo(spx, other, '2026-03-02').beta);
    expect(betaInfo(spx, vix, '2026-03-02').beta).toBeLessThan(0);
  });
});

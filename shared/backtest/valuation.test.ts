/**
 * VIX legs are valued off the settings' forward curve F = θ + (VIX − θ)·e^(−κT) before expiry and
 * at intrinsic on the VIX close from expiration on; κ = 0 is exactly the old spot-as-forward model.
 */
import { describe, expect, it } from 'vitest';
import { priceFuturesOption, vixForward } from '../analytics';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { Leg } from '../domain/types';
import { HEDGE_VOL_OF_VOL } from '../rules/hedge-proposal';
import { dayPricer, legValuePoints } from './valuation';
import { runBacktest } from './run-backtest';
import { randomBars } from './testing/series';

const vixCall = (strike: number, expiration: string): Leg => ({ id: 0, layerId: 0, instrument: 'option', underlying: 'VIX', symbol: null, right: 'call', side: 'long', strikeHundredths: strike * 100, expiration, ratio: 1, multiplier: 100 });
const DAY = { date: '2026-01-05', spx: 4000, vix: 40 };
const EXPIRATION = '2026-02-04'; // 30 days out

describe('VIX leg model value', () => {
  it('κ = 0: Black-76 on the VIX close itself, bit for bit (the model before the term structure)', () => {
    for (const vix of [9.3, 16, 40, 82.69]) {
      const settings = { ...DEFAULT_SETTINGS, vixReversionPerYear: 0 };
      const value = legValuePoints(dayPricer({ ...DAY, vix }, settings), vixCall(44, EXPIRATION));
      expect(value).toBe(priceFuturesOption({ kind: 'call', forward: vix, strike: 44, years: 30 / 365, rate: 0.045, vol: HEDGE_VOL_OF_VOL }).price);
    }
  });

  it('defaults (θ 19.5, κ 3): VIX 40 → F = 35.52 thirty days out; the call is worth less than off spot', () => {
    const forward = vixForward(40, 30 / 365, { longRunMean: 19.5, reversionPerYear: 3 });
    expect(forward).toBeCloseTo(35.5202, 4);
    const value = legValuePoints(dayPricer(DAY, DEFAULT_SETTINGS), vixCall(44, EXPIRATION));
    expect(value).toBe(priceFuturesOption({ kind: 'call', forward, strike: 44, years: 30 / 365, rate: 0.045, vol: HEDGE_VOL_OF_VOL }).price);
    expect(value).toBeLessThan(legValuePoints(dayPricer(DAY, { ...DEFAULT_SETTINGS, vixReversionPerYear: 0 }), vixCall(44, EXPIRATION)));
  });

  it('settles on the VIX close (intrinsic), not on the forward', () => {
    expect(legValuePoints(dayPricer({ ...DAY, date: EXPIRATION }, DEFAULT_SETTINGS), vixCall(30, EXPIRATION))).toBe(10);
  });

  it('κ = 0 makes θ irrelevant to a whole backtest; κ > 0 changes the hedges', () => {
    const { spx, vix } = randomBars(7, '2024-12-31', 400);
    const run = (patch: Partial<typeof DEFAULT_SETTINGS>) => runBacktest({ spx, vix, from: '2024-03-01', to: '2024-12-31', settings: { ...DEFAULT_SETTINGS, ...patch } });
    const flat = run({ vixReversionPerYear: 0 });
    expect(run({ vixReversionPerYear: 0, vixLongRunMean: 50 })).toEqual(flat);
    const hedgeFills = (r: typeof flat) => r.strategies.find((s) => s.id === 'alvh')?.fills.filter((f) => f.reason === 'vix-hedge') ?? [];
    expect(hedgeFills(flat).length).toBeGreaterThan(0);
    expect(hedgeFills(run({ vixReversionPerYear: 3 }))).not.toEqual(hedgeFills(flat));
  });
});

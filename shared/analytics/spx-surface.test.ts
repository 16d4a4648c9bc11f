import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUsDate } from '../dates';
import { bsmKernel } from './option-kernel';
import { priceOnSurface, spxSurface, stripVix, type SurfaceMarket, VIX_YEARS } from './spx-surface';
import { durrlemanG, ssviTotalVariance } from './ssvi';
import { cboeVixFromPrices } from './vix-strip';

const SHAPE = { rho: -0.75, eta: 1.4, gamma: 0.4 };
const CURVE = { longRunMean: 19.5, reversionPerYear: 3 };
const market = (spot: number, vix: number): SurfaceMarket => ({ spot, vix, rate: 0.045, dividendYield: 0.013, shape: SHAPE, vixCurve: CURVE });

describe('the CBOE VIX formula on model prices', () => {
  it('returns the flat σ for a flat smile (the variance-swap identity), within the 5-point discretisation', () => {
    for (const [spot, vol] of [[7500, 0.2], [3000, 0.35], [1200, 0.6]]) {
      const forward = spot * Math.exp(0.032 * VIX_YEARS);
      const vix = cboeVixFromPrices({
        forward, years: VIX_YEARS, rate: 0.045, strikeStep: 5,
        price: (kind, k) => bsmKernel(kind, spot, k, VIX_YEARS, 0.045, 0.013, vol).price,
      });
      expect(Math.abs(vix - 100 * vol)).toBeLessThan(0.1);
    }
  });
});

describe('spxSurface: the 30-day slice is pinned to the VIX', () => {
  it('reproduces VIX from 9 to 83 within 0.05 vol points, at any SPX level', () => {
    fc.assert(fc.property(fc.double({ min: 9, max: 83, noNaN: true }), fc.double({ min: 250, max: 9000, noNaN: true }), (vix, spot) => {
      const s = spxSurface(market(spot, vix));
      expect(Math.abs(stripVix(s.market, s.theta30) - vix)).toBeLessThan(0.05);
    }), { numRuns: 60 });
  });

  const VIX_FILE = new URL('../../../shared/data/market/VIX_History.csv', import.meta.url);
  const SPX_FILE = new URL('../../../shared/data/market/SPX_History.csv', import.meta.url);
  const haveData = existsSync(VIX_FILE) && existsSync(SPX_FILE);
  if (!haveData) console.warn('spx-surface.test: ../shared/data/market is absent — the stored-history reproduction is skipped');
  it.skipIf(!haveData)('reproduces every 4th stored VIX close 1990–2026 from the model strip within 0.05', () => {
    const closes = (file: URL) => {
      const map = new Map<string, number>();
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
        const [d, , , , c] = line.split(',');
        const date = fromUsDate(d ?? '');
        if (date !== null) map.set(date, Number(c));
      }
      return map;
    };
    const spx = closes(SPX_FILE);
    const vixCloses = [...closes(VIX_FILE)].filter(([date]) => spx.has(date));
    let maxError = 0;
    let checked = 0;
    for (let i = 0; i < vixCloses.length; i += 4) {
      const [date, vix] = vixCloses[i];
      const s = spxSurface(market(spx.get(date) ?? 0, vix));
      maxError = Math.max(maxError, Math.abs(stripVix(s.market, s.theta30) - vix));
      checked += 1;
    }
    console.log(`VIX reproduced on ${checked} stored dates; max |model strip − VIX| = ${maxError.toExponential(2)} vol points`);
    expect(checked).toBeGreaterThan(2000);
    expect(maxError).toBeLessThan(0.05);
  });
});

describe('spxSurface: a VIX no smile can reach', () => {
  it('keeps the closest level and says how far off it is, instead of failing the whole page', () => {
    const s = spxSurface(market(5000, 1444));
    expect(s.pinErrorPoints).toBeLessThan(-1);
    expect(Number.isFinite(s.vol(5000, 45 / 365))).toBe(true);
    expect(Math.abs(spxSurface(market(5000, 17)).pinErrorPoints)).toBeLessThan(0.05);
  });
});

describe('spxSurface: no static arbitrage over the 1990–2026 VIX range', () => {
  const args = [fc.double({ min: 9, max: 83, noNaN: true }), fc.double({ min: 1 / 365, max: 2, noNaN: true })] as const;
  it('every slice has a non-negative density (Durrleman g ≥ 0)', () => {
    fc.assert(fc.property(...args, (vix, years) => {
      const s = spxSurface(market(5000, vix));
      const theta = s.atmTotalVariance(years);
      let minG = Infinity;
      for (let k = -2; k <= 1; k += 0.01) minG = Math.min(minG, durrlemanG(k, theta, SHAPE));
      expect(minG).toBeGreaterThanOrEqual(-1e-12);
    }), { numRuns: 60 });
  });
  it('total variance at fixed forward moneyness is non-decreasing in T (no calendar spread)', () => {
    fc.assert(fc.property(...args, fc.double({ min: -1, max: 0.5, noNaN: true }), fc.double({ min: 1e-3, max: 1, noNaN: true }), (vix, years, k, extra) => {
      const s = spxSurface(market(5000, vix));
      expect(ssviTotalVariance(k, s.atmTotalVariance(years + extra), SHAPE)).toBeGreaterThanOrEqual(ssviTotalVariance(k, s.atmTotalVariance(years), SHAPE));
    }), { numRuns: 100 });
  });
  it('puts carry a higher vol than calls at equal |k|', () => {
    fc.assert(fc.property(...args, fc.double({ min: 0.005, max: 0.5, noNaN: true }), (vix, years, k) => {
      const s = spxSurface(market(5000, vix));
      const f = s.forward(years);
      expect(s.vol(f * Math.exp(-k), years)).toBeGreaterThan(s.vol(f * Math.exp(k), years));
    }), { numRuns: 100 });
  });
});

describe('priceOnSurface Greeks', () => {
  it('agree with finite differences of the price (delta/gamma sticky-strike, vega per 1.00 offset, theta along the surface)', () => {
    fc.assert(fc.property(fc.double({ min: 9, max: 83, noNaN: true }), fc.double({ min: 10 / 365, max: 1, noNaN: true }), fc.double({ min: -0.25, max: 0.1, noNaN: true }), fc.constantFrom('put' as const, 'call' as const), (vix, years, k, kind) => {
      const s = spxSurface(market(5000, vix));
      const strike = s.forward(years) * Math.exp(k);
      const g = priceOnSurface(s, kind, strike, years);
      const at = (spot: number) => bsmKernel(kind, spot, strike, years, 0.045, 0.013, g.vol).price;
      const h = 0.5;
      expect(g.delta).toBeCloseTo((at(5000 + h) - at(5000 - h)) / (2 * h), 5);
      expect(Math.abs(g.gamma - (at(5000 + h) - 2 * g.price + at(5000 - h)) / (h * h))).toBeLessThan(1e-5);
      const dv = 1e-5;
      expect(g.vega).toBeCloseTo((priceOnSurface(s, kind, strike, years, dv).price - priceOnSurface(s, kind, strike, years, -dv).price) / (2 * dv), 2);
      const dt = 1e-5;
      const thetaFd = -(priceOnSurface(s, kind, strike, years + dt).price - priceOnSurface(s, kind, strike, years - dt).price) / (2 * dt);
      expect(Math.abs(g.theta - thetaFd)).toBeLessThan(1e-3 * Math.max(1, Math.abs(thetaFd)));
    }), { numRuns: 100 });
  });
});

describe('the reproduction: 2026-05-26, SPX 7519.12, VIX 17.01, expiration 2026-07-10 (45 days)', () => {
  it('prices the wings off the smile: the 7150 put above the VIX level, the 7900 call below it', () => {
    const s = spxSurface(market(7519.12, 17.01));
    const years = 45 / 365;
    expect(s.vol(7150, years)).toBeGreaterThan(0.1701);
    expect(s.vol(7900, years)).toBeLessThan(0.1701);
    const p = (kind: 'put' | 'call', k: number) => priceOnSurface(s, kind, k, years).price;
    const credit = p('put', 7150) - p('put', 7100) + p('call', 7900) - p('call', 7950);
    const flat = (kind: 'put' | 'call', k: number) => bsmKernel(kind, 7519.12, k, years, 0.045, 0.013, 0.1701).price;
    expect(flat('put', 7150) - flat('put', 7100) + flat('call', 7900) - flat('call', 7950)).toBeCloseTo(18.59, 2); // the flat-VIX figure
    expect(credit).toBeLessThan(16);
    expect(credit).toBeGreaterThan(9.5);
  });
});

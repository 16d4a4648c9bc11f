/**
 * The SPX smile's cost: calibrating a date's surface (the CBOE strip solve), and pricing an
 * option on it against the flat-vol path (σ given), on SPX-sized random inputs.
 */
import { priceOnSurface, priceOption, spxSurface } from '../shared/analytics';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const SHAPE = { rho: -0.75, eta: 1.4, gamma: 0.4 };
const CURVE = { longRunMean: 19.5, reversionPerYear: 3 };
let sink = 0;

/** Prints the smile figures (wired into `npm run bench`). */
export function runSmileBench(): void {
  const random = prng(7);
  // Calibration, cold: every date distinct (the memo never hits).
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const spot = 300 + 7500 * random();
    const vix = 9 + 74 * random();
    const start = performance.now();
    sink += spxSurface({ spot, vix, rate: 0.045, dividendYield: 0.013, shape: SHAPE, vixCurve: CURVE }).theta30;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`surface calibration (30-day slice pinned to the VIX through the CBOE strip; 300 distinct dates, SPX 300–7,800, VIX 9–83): median ${fmt(quantile(times, 0.5), 2)} ms, p95 ${fmt(quantile(times, 0.95), 2)} ms, max ${fmt(quantile(times, 1), 2)} ms`);

  const surface = spxSurface({ spot: 5000, vix: 18, rate: 0.045, dividendYield: 0.013, shape: SHAPE, vixCurve: CURVE });
  const n = 200_000;
  const inputs = Array.from({ length: n }, () => ({ kind: random() < 0.5 ? ('call' as const) : ('put' as const), strike: 3500 + 2500 * random(), years: 1 / 365 + random() }));
  const run = (fn: () => void) => {
    fn();
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      fn();
      samples.push(performance.now() - start);
    }
    return quantile(samples.sort((a, b) => a - b), 0.5);
  };
  const flatMarket = { spot: 5000, rate: 0.045, vol: 0.18, dividendYield: 0.013 };
  const flat = run(() => { for (const o of inputs) sink += priceOption({ kind: o.kind, strike: o.strike, years: o.years, ...flatMarket }).price; });
  const smile = run(() => { for (const o of inputs) sink += priceOnSurface(surface, o.kind, o.strike, o.years).price; });
  console.log(`pricing ${fmt(n)} SPX options (price + Greeks): flat σ ${fmt(n / (flat / 1000))} evals/s; on the smile (σ(K,T) + the theta's ∂σ/∂T) ${fmt(n / (smile / 1000))} evals/s → the smile costs ${fmt(smile / flat, 1)}× the flat path`);
  if (Number.isNaN(sink)) console.log('(a benchmark produced NaN)');
}

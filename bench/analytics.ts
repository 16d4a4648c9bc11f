/**
 * Analytics figures: option pricing speed, a full dashboard recompute, indicator speed,
 * and head-to-head runs against the npm packages `black-scholes` and `xirr` on the same
 * inputs (speed ratio and largest disagreement). Deterministic inputs (seeded PRNG).
 */
import { blackScholes } from 'black-scholes';
import xirrPackage from 'xirr';
import {
  breakEvens,
  type CashFlow,
  createPayoffModel,
  expirationsOf,
  macd,
  type MarketModel,
  type PositionLeg,
  positionGreeks,
  priceGrid,
  priceOption,
  rsi,
  xirr,
  xnpv,
} from '../shared/analytics';

const MARKET: MarketModel = { spxNow: 5000, vixNow: 16, rate: 0.045, dividendYield: 0.013, spxVol: 0.16, vixVol: 0.9, vixBetaPointsPerPct: -0.9 };
const TODAY = '2026-01-05';

/** mulberry32: a tiny deterministic PRNG so every run measures the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (offset: number) => new Date(Date.UTC(2026, 0, 5 + offset)).toISOString().slice(0, 10);

/** Runs `fn` `reps` times after a warm-up; returns sorted durations in ms. */
function timeRuns(reps: number, fn: () => void): number[] {
  for (let i = 0; i < Math.min(5, reps); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
let sink = 0; // keeps results alive so the JIT cannot drop the measured work

function benchOptionPricing(): void {
  const random = prng(1);
  const n = 200_000;
  const inputs = Array.from({ length: n }, () => ({
    kind: random() < 0.5 ? ('call' as const) : ('put' as const),
    spot: 4000 + 2000 * random(),
    strike: 3500 + 3000 * random(),
    years: 1 / 365 + random(),
    vol: 0.05 + 0.8 * random(),
    rate: 0.1 * random(),
  }));
  const ours = timeRuns(10, () => {
    for (const o of inputs) sink += priceOption(o).price;
  });
  const theirs = timeRuns(3, () => {
    for (const o of inputs) sink += blackScholes(o.spot, o.strike, o.years, o.vol, o.rate, o.kind);
  });
  let worst = 0;
  for (const o of inputs) worst = Math.max(worst, Math.abs(priceOption(o).price - blackScholes(o.spot, o.strike, o.years, o.vol, o.rate, o.kind)));
  const oursRate = n / (quantile(ours, 0.5) / 1000);
  const theirsRate = n / (quantile(theirs, 0.5) / 1000);
  console.log(`option pricing: priceOption (price + 5 Greeks) ${fmt(oursRate)} evals/s; black-scholes (price only) ${fmt(theirsRate)} evals/s → ours ${fmt(oursRate / theirsRate, 1)}× faster`);
  console.log(`  largest price disagreement over ${fmt(n)} options (SPX-sized, points): ${worst.toExponential(2)} (${worst <= 1e-8 ? 'within' : 'OUTSIDE'} 1e-8)`);
}

/** 18 condor layers and 2 VIX call hedges (80 legs), on staggered expirations. */
function dashboardLegs(): PositionLeg[] {
  const random = prng(2);
  const legs: PositionLeg[] = [];
  for (let layer = 0; layer < 20; layer++) {
    const expiration = isoDay(7 + Math.floor(random() * 53));
    const quantity = 1 + Math.floor(random() * 5);
    if (layer >= 18) {
      for (const [strike, q] of [[18, 1], [22, -1], [25, 1], [30, -1]] as const) {
        legs.push({ kind: 'call', underlying: 'VIX', strike: strike + layer - 18, expiration, quantity: q * quantity * 2, multiplier: 100 });
      }
      continue;
    }
    const center = 5000 + Math.round((random() - 0.5) * 100);
    const inner = 100 + Math.round(random() * 150);
    const wing = 25 + Math.round(random() * 50);
    legs.push(
      { kind: 'put', underlying: 'SPX', strike: center - inner - wing, expiration, quantity, multiplier: 100 },
      { kind: 'put', underlying: 'SPX', strike: center - inner, expiration, quantity: -quantity, multiplier: 100 },
      { kind: 'call', underlying: 'SPX', strike: center + inner, expiration, quantity: -quantity, multiplier: 100 },
      { kind: 'call', underlying: 'SPX', strike: center + inner + wing, expiration, quantity, multiplier: 100 },
    );
  }
  return legs;
}

/** 25,000 dated flows: ~3 years of layers opened, adjusted and closed. */
function portfolioFlows(): CashFlow[] {
  const random = prng(3);
  const flows: CashFlow[] = [];
  while (flows.length < 25_000) {
    const open = Math.floor(random() * 1100) - 1100;
    const margin = 2000 + Math.round(random() * 20_000);
    const days = 5 + Math.floor(random() * 40);
    flows.push({ date: isoDay(open), amount: -margin }, { date: isoDay(open), amount: 50 + random() * 900 }, { date: isoDay(open), amount: -2.6 });
    flows.push({ date: isoDay(open + days), amount: -random() * 800 }, { date: isoDay(open + days), amount: margin });
  }
  flows.push({ date: TODAY, amount: 1 });
  return flows;
}

function benchDashboard(legs: PositionLeg[], flows: CashFlow[]): void {
  const grid = priceGrid(0.8 * MARKET.spxNow, 1.2 * MARKET.spxNow, 1000);
  const expirations = expirationsOf(legs);
  const dates = [TODAY, expirations[0] ?? TODAY, expirations[expirations.length - 1] ?? TODAY];
  let roots = 0;
  const runs = timeRuns(50, () => {
    for (const valuationDate of dates) {
      const model = createPayoffModel({ legs, realizedCash: 25_000, valuationDate, market: MARKET });
      const curve = model.curve(grid);
      roots += breakEvens(grid, curve, model.pnlAt).length;
    }
    sink += positionGreeks({ legs, realizedCash: 25_000, valuationDate: TODAY, market: MARKET }).deltaPerPoint;
    sink += xirr(flows);
  });
  console.log(`dashboard recompute (3 curves × 1,000 prices × ${legs.length} legs + break-evens, Greeks, XIRR of ${fmt(flows.length)} flows): median ${fmt(quantile(runs, 0.5), 2)} ms, p95 ${fmt(quantile(runs, 0.95), 2)} ms`);
  const curvesOnly = timeRuns(50, () => {
    for (const valuationDate of dates) sink += createPayoffModel({ legs, realizedCash: 0, valuationDate, market: MARKET }).curve(grid)[500] ?? 0;
  });
  const xirrOnly = timeRuns(50, () => {
    sink += xirr(flows);
  });
  console.log(`  of which 3 payoff curves: median ${fmt(quantile(curvesOnly, 0.5), 2)} ms; XIRR of ${fmt(flows.length)} flows: median ${fmt(quantile(xirrOnly, 0.5), 2)} ms (${roots > 0 ? 'break-evens found' : 'no break-evens'})`);
}

function benchIndicators(): void {
  const random = prng(4);
  const closes: number[] = [4000];
  for (let i = 1; i < 10_000; i++) closes.push((closes[i - 1] ?? 4000) * Math.exp(0.01 * (random() - 0.5)));
  const rsiRuns = timeRuns(50, () => {
    sink += rsi(closes)[9999] ?? 0;
  });
  const macdRuns = timeRuns(50, () => {
    sink += macd(closes).histogram[9999] ?? 0;
  });
  console.log(`indicators over 10,000 closes: RSI(14) median ${fmt(quantile(rsiRuns, 0.5), 3)} ms, MACD(12,26,9) median ${fmt(quantile(macdRuns, 0.5), 3)} ms`);
}

/** A rate is right when it zeroes XNPV to 1e-9 of the discounted flows' size. */
function zeroesXnpv(rate: number | null, flows: readonly CashFlow[]): boolean {
  if (rate === null || !Number.isFinite(rate) || rate <= -1) return false;
  const first = Math.min(...flows.map((f) => Date.parse(f.date)));
  const scale = flows.reduce((s, f) => s + Math.abs(f.amount) * Math.pow(1 + rate, -(Date.parse(f.date) - first) / 86_400_000 / 365), 0);
  return Math.abs(xnpv(rate, flows)) <= 1e-9 * scale;
}

/** Sign changes of the same-day-netted flows in date order (one ⇒ exactly one IRR, by Descartes' rule). */
function signChanges(flows: readonly CashFlow[]): number {
  const byDay = new Map<string, number>();
  for (const f of flows) byDay.set(f.date, (byDay.get(f.date) ?? 0) + f.amount);
  const signs = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => Math.sign(v)).filter((v) => v !== 0);
  return signs.reduce((n, v, i) => (i > 0 && v !== signs[i - 1] ? n + 1 : n), 0);
}

/** Both solvers on the same flows: speed, and agreement where both find the (unique) rate. */
function benchXirrAgainstPackage(big: CashFlow[]): void {
  const random = prng(5);
  const cases: CashFlow[][] = [big];
  for (let c = 0; c < 2000; c++) {
    // Even sets: an investment (payments, then receipts; one IRR). Odd sets: random signs (stress).
    const n = 2 + Math.floor(random() * 30);
    const days = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : Math.floor(random() * 1000))).sort((a, b) => a - b);
    const split = 1 + Math.floor(random() * (n - 1));
    cases.push(days.map((d, i) => ({ date: isoDay(d - 1000), amount: c % 2 === 0 ? (i < split ? -1 : 1.2) * (100 + random() * 5000) : i === 0 ? -5000 : (random() - 0.3) * 3000 })));
  }
  const packaged = cases.map((flows) => flows.map((f) => ({ amount: f.amount, when: new Date(`${f.date}T00:00:00Z`) })));
  const solve = <T>(fn: () => T): T | null => {
    try {
      return fn();
    } catch {
      return null;
    }
  };
  const oursRuns = timeRuns(5, () => cases.forEach((flows) => (sink += solve(() => xirr(flows)) ?? 0)));
  const theirsRuns = timeRuns(5, () => packaged.forEach((flows) => (sink += solve(() => xirrPackage(flows)) ?? 0)));
  const bigOurs = timeRuns(20, () => (sink += xirr(big)));
  const bigTheirs = timeRuns(5, () => (sink += xirrPackage(packaged[0] ?? [])));

  let worst = 0;
  let compared = 0;
  let ambiguous = 0;
  let onlyOurs = 0;
  let onlyTheirs = 0;
  cases.forEach((flows, i) => {
    const a = solve(() => xirr(flows));
    const b = solve(() => xirrPackage(packaged[i] ?? []));
    const aRight = zeroesXnpv(a, flows);
    const bRight = zeroesXnpv(b, flows);
    if (aRight && bRight && a !== null && b !== null) {
      // With several sign changes several rates can be right; compare only where the IRR is unique.
      if (signChanges(flows) > 1) ambiguous++;
      else {
        compared++;
        worst = Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(a)));
      }
    } else if (aRight) onlyOurs++;
    else if (bRight) onlyTheirs++;
  });
  const ratio = quantile(theirsRuns, 0.5) / quantile(oursRuns, 0.5);
  console.log(`xirr: ${fmt(cases.length)} flow sets (1 × ${fmt(big.length)} flows + 2,000 sets of 2–30 flows): ours ${fmt(quantile(oursRuns, 0.5), 1)} ms, npm xirr ${fmt(quantile(theirsRuns, 0.5), 1)} ms → ours ${fmt(ratio, 1)}× faster`);
  console.log(`  ${fmt(big.length)} flows alone: ours ${fmt(quantile(bigOurs, 0.5), 2)} ms, npm xirr ${fmt(quantile(bigTheirs, 0.5), 2)} ms → ${fmt(quantile(bigTheirs, 0.5) / quantile(bigOurs, 0.5), 1)}×`);
  console.log(`  both right and the IRR unique on ${fmt(compared)} sets: largest disagreement ${worst.toExponential(2)} (relative to max(1, |rate|); ${worst <= 1e-8 ? 'within' : 'OUTSIDE'} 1e-8); both right on ${ambiguous} sets with several sign changes (not compared); only ours found a rate on ${onlyOurs}, only npm xirr on ${onlyTheirs}`);
}

/** Prints the analytics benchmark figures (wired into `npm run bench`). */
export async function runAnalyticsBench(): Promise<void> {
  const legs = dashboardLegs();
  const flows = portfolioFlows();
  benchOptionPricing();
  benchDashboard(legs, flows);
  benchIndicators();
  benchXirrAgainstPackage(flows);
  if (Number.isNaN(sink)) console.log('(a benchmark produced NaN)');
}

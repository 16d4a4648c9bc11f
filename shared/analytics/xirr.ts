/** XNPV and XIRR of dated cash flows (ACT/365, as Microsoft Excel's XNPV/XIRR). */
import { DAYS_PER_YEAR, isoDayNumber } from './day-count';
import { type CashFlow, netByDay } from './net-flows';
import { solveBracketed } from './root-finding';
import { requireFinite } from './validate';

export type { CashFlow } from './net-flows';

/**
 * The search range in x = ln(1 + r): 1 + r from 1e-300 to 1e300 (a short-dated doubling is ~1e110).
 * Below x ≈ −37 the rate r = eˣ − 1 is −1 in double precision; a root below X_MIN (losing nearly all
 * of the stake within days) is reported as r = −1, which reads "≈ −100%" (irr-format.ts).
 */
const X_MIN = Math.log(1e-300);
const X_MAX = Math.log(1e300);
const X_START = Math.log(1.1); // Excel's default guess, 10%

/**
 * Net present value of dated flows at an annual rate, discounted to the earliest date:
 *   XNPV(r) = Σ Aᵢ / (1 + r)^((dᵢ − d₀)/365)
 * Same as Excel's XNPV when the first listed flow is the earliest (Excel requires that).
 * Units: those of the amounts. Throws for r ≤ −1, bad dates or non-finite amounts.
 */
export function xnpv(rate: number, flows: readonly CashFlow[]): number {
  const where = 'xnpv';
  requireFinite(where, 'rate', rate);
  if (rate <= -1) throw new Error(`${where}: rate must be greater than −1 (−100%) (got ${rate})`);
  if (flows.length === 0) return 0;
  const days = flows.map((f, i) => {
    if (!Number.isFinite(f.amount)) requireFinite(where, `flows[${i}].amount`, f.amount); // message built only on failure
    return isoDayNumber(f.date, where);
  });
  const first = days.reduce((a, b) => Math.min(a, b), Infinity);
  let sum = 0;
  for (let i = 0; i < flows.length; i++) {
    sum += flows[i].amount / Math.pow(1 + rate, (days[i] - first) / DAYS_PER_YEAR);
  }
  return sum;
}

/**
 * Internal rate of return of dated flows: the annual rate r (decimal) solving
 *   Σ Aᵢ (1 + r)^(−(dᵢ − d₀)/365) = 0      (Excel XIRR; ALVH.md "IRR (XIRR)").
 *
 * Method: same-day flows are netted; the equation is solved in x = ln(1 + r), where
 * g(x) = Σ Aᵢ e^(−x tᵢ) is smooth and, rescaled by e^(x·t_ref), cannot overflow. A sign
 * change of g is bracketed by stepping outward from r = 10% in doubling steps (so when
 * the flows change sign several times and several rates solve the equation, one near 10%
 * is found), then safeguarded Newton (bisection fallback) converges to ~1e-15 in x. If no
 * step changes sign, Newton is tried from the steps around each extremum of g (two roots
 * in one step, or a double root). Valid range: −100% ≤ r < 1e300; −1 means "≈ −100%": the root
 * lies at 1 + r < 1e-16 (e.g. −$4,000 then +$100 twenty days later: 1 + r = 0.025^(365/20) ≈ 5e-30).
 * Throws `Error('IRR undefined: …')` when no rate exists: no flows, all on one day,
 * flows that never change sign, or no root in the range.
 */
export function xirr(flows: readonly CashFlow[]): number {
  const netted = netByDay(flows);
  requireRateExists(netted);
  const { times, amounts } = netted;
  const tMax = times[times.length - 1];
  const g = (x: number) => presentValue(times, amounts, tMax, x);
  const bracket = findBracket(g);
  if (bracket !== null) return Math.expm1(solveBracketed(g, bracket.a, bracket.b, bracket.fa, bracket.fb, 1e-15));
  // No sign change at the scan points: two roots may share one scan interval (or touch zero).
  const touching = newtonFromScanPoints(g);
  if (touching !== null) return Math.expm1(touching);
  // As x → −∞ only the last flow survives in g: if its sign differs from g at the floor, the root
  // lies below the floor — a loss of (almost) everything, solved as r = −100%.
  const last = amounts[amounts.length - 1] ?? 0;
  if (Math.sign(last) !== 0 && Math.sign(last) !== Math.sign(g(X_MIN).value)) return -1;
  throw new Error('IRR undefined: no rate r with −1 ≤ r < 1e300 sets the net present value to zero');
}

/**
 * Throws `Error('IRR undefined: …')` when the netted flows admit no rate: no non-zero flows,
 * flows all one way, all on one day, or netted amounts that never change sign.
 */
function requireRateExists(netted: Pick<ReturnType<typeof netByDay>, 'amounts' | 'hasIn' | 'hasOut' | 'oneDay'>): void {
  const { amounts, hasIn, hasOut, oneDay } = netted;
  if (!hasIn && !hasOut) throw new Error('IRR undefined: there are no non-zero cash flows');
  if (!hasIn || !hasOut) {
    throw new Error(`IRR undefined: the cash flows are all ${hasIn ? 'inflows' : 'outflows'}; a rate needs at least one payment and one receipt`);
  }
  if (oneDay) throw new Error('IRR undefined: all cash flows fall on one day, so no rate can discount them to zero');
  if (!amounts.some((a) => a > 0) || !amounts.some((a) => a < 0)) {
    throw new Error('IRR undefined: after netting same-day flows, the cash flows never change sign');
  }
}

/**
 * g(x) = Σ Aᵢ e^(−x (tᵢ − t_ref)) and g′(x), with t_ref = 0 for x ≥ 0 and t_max for x < 0 so that
 * every exponent is ≤ 0: same sign and roots as Σ Aᵢ (1+r)^(−tᵢ), never overflowing.
 */
function presentValue(times: readonly number[], amounts: readonly number[], tMax: number, x: number): PresentValue {
  const tRef = x >= 0 ? 0 : tMax;
  let value = 0;
  let slope = 0;
  let size = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] - tRef;
    const term = amounts[i] * Math.exp(-x * t);
    value += term;
    slope -= t * term;
    size += Math.abs(term);
  }
  return { value, slope, size };
}

interface PresentValue {
  value: number;
  slope: number;
  /** Σ |terms|: the scale against which a residual counts as zero. */
  size: number;
}

interface Bracket {
  a: number;
  b: number;
  fa: number;
  fb: number;
}

/** Scan points above and below X_START in doubling steps (0.25, 0.5, 1, …), nearest first, ending at the range limits. */
const UP_LADDER: readonly number[] = ladder(X_MAX, 1);
const DOWN_LADDER: readonly number[] = ladder(X_MIN, -1);

function ladder(limit: number, direction: 1 | -1): number[] {
  const points: number[] = [];
  for (let step = 0.25; points[points.length - 1] !== limit; step *= 2) {
    const x = X_START + direction * step;
    points.push(direction > 0 ? Math.min(limit, x) : Math.max(limit, x));
  }
  return points;
}

/**
 * Fallback when no scan interval changes sign: two roots may share one interval (or g may
 * touch zero). Such an interval holds an extremum of g, where g′ changes sign; plain Newton
 * (Excel's method) is started from both ends of each such interval and accepted only on a
 * point where |g| ≤ 1e-12 × Σ|terms|.
 */
function newtonFromScanPoints(g: (x: number) => PresentValue): number | null {
  const points = [...DOWN_LADDER].reverse().concat(X_START, UP_LADDER);
  const slopes = points.map((x) => Math.sign(g(x).slope));
  for (let i = 0; i + 1 < points.length; i++) {
    if (slopes[i] === slopes[i + 1]) continue;
    for (const start of [points[i], points[i + 1]]) {
      const root = newton(g, start);
      if (root !== null) return root;
    }
  }
  return null;
}

function newton(g: (x: number) => PresentValue, start: number): number | null {
  let x = start;
  for (let i = 0; i < 100; i++) {
    const point = g(x);
    if (Math.abs(point.value) <= 1e-12 * point.size) return x;
    const next = Math.min(X_MAX, Math.max(X_MIN, x - point.value / point.slope));
    if (!Number.isFinite(next) || next === x) return null;
    x = next;
  }
  return null;
}

/** Walks both ladders outward from X_START until g changes sign (null when it never does in range). */
function findBracket(g: (x: number) => { value: number }): Bracket | null {
  const f0 = g(X_START).value;
  if (f0 === 0) return { a: X_START, b: X_START, fa: 0, fb: 0 };
  let up = X_START;
  let fUp = f0;
  let down = X_START;
  let fDown = f0;
  for (let i = 0; i < Math.max(UP_LADDER.length, DOWN_LADDER.length); i++) {
    if (i < UP_LADDER.length) {
      const next = UP_LADDER[i];
      const fNext = g(next).value;
      if (Math.sign(fNext) !== Math.sign(fUp)) return { a: up, b: next, fa: fUp, fb: fNext };
      up = next;
      fUp = fNext;
    }
    if (i < DOWN_LADDER.length) {
      const next = DOWN_LADDER[i];
      const fNext = g(next).value;
      if (Math.sign(fNext) !== Math.sign(fDown)) return { a: next, b: down, fa: fNext, fb: fDown };
      down = next;
      fDown = fNext;
    }
  }
  return null;
}

/**
 * P&L of a position across SPX levels at a valuation date (ALVH.md "Payoff"):
 *   P&L(S, t) = realised cash + Σ legs quantity × multiplier × value of the leg at (S, t).
 */
import { type CompiledPosition, compilePosition } from './compiled-position';
import { normCdfGivenExp } from './normal';
import { type MarketModel, type PositionLeg, projectVix } from './position';

export interface PayoffScenario {
  legs: readonly PositionLeg[];
  /** Realised cash to date in dollars: every ticket's cash incl. fees (+ received, − paid). */
  realizedCash: number;
  /** Date the legs are valued at, YYYY-MM-DD. */
  valuationDate: string;
  market: MarketModel;
}

/** A compiled scenario that values the position at any SPX level. */
export interface PayoffModel {
  /** P&L in dollars if SPX = spx (index points, > 0) at the valuation date. */
  pnlAt(spx: number): number;
  /** P&L in dollars at each SPX level of the grid. */
  curve(prices: readonly number[]): number[];
  /** The same values as {@link curve} in a typed array: kept, it costs the garbage collector no copying. */
  curveValues(prices: readonly number[]): Float64Array;
}

/**
 * Compiles a scenario into a {@link PayoffModel}. Leg values:
 * - options with expiration ≤ valuation date: intrinsic, max(±(X − K), 0);
 * - live SPX options: Black–Scholes–Merton with T = calendar days / 365, r, q and
 *   σ = (leg vol or market.spxVol) + volShiftPoints/100 (floored at 0);
 * - VIX options: Black-76 with the forward F = θ + (VIX(S) − θ)·e^(−κT) of the projected VIX(S)
 *   (see {@link projectVix}, {@link vixForward}; market.vixCurve, default κ = 0: F = VIX(S))
 *   and σ = leg vol or market.vixVol;
 * - SPX futures: S·e^((r−q)T); SPX shares: S; VIX futures: that forward; VIX shares: VIX(S). Their
 *   opening cash belongs in realisedCash, so P&L = (price now − entry) × quantity × multiplier.
 * Option values below 1e-19 of the forward or strike are taken as 0 (far below a cent).
 * Throws a readable Error for invalid legs, market, dates or a non-positive SPX level.
 */
export function createPayoffModel(scenario: PayoffScenario): PayoffModel {
  const compiled = compilePosition('payoff', scenario.legs, scenario.realizedCash, scenario.valuationDate, scenario.market);
  return {
    pnlAt: (spx) => evaluate(compiled, [spx])[0],
    curve: (prices) => plainCopy(evaluate(compiled, prices)),
    curveValues: (prices) => {
      const values = evaluate(compiled, prices);
      return values === singleTotal ? values.slice() : values;
    },
  };
}

/**
 * P&L curve in dollars of a scenario over a grid of SPX levels (see {@link createPayoffModel}
 * for the valuation rules). Cost: two logs per price and at most one exponential per live option.
 */
export function payoffCurve(scenario: PayoffScenario, prices: readonly number[]): number[] {
  return createPayoffModel(scenario).curve(prices);
}

interface Levels {
  n: number;
  spx: Float64Array;
  lnSpx: Float64Array;
  vix: Float64Array;
  lnVix: Float64Array;
  /** Starts as cash + linear legs; the option loop adds to it. */
  total: Float64Array;
}

/** The grid's SPX and projected VIX levels with their logs: the same for every position on one market and grid. */
interface GridLevels {
  spx: Float64Array;
  lnSpx: Float64Array;
  vix: Float64Array;
  lnVix: Float64Array;
}

/**
 * The last grid levels per price array, with the market inputs they came from: the dashboard values
 * each layer on the same grid and market several times (a curve per expiration), so the logs and the
 * VIX projection are computed once per grid instead of once per layer and curve. Read-only arrays.
 */
const gridLevelsByPrices = new WeakMap<readonly number[], { key: string; levels: GridLevels }>();

/** Whether the array still holds the levels it held (a caller may have reused and refilled it). */
function samePrices(prices: readonly number[], spx: Float64Array): boolean {
  if (prices.length !== spx.length) return false;
  for (let j = 0; j < prices.length; j++) if (!Object.is(prices[j], spx[j])) return false;
  return true;
}

/** Single prices (break-even searches) are not worth a key. */
const MIN_SHARED_GRID = 16;

/**
 * A single price's levels and total (a break-even search asks ~35 of them per root): refilled by
 * every one-price evaluation, which reads them only until it returns, so none allocates.
 */
const singleLevels: GridLevels = { spx: new Float64Array(1), lnSpx: new Float64Array(1), vix: new Float64Array(1), lnVix: new Float64Array(1) };
const singleTotal = new Float64Array(1);

function gridLevels(market: CompiledPosition['market'], prices: readonly number[]): GridLevels {
  const shared = prices.length >= MIN_SHARED_GRID;
  const key = shared ? `${market.spxNow}|${market.vixNow}|${market.vixBetaPointsPerPct}|${market.volShiftPoints ?? ''}|${String(market.volShiftMovesVix)}|${market.vixFloor ?? ''}` : '';
  const hit = shared ? gridLevelsByPrices.get(prices) : undefined;
  if (hit && hit.key === key && samePrices(prices, hit.levels.spx)) return hit.levels;
  const n = prices.length;
  const levels = n === 1 ? singleLevels : { spx: new Float64Array(n), lnSpx: new Float64Array(n), vix: new Float64Array(n), lnVix: new Float64Array(n) };
  for (let j = 0; j < n; j++) {
    const s = prices[j];
    if (!(s > 0) || !Number.isFinite(s)) throw new Error(`payoff: SPX level must be a positive number (got ${s})`);
    const v = projectVix(market, s);
    levels.spx[j] = s;
    levels.lnSpx[j] = Math.log(s);
    levels.vix[j] = v;
    levels.lnVix[j] = Math.log(v);
  }
  if (shared) gridLevelsByPrices.set(prices, { key, levels });
  return levels;
}

/** SPX and projected VIX levels with their logs (shared per grid), and the position's starting totals. */
function prepareLevels(position: CompiledPosition, prices: readonly number[]): Levels {
  const n = prices.length;
  const { spx, lnSpx, vix, lnVix } = gridLevels(position.market, prices);
  const total = n === 1 ? singleTotal : new Float64Array(n);
  for (let j = 0; j < n; j++) total[j] = position.cash + position.vixConstant + position.spxLinear * spx[j] + position.vixLinear * vix[j];
  return { n, spx, lnSpx, vix, lnVix, total };
}

/**
 * The VIX forward F = slope × VIX(S) + intercept over the grid with its logs, once per distinct
 * VIX expiration (options sharing it share the arrays): one more log per level per expiration.
 */
function forwardLevels(cache: Map<string, { levels: Float64Array; logs: Float64Array }>, vix: Float64Array, slope: number, intercept: number): { levels: Float64Array; logs: Float64Array } {
  const key = `${slope}|${intercept}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const levels = new Float64Array(vix.length);
  const logs = new Float64Array(vix.length);
  for (let j = 0; j < vix.length; j++) {
    levels[j] = vix[j] * slope + intercept;
    logs[j] = Math.log(levels[j]);
  }
  const entry = { levels, logs };
  cache.set(key, entry);
  return entry;
}

/** Below this, Φ(x) < 1.2e-19: the option is worth less than 1e-19 of its forward or strike. */
const NEGLIGIBLE = -9;
/** Above this, Φ(x) rounds to exactly 1 in double precision. */
const CERTAIN = 8.3;

/**
 * Values every option leg over the whole grid, leg by leg so each leg's constants stay in
 * registers. Per level x of the leg's underlying:
 *   value = sign × [F·Φ(sign·d1) − K′·Φ(sign·d2)],  F = x·e^(−qT), K′ = K·e^(−rT)
 * with one exponential: e^(−d2²/2) = e^(−d1²/2) · F / K′ (the identity K′φ(d2) = Fφ(d1)).
 * The loops stay in this one function (no helper returning a double per level) so the JIT
 * inlines the CDF and keeps every number unboxed: a call per evaluation would allocate.
 */
function evaluate(position: CompiledPosition, prices: readonly number[]): Float64Array {
  const { n, spx, lnSpx, vix, lnVix, total } = prepareLevels(position, prices);
  const options = position.options;
  const forwards = new Map<string, { levels: Float64Array; logs: Float64Array }>();
  for (let k = 0; k < options.length; k++) {
    const o = options[k];
    let levels = o.onVix ? vix : spx;
    let logs = o.onVix ? lnVix : lnSpx;
    if (o.onVix && o.forwardSlope !== 1) ({ levels, logs } = forwardLevels(forwards, vix, o.forwardSlope, o.forwardIntercept));
    const { weight, sign, sd, dfCarry } = o;
    const pvStrike = o.strike * o.dfRate;
    const inversePvStrike = 1 / pvStrike;
    const shift = o.drift - o.lnStrike;
    const inverseSd = sd > 0 ? 1 / sd : 0;
    for (let j = 0; j < n; j++) {
      const forward = levels[j] * dfCarry;
      let value = sign * (forward - pvStrike); // σ√T = 0: discounted forward intrinsic
      if (sd > 0) {
        const d1 = (logs[j] + shift) * inverseSd;
        const d2 = d1 - sd;
        const high = sign > 0 ? d1 : -d2; // the larger of sign·d1 and sign·d2
        const low = sign > 0 ? d2 : -d1;
        if (high < NEGLIGIBLE) {
          value = 0;
        } else if (low <= CERTAIN) {
          const e1 = Math.exp(-0.5 * d1 * d1);
          // If e^(−d1²/2) underflowed, e^(−d2²/2) may still matter: compute it directly then.
          const e2 = e1 > 0 ? e1 * forward * inversePvStrike : Math.exp(-0.5 * d2 * d2);
          // Φ(sign·d1), then Φ(sign·d2), through a single call site: the JIT then has the budget
          // to inline the whole CDF once, keeping these doubles unboxed (no allocation per level).
          let n1 = 0;
          let n2 = 0;
          for (let t = 0; t < 2; t++) {
            const phi = normCdfGivenExp(t === 0 ? sign * d1 : sign * d2, t === 0 ? e1 : e2);
            if (t === 0) n1 = phi;
            else n2 = phi;
          }
          value = sign * (forward * n1 - pvStrike * n2);
        }
      }
      if (value > 0) total[j] += weight * value;
    }
  }
  return total;
}

/** A plain array of the values: Array.from on a typed array walks an iterator and boxes every level. */
function plainCopy(values: Float64Array): number[] {
  const out = new Array<number>(values.length);
  for (let j = 0; j < values.length; j++) out[j] = values[j];
  return out;
}

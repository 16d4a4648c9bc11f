/**
 * The SPX smile for every simulated day, fast enough for 9,000 days × 4 strategies.
 *
 * It is the app's surface (shared/analytics/spx-surface.ts: SSVI, term structure reverting like
 * the VIX curve) with one shortcut: the 30-day ATM total variance θ₃₀ that pins the model strip's
 * VIX to the VIX close is not solved per day (~2 ms each, 20 s for the full history) but read from
 * θ₃₀ = R(spot, VIX) × (VIX/100)² × 30/365, where R is solved exactly by the app's own solve
 * (spxSurface via rules/smile.ts surfaceFor) on a grid of 6 spots × 21 VIX levels and
 * interpolated bilinearly (in ln spot and VIX) in between. R moves with spot only through the
 * 5-point strike grid (below ~1,000), so a day's pinned VIX stays within 0.1 vol point of its
 * close, a few hundredths in most of the range (tested against stripVix over spots 300–8,000 and
 * VIX 9–80; worst seen 0.09 at SPX 300, VIX 73).
 */
import { stripVix, VIX_YEARS, type SpxSurface, type SurfaceMarket } from '../analytics';
import { ssviPhi } from '../analytics/ssvi';
import type { PortfolioSettings } from '../domain/settings';
import { vixTermStructure } from '../rules/hedge-proposal';
import { surfaceFor } from '../rules/smile';

type SmileSettings = Pick<PortfolioSettings, 'riskFreeRatePct' | 'dividendYieldPct' | 'smileRho' | 'smileEta' | 'smileGamma' | 'vixLongRunMean' | 'vixReversionPerYear'>;

/** Spots and VIX levels R is solved at (R varies with spot only below ~1,000, through the 5-point strike grid). */
const SPOTS: readonly number[] = [300, 400, 600, 1000, 2000, 8000];
const VIXES: readonly number[] = [8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 21, 24, 27, 30, 35, 40, 50, 60, 80, 100, 150];
const LN_SPOTS = SPOTS.map(Math.log);

/** Index i and weight w so x lies between grid[i] and grid[i + 1] (clamped at the ends). */
function bracket(grid: readonly number[], x: number): [number, number] {
  if (x <= (grid[0] ?? 0)) return [0, 0];
  for (let i = 1; i < grid.length; i += 1) {
    const hi = grid[i] ?? 0;
    if (x <= hi) {
      const lo = grid[i - 1] ?? 0;
      return [i - 1, (x - lo) / (hi - lo)];
    }
  }
  return [grid.length - 2, 1];
}

/** ∫₀ᵀ E[v_s] ds of the reverting variance (as spx-surface.ts: v̄ = (θ_VIX/100)², v₀ so the 30-day mean is VIX²). */
function varianceIntegral(years: number, m: SurfaceMarket): number {
  const kappa = m.vixCurve.reversionPerYear;
  const vBar = (m.vixCurve.longRunMean / 100) ** 2;
  const vix2 = (m.vix / 100) ** 2;
  const decay = (t: number) => (kappa > 0 ? (1 - Math.exp(-kappa * t)) / kappa : t);
  const v0 = Math.max(0, vBar + ((vix2 - vBar) * VIX_YEARS) / decay(VIX_YEARS));
  return vBar * years + (v0 - vBar) * decay(years);
}

/**
 * A surface object like spxSurface's, built from a given θ₃₀. Per expiry it keeps θ_T, F and
 * φ(θ_T) (the bisection for a strike at a delta asks for the same expiry ~200 times a day), and
 * evaluates w(k, θ) = θ/2 (1 + ρφk + √((φk + ρ)² + 1 − ρ²)) with that φ: the same numbers as
 * ssviTotalVariance (tested).
 */
export function surfaceWithTheta30(m: SurfaceMarket, theta30: number): SpxSurface {
  const w30 = varianceIntegral(VIX_YEARS, m);
  const { rho } = m.shape;
  const atmTotalVariance = (years: number) => (years > 0 ? (theta30 * varianceIntegral(years, m)) / w30 : 0);
  const forward = (years: number) => m.spot * Math.exp((m.rate - m.dividendYield) * Math.max(0, years));
  const slices = new Map<number, { theta: number; lnF: number; phi: number }>();
  const slice = (years: number) => {
    let hit = slices.get(years);
    if (hit === undefined) {
      const theta = atmTotalVariance(years);
      hit = { theta, lnF: Math.log(forward(years)), phi: theta > 0 ? ssviPhi(theta, m.shape) : 0 };
      if (slices.size > 64) slices.clear();
      slices.set(years, hit);
    }
    return hit;
  };
  return {
    market: m, theta30, atmTotalVariance, forward,
    // Measured only when asked: the interpolated θ₃₀ is within 0.1 vol point (day-surface.test.ts).
    get pinErrorPoints() { return stripVix(m, theta30) - m.vix; },
    vol: (strike, years) => {
      if (!(years > 0)) return Math.sqrt(theta30 / VIX_YEARS);
      const { theta, lnF, phi } = slice(years);
      if (!(theta > 0)) return 0;
      const pk = phi * (Math.log(strike) - lnF);
      const x = pk + rho;
      return Math.sqrt(((theta / 2) * (1 + rho * pk + Math.sqrt(x * x + 1 - rho * rho))) / years);
    },
  };
}

/** Builds each day's surface for one set of smile settings (the R table is solved once). */
export class DaySurfaces {
  /**
   * R by spot row, VIX column, each solved the first time a day needs it: the 1990–2026 history
   * touches 102 of the 126 cells (no VIX 80 at SPX 300), a short range far fewer; ~2 ms a solve.
   */
  private readonly ratios: (number | undefined)[][] = SPOTS.map(() => VIXES.map(() => undefined));

  constructor(private readonly settings: SmileSettings) {}

  private cell(r: number, c: number): number {
    const row = this.ratios[r];
    const spot = SPOTS[r];
    const vix = VIXES[c];
    if (row === undefined || spot === undefined || vix === undefined) return 1;
    let value = row[c];
    if (value === undefined) {
      value = surfaceFor(spot, vix, this.settings).theta30 / ((vix / 100) ** 2 * VIX_YEARS);
      row[c] = value;
    }
    return value;
  }

  /** R at a spot and VIX: bilinear in ln(spot) and VIX between grid points, flat beyond the ends. */
  ratio(spot: number, vix: number): number {
    const [i, wi] = bracket(LN_SPOTS, Math.log(spot));
    const [j, wj] = bracket(VIXES, vix);
    const at = (r: number, c: number) => this.cell(r, c);
    const row = (r: number) => at(r, j) * (1 - wj) + at(r, j + 1) * wj;
    return row(i) * (1 - wi) + row(i + 1) * wi;
  }

  /** The day's surface for SPX and VIX closes, points. */
  surface(spot: number, vix: number): SpxSurface {
    const s = this.settings;
    const shape = { rho: s.smileRho, eta: s.smileEta, gamma: s.smileGamma };
    const m: SurfaceMarket = { spot, vix, rate: s.riskFreeRatePct / 100, dividendYield: s.dividendYieldPct / 100, shape, vixCurve: vixTermStructure(s) };
    return surfaceWithTheta30(m, this.ratio(spot, vix) * (vix / 100) ** 2 * VIX_YEARS);
  }
}

const tables = new Map<string, DaySurfaces>();

/** The DaySurfaces of these smile settings, kept for the life of the process (a sweep reuses it across configurations). */
export function daySurfacesFor(settings: SmileSettings): DaySurfaces {
  const key = [settings.riskFreeRatePct, settings.dividendYieldPct, settings.smileRho, settings.smileEta, settings.smileGamma, settings.vixLongRunMean, settings.vixReversionPerYear].join('|');
  let table = tables.get(key);
  if (table === undefined) {
    if (tables.size >= 64) tables.clear();
    table = new DaySurfaces(settings);
    tables.set(key, table);
  }
  return table;
}

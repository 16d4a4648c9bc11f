/**
 * Surface SVI (SSVI) of Gatheral & Jacquier, "Arbitrage-free SVI volatility surfaces",
 * Quantitative Finance 14(1), 2014, 59–71, eq. (4.1) with the power-law φ of eq. (4.5):
 *
 *   w(k, θ) = θ/2 · { 1 + ρφk + √((φk + ρ)² + 1 − ρ²) },   φ(θ) = η / (θ^γ (1 + θ)^(1−γ))
 *
 * w = σ²T is the total implied variance at log-moneyness k = ln(K/F), θ = w(0) the ATM total
 * variance. Static-arbitrage-free for every θ-curve non-decreasing in T when
 *   |ρ| < 1, 0 < γ ≤ 1/2, η > 0 and η²(1 + |ρ|) ≤ 4
 * (their Theorem 4.1: ∂θ(θφ) = φ(1−γ)/(1+θ) ∈ [0, φ(1+√(1−ρ²))/ρ²] — no calendar spread;
 * Theorem 4.2: θφ(1+|ρ|) < 4 and θφ²(1+|ρ|) ≤ 4 — no butterfly, since θφ < η ≤ 2/√(1+|ρ|) and
 * θφ² = η²(θ/(1+θ))^(1−2γ)/(1+θ) ≤ η²). {@link validateSmileShape} enforces these bounds.
 */
import { requireFinite } from './validate';

/** The three shape numbers of the SSVI surface (level comes from θ). */
export interface SmileShape {
  /** ρ: skew, the correlation-like tilt (−1, 1); negative = puts richer than calls. */
  rho: number;
  /** η: curvature level of φ (> 0). */
  eta: number;
  /** γ: how the smile flattens with θ (0, 0.5]; ATM skew decays like T^(−γ). */
  gamma: number;
}

/** Throws a readable Error unless the shape is within Gatheral & Jacquier's no-arbitrage bounds. */
export function validateSmileShape(where: string, s: SmileShape): void {
  requireFinite(where, 'smile.rho', s.rho);
  requireFinite(where, 'smile.eta', s.eta);
  requireFinite(where, 'smile.gamma', s.gamma);
  if (!(Math.abs(s.rho) < 1)) throw new Error(`${where}: smile.rho must lie strictly between −1 and 1 (got ${s.rho})`);
  if (!(s.gamma > 0 && s.gamma <= 0.5)) throw new Error(`${where}: smile.gamma must lie in (0, 0.5] (got ${s.gamma})`);
  if (!(s.eta > 0) || s.eta * s.eta * (1 + Math.abs(s.rho)) > 4 + 1e-12) {
    throw new Error(`${where}: smile.eta must be > 0 and at most 2/√(1+|ρ|) = ${(2 / Math.sqrt(1 + Math.abs(s.rho))).toFixed(3)} (got ${s.eta}); larger values allow butterfly arbitrage`);
  }
}

/** φ(θ) = η / (θ^γ (1 + θ)^(1−γ)), θ > 0. */
export function ssviPhi(theta: number, s: SmileShape): number {
  return s.eta / (Math.pow(theta, s.gamma) * Math.pow(1 + theta, 1 - s.gamma));
}

/** Total implied variance w(k, θ) (decimal² × years). θ ≤ 0 gives 0 (expired). */
export function ssviTotalVariance(k: number, theta: number, s: SmileShape): number {
  if (!(theta > 0)) return 0;
  const phi = ssviPhi(theta, s);
  const x = phi * k + s.rho;
  return (theta / 2) * (1 + s.rho * phi * k + Math.sqrt(x * x + 1 - s.rho * s.rho));
}

/**
 * w(·, θ) of one slice as a function of k: {@link ssviTotalVariance} with φ(θ) computed once
 * (the same operations, so the same bits), for loops over many strikes at one θ.
 */
export function ssviSlice(theta: number, s: SmileShape): (k: number) => number {
  if (!(theta > 0)) return () => 0;
  const phi = ssviPhi(theta, s);
  return (k) => {
    const x = phi * k + s.rho;
    return (theta / 2) * (1 + s.rho * phi * k + Math.sqrt(x * x + 1 - s.rho * s.rho));
  };
}

/** w, ∂w/∂k and ∂²w/∂k² at k (closed form). */
export function ssviDerivatives(k: number, theta: number, s: SmileShape): { w: number; dw: number; d2w: number } {
  const phi = ssviPhi(theta, s);
  const x = phi * k + s.rho;
  const root = Math.sqrt(x * x + 1 - s.rho * s.rho);
  const w = (theta / 2) * (1 + s.rho * phi * k + root);
  const dw = (theta / 2) * phi * (s.rho + x / root);
  const d2w = (theta / 2) * phi * phi * (1 - s.rho * s.rho) / (root * root * root);
  return { w, dw, d2w };
}

/**
 * Durrleman's condition (Gatheral & Jacquier 2014, Lemma 2.2): the slice's risk-neutral
 * density is non-negative iff g(k) ≥ 0 for all k, where
 *   g(k) = (1 − k w′/(2w))² − (w′²/4)(1/w + 1/4) + w″/2.
 */
export function durrlemanG(k: number, theta: number, s: SmileShape): number {
  const { w, dw, d2w } = ssviDerivatives(k, theta, s);
  const a = 1 - (k * dw) / (2 * w);
  return a * a - ((dw * dw) / 4) * (1 / w + 0.25) + d2w / 2;
}

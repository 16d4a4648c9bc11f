/**
 * A safeguarded Newton solver: Newton steps while they stay inside a sign-changing
 * bracket and shrink it fast enough, bisection otherwise (Numerical Recipes' `rtsafe`
 * idea). It cannot diverge, and converges quadratically near a simple root.
 */

/** f(x) and f′(x) at one point. */
export interface RootPoint {
  value: number;
  slope: number;
}

/**
 * Returns x in [a, b] with f(x) ≈ 0, given f(a) and f(b) of opposite signs (or one 0).
 * Stops when a step or the bracket is below `tolerance × max(1, |x|)`, or after
 * `maxIterations` (by then bisection alone has shrunk the bracket by 2^maxIterations).
 */
export function solveBracketed(f: (x: number) => RootPoint, a: number, b: number, fa: number, fb: number, tolerance: number, maxIterations = 300): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  // Orient so that f(low) < 0 < f(high); low may be right of high.
  let low = fa < 0 ? a : b;
  let high = fa < 0 ? b : a;
  let x = 0.5 * (a + b);
  let stepBefore = Math.abs(b - a);
  let step = stepBefore;
  let point = f(x);
  for (let i = 0; i < maxIterations; i++) {
    if (point.value === 0) return x;
    if (point.value < 0) low = x;
    else high = x;
    const scale = tolerance * Math.max(1, Math.abs(x));
    if (Math.abs(high - low) <= scale) return x;
    const newton = x - point.value / point.slope;
    const inside = Number.isFinite(newton) && (newton - low) * (newton - high) < 0;
    if (!inside || Math.abs(2 * point.value) > Math.abs(stepBefore * point.slope)) {
      stepBefore = step;
      step = 0.5 * (high - low);
      x = low + step;
    } else {
      stepBefore = step;
      step = newton - x;
      x = newton;
    }
    if (Math.abs(step) <= scale) return x;
    point = f(x);
  }
  return x;
}

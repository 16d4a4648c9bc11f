/**
 * Test helper: compares a position's analytic Greeks with finite differences of its payoff
 * model (delta and gamma by ±0.05 SPX points, vega by ±0.001 vol points, theta against the P&L
 * change over one calendar day) and lists every Greek outside its tolerance (scaled by the
 * position's size). An empty list means they agree.
 */
import { createPayoffModel, type PayoffScenario } from '../payoff';
import { positionGreeks } from '../position-greeks';

export function greekMismatches(scenario: PayoffScenario, spx: number, nextDay: string): string[] {
  const g = positionGreeks(scenario, spx);
  const p = createPayoffModel(scenario).pnlAt;
  const scale = scenario.legs.reduce((s, l) => s + Math.abs(l.quantity * l.multiplier), 0);
  const h = 0.05;
  const shifted = (points: number) => createPayoffModel({ ...scenario, market: { ...scenario.market, volShiftPoints: points } }).pnlAt(spx);
  // One calendar day later: the P&L change ≈ the average of today's and tomorrow's theta.
  const tomorrow = { ...scenario, valuationDate: nextDay };
  const thetaAverage = (g.thetaPerDay + positionGreeks(tomorrow, spx).thetaPerDay) / 2;
  const checks: [string, number, number, number][] = [
    ['delta', (p(spx + h) - p(spx - h)) / (2 * h), g.deltaPerPoint, 1e-5 * scale + 1e-9],
    ['gamma', (p(spx + h) - 2 * p(spx) + p(spx - h)) / (h * h), g.gammaPerPoint, 1e-4 * scale + 1e-9],
    ['vega', (shifted(0.001) - shifted(-0.001)) / 0.002, g.vegaPerVolPoint, 1e-5 * scale + 1e-9],
    ['theta', createPayoffModel(tomorrow).pnlAt(spx) - p(spx), thetaAverage, 0.02 * Math.abs(thetaAverage) + 1e-3 * scale + 1e-9],
  ];
  return checks
    .filter(([, numeric, analytic, tolerance]) => !(Math.abs(numeric - analytic) <= tolerance))
    .map(([name, numeric, analytic, tolerance]) => `${name}: finite difference ${numeric}, analytic ${analytic} (tolerance ${tolerance})`);
}

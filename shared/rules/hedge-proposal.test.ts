/**
 * The hedge the vix-hedge rule sizes never spends more than the budget it is given: ruled out as
 * a cause of the 1997 ALVH backtest ruin (every hedge bought there cost at most 5% × scale of
 * the $100,000 risk capital less the premium already held; see docs/backtest.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { HEDGE_SPREAD_POINTS, hedgeBudgetScale, hedgeProposal } from './hedge-proposal';

describe('hedgeProposal sizing', () => {
  it('total cost + premium already held ≤ floor(budget × scale); cost per spread within (0, width × 100]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 150, noNaN: true }), // VIX
        fc.double({ min: 0, max: 40, noNaN: true }), // IV − RV deficit, points
        fc.integer({ min: 0, max: 100_000_000_000 }), // risk capital, cents
        fc.integer({ min: 0, max: 10_000_000 }), // premium in open hedges, cents
        fc.double({ min: 0, max: 20, noNaN: true }), // hedge budget %
        fc.double({ min: -5, max: 50, noNaN: true }), // risk-free rate %
        (vix, deficit, capital, held, budgetPct, ratePct) => {
          const settings = { ...DEFAULT_SETTINGS, hedgeBudgetPct: Math.round(budgetPct * 100) / 100, riskFreeRatePct: ratePct };
          const p = hedgeProposal({ asOf: '1997-10-27', vix, deficitPoints: deficit, riskCapitalCents: capital, existingHedgeCents: held, settings });
          expect(Number.isInteger(p.contracts) && p.contracts >= 0).toBe(true);
          expect(p.costPerContractCents).toBeGreaterThanOrEqual(0);
          expect(p.costPerContractCents).toBeLessThanOrEqual(Math.round(HEDGE_SPREAD_POINTS * 100 * 100 * Math.max(1, Math.exp(0.05))));
          expect(p.budgetScale).toBe(hedgeBudgetScale(deficit));
          if (p.contracts > 0) expect(p.totalCostCents + held).toBeLessThanOrEqual(Math.floor(p.budgetCents * p.budgetScale));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('by hand: the 1997-10-27 hedge of the full-history backtest (VIX 31.12, 50% of $5,000, nothing held)', () => {
    const p = hedgeProposal({ asOf: '1997-10-27', vix: 31.12, deficitPoints: 0, riskCapitalCents: 10_000_000, existingHedgeCents: 0, settings: DEFAULT_SETTINGS });
    expect(p.longStrikeHundredths).toBe(3500); // ceil(31.12 × 1.1) = ceil(34.23)
    expect(p.shortStrikeHundredths).toBe(4500);
    expect(p.budgetCents).toBe(500_000);
    // Black-76, F 31.12, T 23/365 (exp 1997-11-19), σ 0.9, r 4.5%: C(35) ≈ 1.42, C(45) ≈ 0.18 → ≈ 1.24 points = $124.
    expect(p.costPerContractCents).toBeGreaterThan(12_300);
    expect(p.costPerContractCents).toBeLessThan(12_500);
    expect(p.contracts).toBe(20); // floor($2,500 ÷ $123.98); the backtest filled 20 at 1.28 = 1.24 + 2 legs × 0.02
    expect(p.totalCostCents).toBeLessThanOrEqual(250_000);
  });
});

/**
 * The hedge the vix-hedge rule sizes never spends more than the budget it is given: ruled out as
 * a cause of the 1997 ALVH backtest ruin (every hedge bought there cost at most 5% × scale of
 * the $100,000 risk capital less the premium already held; see docs/backtest.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { priceFuturesOption } from '../analytics';
import { HEDGE_SPREAD_POINTS, HEDGE_VOL_OF_VOL, hedgeBudgetScale, hedgePotScale, hedgeProposal } from './hedge-proposal';

/** The capital-funded budget (the old default, still a setting). */
const CAPITAL = { ...DEFAULT_SETTINGS, hedgeFunding: 'capital-budget' as const };

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
          const settings = { ...CAPITAL, hedgeBudgetPct: Math.round(budgetPct * 100) / 100, riskFreeRatePct: ratePct };
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

  it('by hand, κ = 0 (the old spot-as-forward model): the 1997-10-27 hedge (VIX 31.12, 50% of $5,000, nothing held)', () => {
    const settings = { ...CAPITAL, vixReversionPerYear: 0 };
    const p = hedgeProposal({ asOf: '1997-10-27', vix: 31.12, deficitPoints: 0, riskCapitalCents: 10_000_000, existingHedgeCents: 0, settings });
    expect(p.longStrikeHundredths).toBe(3500); // ceil(31.12 × 1.1) = ceil(34.23)
    expect(p.shortStrikeHundredths).toBe(4500);
    expect(p.budgetCents).toBe(500_000);
    expect(p.forwardPoints).toBe(31.12); // κ = 0: exactly the spot VIX
    // Black-76, F 31.12, T 23/365 (exp 1997-11-19), σ 0.9, r 4.5%: C(35) ≈ 1.42, C(45) ≈ 0.18 → ≈ 1.24 points = $124.
    expect(p.costPerContractCents).toBeGreaterThan(12_300);
    expect(p.costPerContractCents).toBeLessThan(12_500);
    expect(p.contracts).toBe(20); // floor($2,500 ÷ $123.98); the spot-forward backtest filled 20 at 1.28 = 1.24 + 2 legs × 0.02
    expect(p.totalCostCents).toBeLessThanOrEqual(250_000);
    const spot = (k: number) => priceFuturesOption({ kind: 'call', forward: 31.12, strike: k, years: 23 / 365, rate: 0.045, vol: HEDGE_VOL_OF_VOL }).price;
    expect(p.costPerContractCents).toBe(Math.round((spot(35) - spot(45)) * 10_000));
  });

  it('by hand, default curve (θ 19.5, κ 3): the same day priced off the backwardated forward', () => {
    const p = hedgeProposal({ asOf: '1997-10-27', vix: 31.12, deficitPoints: 0, riskCapitalCents: 10_000_000, existingHedgeCents: 0, settings: CAPITAL });
    // F = 19.5 + (31.12 − 19.5)·e^(−3 × 23/365) = 19.5 + 11.62 × 0.82775 = 29.1185 (below spot: backwardation).
    expect(p.forwardPoints).toBeCloseTo(29.1185, 4);
    expect(p.longStrikeHundredths).toBe(3500); // strikes still from the spot VIX
    // Black-76, F 29.1185: C(35) ≈ 0.840, C(45) ≈ 0.084 → 0.756 points = $75.61 (vs $123.98 off spot).
    expect(p.costPerContractCents).toBe(7561);
    expect(p.contracts).toBe(33); // floor($2,500 ÷ $75.61)
  });
});

describe('hedgeProposal from the hedge pot', () => {
  it('never spends more than the pot; target − held at scale × (pot + held)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 150, noNaN: true }),
        fc.option(fc.double({ min: -60, max: 60, noNaN: true }), { nil: null }), // IV − RV
        fc.integer({ min: 0, max: 10_000_000 }), // pot
        fc.integer({ min: 0, max: 10_000_000 }), // held
        (vix, spread, pot, held) => {
          const p = hedgeProposal({ asOf: '2008-10-10', vix, deficitPoints: 0, spreadPoints: spread, riskCapitalCents: 10_000_000, existingHedgeCents: held, potCents: pot, settings: DEFAULT_SETTINGS });
          expect(p.totalCostCents).toBeLessThanOrEqual(pot);
          expect(p.budgetScale).toBe(hedgePotScale(spread, 0));
          expect(p.budgetScale).toBeGreaterThanOrEqual(0.1);
          expect(p.budgetScale).toBeLessThanOrEqual(1);
          if (p.contracts > 0) expect(p.totalCostCents + held).toBeLessThanOrEqual(Math.floor((pot + held) * p.budgetScale));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/**
 * Per-portfolio settings: the allocation schedule, hedge budget, cost-of-capital
 * rates, fee defaults and every rule threshold, with the defaults from ALVH.md.
 * The schema is the single source of validation; defaults live beside it.
 */
import { z } from 'zod';

const pct = z.number().finite().min(0).max(100);

export const RULE_IDS = [
  'base-layer', 'add-layer', 'tighten', 'threatened-layer', 'vix-hedge', 'hedge-exit', 'roll', 'event-guard', 'loyalty-trap', 'over-allocation', 'late-dte', 'book-expiration',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const settingsSchema = z.object({
  /** Share of risk capital per layer slot, in %, layer 1 first. */
  allocationPct: z.array(pct).min(1).max(6).refine((slots) => slots.reduce((a, b) => a + b, 0) <= 100, 'the slots must sum to 100% or less'),
  /**
   * VIX hedge cap, % of risk capital: with hedgeFunding 'premium-pot' the most the hedge pot may
   * hold (an unspent pot carries over up to it); with 'capital-budget' the hedge budget itself.
   */
  hedgeBudgetPct: pct,
  /** Where VIX hedges are paid from: the premium-funded hedge pot (ALVH "second engine") or a capital budget. */
  hedgeFunding: z.enum(['premium-pot', 'capital-budget']),
  /** Share of each condor's opening net credit put into the hedge pot, %. */
  hedgePotSharePct: pct,
  /** Whether VIX − RV < ivRvThresholdPoints alone also fires vix-hedge (RSI alone by default). */
  hedgeIvRvTrigger: z.boolean(),
  /** Close a hedge when its value reaches this multiple of its debit (0 = off: hold to expiration). */
  hedgeTakeProfitMultiple: z.number().finite().min(0).max(100),
  /** Close a hedge in profit when VIX RSI falls back below this (0 = off). */
  hedgeExitRsi: z.number().finite().min(0).max(100),
  /** What "risk of a layer" means for sizing and over-allocation. */
  riskBasis: z.enum(['max-loss', 'margin']),
  /** Whether the short-spread margin is reduced by the premium received. */
  marginCreditsPremium: z.boolean(),
  /** Annual cost of own cash tied up as margin (opportunity rate), %. */
  ownCashRatePct: z.number().finite().min(0).max(100),
  /** Annual broker margin-loan rate, %. */
  marginLoanRatePct: z.number().finite().min(0).max(100),
  /** Share of margin funded by a broker loan, %; the rest is own cash or recycled premium. */
  marginLoanSharePct: pct,
  /** Annual cost assigned to premium recycled as margin, %. */
  recycledPremiumRatePct: z.number().finite().min(0).max(100),
  /** Whether premium received funds margin before own cash. */
  recyclePremium: z.boolean(),
  /** Default commissions + exchange fees per contract per leg, cents. */
  feePerContractCents: z.number().int().min(0).max(100_000),
  /** Risk-free rate and SPX dividend yield for option pricing, %. */
  riskFreeRatePct: z.number().finite().min(-5).max(50),
  dividendYieldPct: z.number().finite().min(0).max(20),
  /**
   * Shape of the SPX smile (SSVI, Gatheral & Jacquier 2014; docs/analytics.md "SPX smile"):
   * ρ the skew (−1, 1), η the curvature (> 0, ≤ 2/√(1+|ρ|) so no butterfly arbitrage),
   * γ how the skew flattens with maturity (ATM skew ∝ T^(−γ)), (0, 0.5].
   */
  smileRho: z.number().finite().min(-0.99).max(0.99),
  smileEta: z.number().finite().min(0.01).max(2),
  smileGamma: z.number().finite().min(0.01).max(0.5),
  /** θ of the VIX forward curve F = θ + (VIX − θ)·e^(−κT) that VIX options are priced off, VIX points. */
  vixLongRunMean: z.number().finite().min(1).max(100),
  /** κ of that curve, per year (0 = the spot VIX is the forward at every expiration). */
  vixReversionPerYear: z.number().finite().min(0).max(50),
  rsiPeriod: z.number().int().min(2).max(100),
  rsiThreshold: z.number().finite().min(0).max(100),
  macdFilter: z.enum(['no-recent-cross', 'histogram', 'off']),
  macdCrossLookbackDays: z.number().int().min(1).max(30),
  addLayerMinAgeDays: z.number().int().min(0).max(365),
  addLayerMaxAgeDays: z.number().int().min(0).max(365),
  maxCondorLayers: z.number().int().min(1).max(6),
  eventGuardTradingDays: z.number().int().min(0).max(30),
  guardedEventKinds: z.array(z.enum(['FOMC', 'CPI', 'PPI', 'GDP', 'NFP', 'custom'])),
  ivRvThresholdPoints: z.number().finite().min(-50).max(50),
  realizedVolWindow: z.number().int().min(2).max(252),
  rollPctMaxProfit: pct,
  loyaltyLossMultiple: z.number().finite().min(0.1).max(20),
  lateDte: z.number().int().min(0).max(365),
  baseDte: z.number().int().min(1).max(365),
  nextLayerDte: z.number().int().min(1).max(365),
  wingMultiplier: z.number().finite().min(1).max(5),
  wingWidthPoints: z.number().finite().min(5).max(1000),
  /** Base wing width as % of spot, rounded up on the 5-point strike grid (0 = the fixed wingWidthPoints). */
  wingWidthPctOfSpot: z.number().finite().min(0).max(20),
  targetShortDelta: z.number().finite().min(0.01).max(0.5),
  /** A short strike whose model |delta| is strictly above this keeps a `threatened-layer` warning on its layer. */
  threatenedShortDelta: z.number().finite().min(0.01).max(0.99),
  disabledRules: z.array(z.enum(RULE_IDS)),
  /** Below this age (calendar days since the first margin posted) an annualised IRR is shown greyed, "annualised from N days". */
  irrMinAgeDays: z.number().int().min(0).max(3650),
});

export type PortfolioSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: PortfolioSettings = {
  allocationPct: [40, 25, 15],
  hedgeBudgetPct: 5,
  hedgeFunding: 'premium-pot',
  hedgePotSharePct: 20,
  hedgeIvRvTrigger: false,
  hedgeTakeProfitMultiple: 3,
  hedgeExitRsi: 50,
  riskBasis: 'max-loss',
  marginCreditsPremium: false,
  ownCashRatePct: 4.5,
  marginLoanRatePct: 8,
  marginLoanSharePct: 0,
  recycledPremiumRatePct: 0,
  recyclePremium: false,
  feePerContractCents: 150,
  riskFreeRatePct: 4.5,
  dividendYieldPct: 1.3,
  smileRho: -0.75,
  smileEta: 1.4,
  smileGamma: 0.4,
  vixLongRunMean: 19.5,
  vixReversionPerYear: 3,
  rsiPeriod: 14,
  rsiThreshold: 60,
  macdFilter: 'no-recent-cross',
  macdCrossLookbackDays: 3,
  addLayerMinAgeDays: 15,
  addLayerMaxAgeDays: 20,
  maxCondorLayers: 3,
  eventGuardTradingDays: 2,
  guardedEventKinds: ['FOMC', 'CPI', 'PPI'],
  ivRvThresholdPoints: 0,
  realizedVolWindow: 20,
  rollPctMaxProfit: 50,
  loyaltyLossMultiple: 2,
  lateDte: 21,
  baseDte: 45,
  nextLayerDte: 30,
  wingMultiplier: 1.25,
  wingWidthPoints: 50,
  wingWidthPctOfSpot: 0.65,
  targetShortDelta: 0.16,
  threatenedShortDelta: 0.3,
  disabledRules: [],
  irrMinAgeDays: 30,
};

/** A partial settings patch as forms and the CLI send it. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Checks across fields that a partial patch cannot express: run on the merged settings. */
export function crossFieldIssues(s: PortfolioSettings): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (s.addLayerMinAgeDays > s.addLayerMaxAgeDays) issues.push({ path: 'settings.addLayerMinAgeDays', message: `must not exceed the maximum age (${s.addLayerMaxAgeDays} days)` });
  if (s.smileEta * s.smileEta * (1 + Math.abs(s.smileRho)) > 4) issues.push({ path: 'settings.smileEta', message: `must be at most 2/√(1+|ρ|) = ${(2 / Math.sqrt(1 + Math.abs(s.smileRho))).toFixed(3)} for ρ = ${s.smileRho} (larger allows butterfly arbitrage)` });
  if (s.allocationPct.reduce((a, b) => a + b, 0) + s.hedgeBudgetPct > 100) issues.push({ path: 'settings.hedgeBudgetPct', message: 'the layer slots and the hedge budget together exceed 100% of risk capital' });
  return issues;
}

/** Stored values over defaults; keys the app no longer knows are dropped. */
export function withDefaults(stored: Record<string, unknown>): PortfolioSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS)) if (key in stored) merged[key] = stored[key];
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

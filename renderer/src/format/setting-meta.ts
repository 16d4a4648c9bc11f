/**
 * What every portfolio setting means to the trader: its label, unit and a "?" explanation
 * (the readings of docs/rules.md and ALVH.md). Defaults and validation stay in
 * shared/domain/settings.ts; this file only describes.
 */
import type { PortfolioSettings } from '../../../shared/domain/settings';

export type SettingKey = keyof PortfolioSettings;

export interface SettingMeta {
  label: string;
  /** Shown beside the value, e.g. "% a year"; empty for choices and switches. */
  unit: string;
  help: string;
}

/** A setting's explanation cut to its first sentence, for a field hint elsewhere (the Backtest form). */
export function shortHelp(key: SettingKey): string {
  const help = SETTING_META[key].help;
  const end = help.indexOf('. ');
  return end < 0 ? help : help.slice(0, end + 1);
}

export const SETTING_META: Record<SettingKey, SettingMeta> = {
  allocationPct: { label: 'Allocation schedule', unit: '% of risk capital', help: 'Share of the risk capital each condor layer may put at risk, layer 1 first (ALVH: 40% base, 25% second, 15% third; what is left is reserve and hedge budget). Sizing: contracts = floor(slot % × risk capital ÷ risk per contract). The slots must add up to 100% or less; up to 6 slots.' },
  hedgeBudgetPct: { label: 'VIX hedge cap', unit: '% of risk capital', help: 'Hedge pot funding: the most the hedge pot may hold (an unspent pot carries over up to this). Capital budget funding: what VIX call hedges may cost in all (premium still in open hedge layers counts against it).' },
  hedgeFunding: { label: 'Hedge funded from', unit: '', help: 'Hedge pot (ALVH "second engine", default): each condor\u2019s opening net credit puts a share into the pot and VIX hedges are bought only from it, so hedge spend never exceeds the premium share. Capital budget: hedges may cost the cap % of risk capital, refilled as hedges close (the old default; it ruined the 1990–1997 backtest).' },
  hedgePotSharePct: { label: 'Premium share to the hedge pot', unit: '% of each opening credit', help: 'Share of each condor\u2019s opening net credit (price × 100 × quantity) that goes into the hedge pot, capped at the hedge cap.' },
  hedgeIvRvTrigger: { label: 'IV − RV alone fires the hedge', unit: '', help: 'On: vix-hedge also fires when VIX − 100 × RV of SPX is below the IV − RV threshold (the old trigger). Off (default): only VIX RSI above the threshold fires it.' },
  hedgeTakeProfitMultiple: { label: 'Hedge take-profit', unit: '× debit', help: 'hedge-exit prompts to close a VIX hedge (and the backtest closes it) when its model value reaches this multiple of what it cost, fees included (3 = three times the debit; inclusive). 0 = off (held to expiration).' },
  hedgeExitRsi: { label: 'Hedge exit below RSI', unit: 'RSI', help: 'hedge-exit prompts to close a VIX hedge in profit (model value above its debit) when VIX RSI falls back strictly below this (the backtest closes it then too). 0 = off.' },
  riskBasis: { label: 'Risk of a layer', unit: '', help: 'What "risk" means for sizing and the over-allocation rule. Max loss = (wider wing − credit) × 100 × quantity. Margin = the wider wing × 100 × quantity (the short-spread requirement, less the credit when "Margin credits the premium" is on).' },
  marginCreditsPremium: { label: 'Margin credits the premium', unit: '', help: 'On: the short-spread margin is reduced by the premium received, (wider wing − credit) × 100 per condor. Off: margin = wider wing × 100 per condor. Changes margin-based risk, IRR cash flows and WACC.' },
  ownCashRatePct: { label: 'Own cash rate', unit: '% a year', help: 'Opportunity cost of your own cash held as margin (e.g. the T-bill yield you give up). One of the WACC sources: WACC = Σ(capital × days × rate) ÷ Σ(capital × days) over layers and sources.' },
  marginLoanRatePct: { label: 'Margin loan rate', unit: '% a year', help: 'Interest your broker charges on a margin loan. Applies to the share of margin set in "Margin funded by loan".' },
  marginLoanSharePct: { label: 'Margin funded by loan', unit: '% of margin', help: 'Share of each layer\u2019s margin funded by a broker margin loan (at the loan rate). The rest is recycled premium (when recycling is on) and then own cash.' },
  recycledPremiumRatePct: { label: 'Recycled premium rate', unit: '% a year', help: 'Cost assigned to premium received and re-used as margin (the "second engine"). 0 treats it as free funding; your own-cash rate treats it like cash.' },
  recyclePremium: { label: 'Recycle premium into margin', unit: '', help: 'On: premium received funds margin before your own cash, at the recycled-premium rate. Off: premium is not counted as a funding source.' },
  feePerContractCents: { label: 'Fee per contract', unit: '$ per contract per leg', help: 'Commission plus exchange fees for one contract of one leg, used to pre-fill fees: a 4-leg condor of 2 units at $1.50 defaults to 4 × 2 × $1.50 = $12.00. Entered in dollars, stored in cents.' },
  riskFreeRatePct: { label: 'Risk-free rate', unit: '% a year', help: 'r in Black–Scholes (continuous compounding) for model values of SPX options (T+0 payoff, % of max profit without a mark, proposed credits) and in Black-76 for VIX hedge costs.' },
  dividendYieldPct: { label: 'SPX dividend yield', unit: '% a year', help: 'q, the continuous dividend yield of the S&P 500 in Black–Scholes–Merton.' },
  smileRho: { label: 'Smile skew ρ', unit: '(−1 to 1)', help: 'Tilt of the SPX smile (SSVI ρ): negative = out-of-the-money puts priced above calls at the same distance. The smile\u2019s level is pinned to the VIX close; this only shapes it. Default −0.75: a 30-day 25-delta risk reversal near −6 vol points at VIX 17. Formula and sources: docs/analytics.md "SPX smile".' },
  smileEta: { label: 'Smile curvature η', unit: '(> 0)', help: 'Curvature of the SPX smile (SSVI η): larger = steeper wings. At most 2/√(1+|ρ|) (1.52 at ρ = −0.75), the bound that keeps the risk-neutral density non-negative (no butterfly arbitrage). Default 1.4.' },
  smileGamma: { label: 'Smile flattening γ', unit: '(0 to 0.5)', help: 'How the skew flattens with maturity (SSVI power-law γ): the at-the-money skew falls like T^(−γ). Default 0.4, the decay measured on SPX (Bayer, Friz & Gatheral 2016; Gatheral, Jaisson & Rosenbaum 2018).' },
  vixLongRunMean: { label: 'VIX long-run mean', unit: 'VIX pts', help: 'θ of the VIX forward curve VIX options are priced off (the vix-hedge cost, the backtest, the VIX legs on the payoff chart): F = θ + (VIX − θ) × e^(−κT), T = years to the option\u2019s expiration. Above θ the curve sits below spot (backwardation), below θ above it (contango). Default 19.5: the long-run mean of the daily VIX closes 1990–2026.' },
  vixReversionPerYear: { label: 'VIX mean reversion', unit: 'per year (κ)', help: 'κ of the VIX forward curve: how fast the expected VIX returns to the long-run mean (half-life ln 2 ÷ κ years: 3 → about 2.8 months). Example: VIX 40, θ 19.5, κ 3, 30 days out → F = 19.5 + 20.5 × e^(−3 × 30/365) = 35.5. 0 = price every VIX option off the spot VIX (the old model).' },
  rsiPeriod: { label: 'RSI period', unit: 'VIX closes', help: 'Period of the VIX RSI (Wilder smoothing). Needs period + 1 closes before the rules that read it can fire.' },
  rsiThreshold: { label: 'RSI threshold', unit: 'RSI (0–100)', help: 'VIX RSI strictly above this fires tighten (when a condor layer is open) and vix-hedge. 60 does not fire at 60, 60.01 does. Drawn dashed on the VIX chart.' },
  macdFilter: { label: 'MACD filter', unit: '', help: 'The add-layer timing filter on SPX MACD(12, 26, 9). "No recent cross": MACD and signal have not crossed during the lookback (a fresh cross marks a momentum shift, bad timing for a range trade). "Histogram ≥ 0": the latest MACD − signal is ≥ 0. "Off": always passes.' },
  macdCrossLookbackDays: { label: 'MACD cross lookback', unit: 'trading days', help: 'For "No recent cross": the histogram must keep its side (≥ 0 or < 0) over the last lookback + 1 values. Needs 34 + lookback SPX closes.' },
  addLayerMinAgeDays: { label: 'Add a layer from age', unit: 'calendar days', help: 'add-layer fires when the newest open condor layer is between this age and the maximum, inclusive (15–20: 14 and 21 do not fire). Age counts calendar days from its opening ticket.' },
  addLayerMaxAgeDays: { label: 'Add a layer until age', unit: 'calendar days', help: 'Upper end of the add-layer age window (inclusive). Must not be below the lower end.' },
  maxCondorLayers: { label: 'Max condor layers', unit: 'open layers', help: 'add-layer only proposes a new layer while fewer condor layers than this are open.' },
  eventGuardTradingDays: { label: 'Event-guard window', unit: 'trading days', help: 'event-guard fires (and add-layer holds) when a guarded event is dated from today through this many trading days ahead, inclusive. 0 guards today only. Weekends and NYSE holidays are skipped.' },
  guardedEventKinds: { label: 'Guarded event kinds', unit: '', help: 'Economic events that hold new layers: ALVH avoids adding exposure right before FOMC, CPI and PPI. Events come from your calendar (Market data → Economic events).' },
  ivRvThresholdPoints: { label: 'IV − RV threshold', unit: 'vol pts', help: 'Hedge size scales with IV − RV = VIX − 100 × RV of SPX against this threshold: 50% of what is available at the threshold, +5% per vol point below it (all of it 10 points below), −5% per point above (at least 10%). With "IV − RV alone fires the hedge" on, a spread strictly below it also fires vix-hedge.' },
  realizedVolWindow: { label: 'Realised-vol window', unit: 'daily returns', help: 'RV = √252 × sample stdev of the last N daily log returns of SPX, a decimal (× 100 = vol points). Needs N + 1 closes.' },
  rollPctMaxProfit: { label: 'Roll at', unit: '% of max profit', help: 'roll fires when a condor layer has captured at least this share of its max profit (inclusive): (credit − cost to close) ÷ credit, from your latest mark or else the model value.' },
  loyaltyLossMultiple: { label: 'Loss multiple', unit: '× credit', help: 'loyalty-trap fires when a layer\u2019s open loss per unit reaches this multiple of the credit received (inclusive), or when SPX closes beyond a short strike: exit or adjust instead of hoping.' },
  lateDte: { label: 'Late DTE', unit: 'days to expiration', help: 'late-dte fires for an open condor layer at or below this many calendar days to expiration (gamma risk): close or roll.' },
  baseDte: { label: 'Base layer DTE', unit: 'calendar days', help: 'Expiration proposed for a base layer and for rolls of one: today + this many days, moved back to a trading day.' },
  nextLayerDte: { label: 'Next layer DTE', unit: 'calendar days', help: 'Expiration proposed for the second and third layers (time-shift): today + this many days.' },
  wingMultiplier: { label: 'Wing multiplier', unit: '× newest layer\u2019s wing', help: 'A new layer\u2019s wings = this × the newest layer\u2019s wider wing, rounded up to the 5-point grid (50 × 1.25 = 62.5 → 65): wider wings for later layers.' },
  wingWidthPoints: { label: 'Base wing width', unit: 'index points', help: 'Distance between short and long strike on each side of a proposed base layer when "Base wing as % of spot" is 0.' },
  wingWidthPctOfSpot: { label: 'Base wing as % of spot', unit: '% of SPX', help: 'Base wing width = this % of the SPX close, rounded up on the 5-point strike grid (0.65% of 7,500 = 48.75 → 50 points; of 350 in 1990 → 5 points). 0 = use the fixed base wing width.' },
  targetShortDelta: { label: 'Target short delta', unit: '|Δ|, 0.01–0.50', help: 'Short strikes are proposed where the model |delta| equals this (0.16 ≈ one standard deviation), rounded away from spot on the 5-point grid. tighten moves shorts back out to it when a rising VIX lifts their delta.' },
  threatenedShortDelta: { label: 'Threatened short delta', unit: '|Δ|, 0.01–0.99', help: 'threatened-layer keeps a warning on every open condor layer whose short put or short call has a model |delta| strictly above this (0.30 by default), whichever layer tighten targets: tighten only moves the newest layer. Delta on the SPX smile, as the tighten prompt quotes it.' },
  irrMinAgeDays: { label: 'Minimum age for an annualised IRR', unit: 'calendar days', help: 'A book (or layer) younger than this shows its annualised IRR greyed, "annualised from N days", beside the holding-period return on margin: a few days of theta annualise into huge rates.' },
  disabledRules: { label: 'Rule on/off switches', unit: '', help: 'A switched-off rule is not evaluated at all; nothing else changes.' },
};

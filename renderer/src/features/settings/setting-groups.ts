/** How the Settings page lays out the settings: three general groups and one card per rule. */
import type { RuleId } from '../../../../shared/domain/settings';
import type { SettingKey } from '../../format/setting-meta';

export interface SettingGroup {
  id: string;
  title: string;
  note: string;
  keys: readonly SettingKey[];
}

export const GENERAL_GROUPS: readonly SettingGroup[] = [
  { id: 'allocation', title: 'Allocation & sizing', note: 'how much each layer may risk', keys: ['allocationPct', 'hedgeBudgetPct', 'hedgeFunding', 'hedgePotSharePct', 'riskBasis', 'marginCreditsPremium'] },
  { id: 'capital', title: 'Cost of capital', note: 'the WACC behind IRR − WACC', keys: ['ownCashRatePct', 'marginLoanRatePct', 'marginLoanSharePct', 'recycledPremiumRatePct', 'recyclePremium', 'irrMinAgeDays'] },
  { id: 'pricing', title: 'Pricing & fees', note: 'model values and default fees', keys: ['riskFreeRatePct', 'dividendYieldPct', 'smileRho', 'smileEta', 'smileGamma', 'vixLongRunMean', 'vixReversionPerYear', 'feePerContractCents'] },
];

export interface RuleGroup {
  rule: RuleId;
  /** When it fires and what it suggests, in one line. */
  summary: string;
  keys: readonly SettingKey[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { rule: 'base-layer', summary: 'No condor layer open → open a base condor sized at slot 1.', keys: ['baseDte', 'wingWidthPctOfSpot', 'wingWidthPoints', 'targetShortDelta'] },
  { rule: 'add-layer', summary: 'Newest layer in the age window, room for another, no guarded event, MACD filter passes → a time-shift layer with wider wings.', keys: ['addLayerMinAgeDays', 'addLayerMaxAgeDays', 'maxCondorLayers', 'nextLayerDte', 'wingMultiplier', 'macdFilter', 'macdCrossLookbackDays'] },
  { rule: 'tighten', summary: 'VIX RSI above the threshold with a layer open → move the newest layer\u2019s shorts out to the target delta.', keys: ['rsiPeriod', 'rsiThreshold'] },
  { rule: 'threatened-layer', summary: 'A short strike of any open condor layer above the delta limit → a standing warning on that layer, whichever layer tighten targets.', keys: ['threatenedShortDelta'] },
  { rule: 'vix-hedge', summary: 'VIX RSI above the threshold → a VIX call spread paid from the hedge pot, sized by IV − RV.', keys: ['ivRvThresholdPoints', 'hedgeIvRvTrigger', 'realizedVolWindow'] },
  { rule: 'hedge-exit', summary: 'An open VIX hedge worth the take-profit multiple of its debit, or in profit with VIX RSI back below the exit level → close it for profit.', keys: ['hedgeTakeProfitMultiple', 'hedgeExitRsi'] },
  { rule: 'roll', summary: 'A layer captured its share of max profit → close it and reopen further out, shortest-dated first.', keys: ['rollPctMaxProfit'] },
  { rule: 'event-guard', summary: 'A guarded event within the window → hold new layers, consider sizing down.', keys: ['eventGuardTradingDays', 'guardedEventKinds'] },
  { rule: 'loyalty-trap', summary: 'Open loss ≥ the multiple of the credit, or SPX beyond a short strike → exit or adjust.', keys: ['loyaltyLossMultiple'] },
  { rule: 'over-allocation', summary: 'Risk of the open condor layers above the risk capital → reduce. Uses "Risk of a layer" above.', keys: [] },
  { rule: 'late-dte', summary: 'A condor layer at or below the late DTE → close or roll (gamma risk).', keys: ['lateDte'] },
  { rule: 'book-expiration', summary: 'A layer past its expiration with open legs → book its settlement (one settle ticket at the settlement value).', keys: [] },
];

/** Settings read by more than the rule whose card shows them. */
export const ALSO_READ_BY: Partial<Record<SettingKey, string>> = {
  rsiPeriod: 'also vix-hedge, hedge-exit',
  rsiThreshold: 'also vix-hedge',
  targetShortDelta: 'also add-layer, roll, tighten',
  eventGuardTradingDays: 'also add-layer',
  guardedEventKinds: 'also add-layer',
  wingWidthPoints: 'base and rolls of base layers',
  wingWidthPctOfSpot: 'base and rolls of base layers',
};

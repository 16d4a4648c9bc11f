/**
 * The ALVH rules engine (pure): prepare the market once, then evaluate any date.
 * See docs/rules.md for every rule's reading, inputs and defaults.
 */
export { evaluateRules } from './evaluate';
export { prepareMarket, marketFromSeries, MACD_PERIODS, type CloseBar, type MarketContext, type MarketSeriesInput, type SkippedBar, type SpxSeries, type VixSeries } from './market-context';
export { lastIndexOnOrBefore } from './market-snapshot';
export { promptKey } from './decisions';
export { contractsFor, contractsWithin, pctOfCents } from './sizing';
export { STRIKE_GRID_HUNDREDTHS } from './condor-proposal';
export { entryProposal, type EntryProposal } from './entry-proposal';
export { HEDGE_LONG_OTM, HEDGE_SPREAD_POINTS, HEDGE_TARGET_DAYS, HEDGE_VOL_OF_VOL, hedgeBudgetScale } from './hedge-proposal';
export type {
  CloseOrAdjustSuggestion,
  CloseReason,
  CondorProposal,
  GuardedEvent,
  HoldNewLayersSuggestion,
  OpenCondorSuggestion,
  Prompt,
  PromptInputValue,
  ReduceSuggestion,
  RollSuggestion,
  BookExpirationSuggestion,
  RulesDecision,
  RulesEvent,
  RulesInput,
  RulesMark,
  RulesResult,
  Severity,
  Suggestion,
  TightenSuggestion,
  Unavailable,
  VixHedgeSuggestion,
} from './types';

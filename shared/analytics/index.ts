/**
 * The pure analytics engine: option pricing, payoff and Greeks of a position, IRR and
 * cost of capital, and the indicators the ALVH rules read. No platform imports; every
 * formula, unit and source is documented where it is defined and in docs/analytics.md.
 */
export { normCdf, normPdf } from './normal';
export { priceOption, type OptionInput, type OptionKind, type OptionValuation } from './black-scholes';
export { priceFuturesOption, type FuturesOptionInput, type FuturesOptionValuation } from './black-76';
export { SPOT_AS_FORWARD, vixForward, vixForwardWeights, type VixTermStructure } from './vix-forward';
export { impliedVol, type ImpliedVolInput } from './implied-vol';
export { xnpv, xirr, type CashFlow } from './xirr';
export { ema } from './ema';
export { rsi } from './rsi';
export { macd, type MacdSeries } from './macd';
export { realizedVol } from './realized-vol';
export { ironCondor, type IronCondorInput, type IronCondorMetrics } from './iron-condor';
export { pctMaxProfitCaptured } from './profit-capture';
export { DAYS_PER_YEAR } from './day-count';
export {
  DEFAULT_VIX_FLOOR,
  expirationsOf,
  projectVix,
  type LegKind,
  type LegUnderlying,
  type MarketModel,
  type PositionLeg,
} from './position';
export { createPayoffModel, payoffCurve, type PayoffModel, type PayoffScenario } from './payoff';
export { breakEvens, curveExtremes, priceGrid, type CurveExtremes } from './curve-analysis';
export { positionGreeks, type PositionGreeks } from './position-greeks';
export {
  irrReport,
  layerCashFlows,
  portfolioCashFlows,
  tryXirr,
  type FlowKind,
  type IrrReport,
  type IrrResult,
  type LayerCashInput,
  type LayerFlow,
  type LayerTicketCash,
} from './layer-flows';
export { fundMargin, irrMinusWacc, wacc, type CapitalSource, type FundingShare } from './wacc';
export { vixBetaRegression, type DatedClose, type VixBetaEstimate } from './vix-beta';
export { ivRvSpread } from './vol-spread';
export { probabilityOfProfit, type ProbabilityInput } from './probability';
export { durrlemanG, ssviTotalVariance, validateSmileShape, type SmileShape } from './ssvi';
export { cboeVixFromPrices, type StripInput } from './vix-strip';
export { priceOnSurface, smileProbabilityAbove, smileProbabilityBetween, SPX_STRIKE_STEP, spxSurface, stripVix, VIX_YEARS, type SpxSurface, type SurfaceMarket } from './spx-surface';

/**
 * The dashboard in one pure function: stored layers, marks and closes in; curves, metrics,
 * IRR/WACC and per-layer rows out. The backend handler, the CLI `metrics` command and the
 * reports call this same function, so their numbers cannot disagree.
 */
import { createPayoffModel, irrMinusWacc, positionGreeks, smileProbabilityBetween, wacc, type CapitalSource, type MarketModel, type PositionLeg, type SpxSurface } from '../analytics';
import { daysBetween } from '../dates';
import { vixTermStructure } from '../rules/hedge-proposal';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { bookAsOf } from '../domain/layer-as-of';
import { settlementPriceFromBars, type SettlementPriceFn } from '../domain/settlement';
import { layerCashInput, layerFunding, layerMaxLoss, shapeOf } from './layer-capital';
import { lastUserMark, layerRow, pickMark } from './layer-rows';
import { anchoredLayers, priceOffsetDollars } from './anchored-legs';
import { marketDataEnds } from '../domain/market-data-ends';
import { holdingFigures, settlementOf } from './as-of-figures';
import { modelLiquidationValue } from './layer-position';
import { betaInfo, marketState } from './market-state';
import { gridFor, payoffCurves } from './payoff-curves';
import { portfolioIrr, slotUse } from './portfolio-figures';
import { digestHistory } from './history-digest';
import type { ClosedHistory, DashboardData, DashboardOptions } from './types';
import { centsToDollars } from '../money';

export interface DashboardInput {
  riskCapitalCents: number;
  settings: PortfolioSettings;
  /** Layers open on the date (or closed after it), with legs and tickets. */
  layers: readonly LayerDetail[];
  /** Layers closed before the date, for IRR, WACC and realised P&L. */
  closedHistory: ClosedHistory;
  marks: readonly Mark[];
  spx: readonly MarketBar[];
  vix: readonly MarketBar[];
  options: DashboardOptions;
  /** Settlement prices of expired legs (default: the CLOSE of `spx`/`vix` bars; OPEN where the bars carry it). */
  settlementPrice?: SettlementPriceFn;
}

/** Index and vol levels used when no close is stored yet (the chart still draws, with a warning). */
const FALLBACK_VIX = 20;

export function computeDashboard(input: DashboardInput): DashboardData {
  const { options, settings } = input;
  const asOf = options.asOf;
  const warnings: string[] = [];
  const market = marketState(input.spx, input.vix, asOf, settings.realizedVolWindow);
  const beta = betaInfo(input.spx, input.vix, asOf);
  // The book as of the date: each layer rebuilt from its tickets ≤ asOf (idempotent when the caller did it).
  const layers = bookAsOf(input.layers, asOf);
  const open = layers.filter((l) => l.status === 'open');
  const unbooked = layers.filter((l) => l.status === 'expired-unbooked');
  const dataEnds = marketDataEnds(market.spxDate, market.vixDate, asOf);
  if (dataEnds !== null) warnings.push(`Market data ends ${dataEnds}; figures use that close.`);
  const spot = market.spx ?? fallbackSpot(open, warnings, asOf);
  const vix = market.vix ?? FALLBACK_VIX;
  warnings.push(...volWarnings(market.vix === null, beta, asOf));

  const model: MarketModel = {
    spxNow: spot, vixNow: vix, rate: settings.riskFreeRatePct / 100, dividendYield: settings.dividendYieldPct / 100,
    spxVol: vix / 100, vixVol: 0.9, vixBetaPointsPerPct: beta.beta, volShiftPoints: options.volShiftPoints,
    vixCurve: vixTermStructure(settings),
  };
  const baseModel: MarketModel = { ...model, volShiftPoints: 0 };
  const marksByLayer = groupMarks(input.marks);
  // Every SPX leg on the date's smile at its layer's anchored offset (anchored-legs.ts).
  const { surface, layers: anchored } = anchoredLayers(open, marksByLayer, input.spx, input.vix, spot, vix, settings, asOf);
  // Rows (mark, P&L, own IRR) for open layers; closed ones only feed the portfolio's IRR and WACC.
  const openRows = open.map((layer) => {
    const a = anchored.get(layer.id);
    const legs = a?.legs ?? [];
    const layerMarks = marksByLayer.get(layer.id) ?? [];
    // One value per layer: the row's P&L, the Open P&L metric and the T+0 curve at SPX now all read
    // it unrounded (the mark shown is rounded to 0.01 pt; a user's mark is taken as typed).
    const valueNow = modelLiquidationValue(legs, asOf, baseModel) + (a?.priceOffsetDollars ?? 0);
    const mark = pickMark(layer, layerMarks, valueNow, asOf);
    const liquidation = mark === null ? 0 : mark.source === 'user' ? -mark.pricePoints * (layer.legs[0]?.multiplier ?? 100) * layer.openQuantity : valueNow;
    const row = layerRow(layer, mark, liquidation, settings, asOf, { lastUserMark: lastUserMark(layerMarks, asOf), settlement: null });
    return { layer, legs, liquidation, settledOn: null as string | null, row };
  });
  const settlementPrice = input.settlementPrice ?? settlementPriceFromBars([...input.spx, ...input.vix]);
  const unbookedRows = unbooked.map((layer) => {
    const settlement = settlementOf(layer, settlementPrice);
    if (settlement.valueDollars === null) {
      warnings.push(`Layer #${layer.id} expired on ${settlement.date} and no settlement price is stored for that day: enter it to book the expiration.`);
    }
    const liquidation = settlement.valueDollars ?? 0;
    const row = layerRow(layer, null, liquidation, settings, asOf, { lastUserMark: lastUserMark(marksByLayer.get(layer.id) ?? [], asOf), settlement });
    return { layer, legs: [] as PositionLeg[], liquidation, settledOn: settlement.date, row };
  });
  const rows = [...openRows, ...unbookedRows];
  const closed = layers.filter((l) => l.status !== 'open' && l.status !== 'expired-unbooked');

  const inScope = rows.filter(({ layer }) => layer.status === 'open' && inChartScope(layer, options));
  const scopeLegs = inScope.flatMap((r) => r.legs);
  const realizedCash = inScope.reduce((sum, r) => sum + centsToDollars(r.layer.netCashCents), 0);
  const grid = gridFor(scopeLegs, spot, options.points);
  const curves = scopeLegs.length > 0 || inScope.length > 0
    ? payoffCurves({
      legGroups: inScope.map((r) => r.legs), realizedCash, market: model, asOf, customDate: options.curveDate, grid,
      groupOffsets: inScope.map((r) => (date: string) => priceOffsetDollars(r.layer, anchored.get(r.layer.id)?.anchor ?? null, date)),
    })
    : [];
  const flatT0 = scopeLegs.length > 0
    ? createPayoffModel({ legs: inScope.flatMap((r) => anchored.get(r.layer.id)?.flatLegs ?? []), realizedCash, valuationDate: asOf, market: model }).curve(grid)
    : null;
  const lastCurve = curves.find((c) => c.id === 'last') ?? curves.find((c) => c.id === 'front') ?? null;
  const scenario = { legs: scopeLegs, realizedCash, valuationDate: asOf, market: model };
  const curveFigures = lastCurveFigures(lastCurve, spot, surface, asOf);

  const cashInputs = [...rows.map((r) => layerCashInput(r.layer, settings, r.liquidation, r.settledOn)), ...closed.map((l) => layerCashInput(l, settings, 0))];
  const digest = digestHistory(input.closedHistory, settings, asOf);
  const irr = portfolioIrr(cashInputs, digest.flows, asOf);
  const settledOn = new Map(unbookedRows.map((r) => [r.layer.id, r.settledOn]));
  const funding: CapitalSource[] = [...layers.map((l) => shapeOf(l, settledOn.get(l.id) ?? null)).flatMap((l) => layerFunding(l, settings, asOf)), ...digest.funding];
  const waccResult = tryWacc(funding, rows.reduce((sum, r) => sum + r.row.marginDollars, 0));
  const realizedPnl = layers.reduce((s, l) => s + centsToDollars(l.realizedPnlCents), digest.realizedPnl);
  const openPnl = rows.reduce((s, r) => s + r.row.openPnlDollars, 0);
  const irrHolding = holdingFigures(cashInputs, digest.marginDeltas, asOf, realizedPnl + openPnl, settings.irrMinAgeDays);
  const openCondors = openRows.filter((r) => r.layer.role !== 'hedge');
  const hedges = openRows.filter((r) => r.layer.role === 'hedge');
  const condorPnl = openCondors.reduce((s, r) => s + r.row.pnlDollars, 0);

  return {
    asOf, options, market, beta, grid, curves,
    maxProfitDollars: curveFigures.maxProfitDollars,
    maxLossDollars: curveFigures.maxLossDollars,
    breakEvens: curveFigures.breakEvens,
    greeks: scopeLegs.length > 0 ? positionGreeks(scenario) : null,
    probabilityOfProfit: curveFigures.probabilityOfProfit,
    flatT0Dollars: flatT0,
    anchors: Object.fromEntries(rows.map((r) => [r.layer.id, anchored.get(r.layer.id)?.anchor ?? null])),
    netCreditDollars: open.reduce((s, l) => s + centsToDollars(l.netCashCents), 0),
    realizedPnlDollars: realizedPnl,
    openPnlDollars: openPnl,
    marginDollars: rows.reduce((s, r) => s + r.row.marginDollars, 0),
    riskCapitalDollars: centsToDollars(input.riskCapitalCents),
    openMaxLossDollars: openCondors.reduce((s, r) => s + (layerMaxLoss(r.layer) ?? 0), 0),
    slots: slotUse(openCondors.map((r) => r.layer), settings, centsToDollars(input.riskCapitalCents)),
    irr,
    irrHolding,
    ...waccFigures(irr, waccResult),
    capitalDollarDays: funding.reduce((s, f) => s + f.capital * f.days, 0),
    layers: rows.map((r) => r.row),
    hedges: hedges.map((r) => ({ hedgeLayerId: r.layer.id, protectsLayerIds: r.layer.protectsLayerIds, pnlDollars: r.row.pnlDollars })),
    condorPnlDollars: condorPnl,
    condorPnlWithHedgesDollars: condorPnl + hedges.reduce((s, r) => s + r.row.pnlDollars, 0),
    marketDataEnds: dataEnds,
    warnings,
  };
}

/** The scope filter of the chart: one layer, every layer but the hedges, or all. */
function inChartScope(layer: LayerDetail, options: DashboardOptions): boolean {
  if (options.scope === 'layer') return layer.id === options.layerId;
  if (options.scope === 'no-hedges') return layer.role !== 'hedge';
  return true;
}

/** The warnings about the vol inputs, in this order: no VIX close (priced at the fallback σ), and the default VIX/SPX beta. */
function volWarnings(noVixClose: boolean, beta: DashboardData['beta'], asOf: string): string[] {
  const warnings: string[] = [];
  if (noVixClose) warnings.push(`No VIX close on or before ${asOf}: options are priced at σ = ${FALLBACK_VIX}%. Enter or import VIX closes.`);
  if (beta.source === 'default') {
    const reason = beta.reason ?? 'not enough common SPX/VIX history';
    warnings.push(`The VIX/SPX beta cannot be estimated (${reason}): using the default ${beta.beta} VIX points per 1% SPX.`);
  }
  return warnings;
}

/** Max profit, max loss, break-evens and probability of profit read off the last expiry's curve (null / [] without one). */
function lastCurveFigures(
  lastCurve: DashboardData['curves'][number] | null, spot: number, surface: SpxSurface, asOf: string,
): Pick<DashboardData, 'maxProfitDollars' | 'maxLossDollars' | 'breakEvens' | 'probabilityOfProfit'> {
  if (!lastCurve) return { maxProfitDollars: null, maxLossDollars: null, breakEvens: [], probabilityOfProfit: null };
  return {
    maxProfitDollars: Math.max(0, lastCurve.maxPnlDollars),
    maxLossDollars: Math.max(0, -lastCurve.minPnlDollars),
    breakEvens: lastCurve.breakEvens,
    probabilityOfProfit: pop(lastCurve.breakEvens, lastCurve.date, spot, surface, asOf),
  };
}

/** WACC (or why it is undefined) and IRR − WACC when both rates exist. */
function waccFigures(
  irr: DashboardData['irr'], waccResult: ReturnType<typeof tryWacc>,
): Pick<DashboardData, 'wacc' | 'waccError' | 'irrMinusWacc'> {
  return {
    wacc: waccResult.ok ? waccResult.rate : null,
    waccError: waccResult.ok ? null : waccResult.reason,
    irrMinusWacc: irr.ok && waccResult.ok ? irrMinusWacc(irr.rate, waccResult.rate) : null,
  };
}

/** Risk-neutral probability, read off the smile, that SPX ends between the break-evens around spot. */
function pop(bes: readonly number[], lastDate: string, spot: number, surface: SpxSurface, asOf: string): number | null {
  if (bes.length === 0) return null;
  const lower = [...bes].filter((b) => b <= spot).pop() ?? 0;
  const upper = bes.find((b) => b > spot) ?? Infinity;
  if (!(upper > lower)) return null;
  return smileProbabilityBetween(surface, lower, upper, Math.max(0, daysBetween(asOf, lastDate)) / 365);
}

/** WACC of the funding, or why it has none: no margin at all, or margin posted on the as-of date itself (held 0 days). */
function tryWacc(sources: readonly CapitalSource[], marginHeld: number): { ok: true; rate: number } | { ok: false; reason: string } {
  if (sources.length === 0) {
    return { ok: false, reason: marginHeld > 0 ? 'WACC undefined: the margin was posted today and has not been held a day yet' : 'WACC undefined: no margin has been committed yet' };
  }
  try {
    return { ok: true, rate: wacc(sources) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function fallbackSpot(open: readonly LayerDetail[], warnings: string[], asOf: string): number {
  const s = open.find((l) => l.strikes)?.strikes;
  const spot = s ? (s.putShort + s.callShort) / 200 : 5000;
  warnings.push(`No SPX close on or before ${asOf}: the chart is centred on ${spot}. Enter or import SPX closes.`);
  return spot;
}

function groupMarks(marks: readonly Mark[]): Map<number, Mark[]> {
  const map = new Map<number, Mark[]>();
  for (const m of marks) map.set(m.layerId, [...(map.get(m.layerId) ?? []), m]);
  return map;
}


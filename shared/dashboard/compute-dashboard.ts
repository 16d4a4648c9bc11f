/**
 * The dashboard in one pure function: stored layers, marks and closes in; curves, metrics,
 * IRR/WACC and per-layer rows out. The backend handler, the CLI `metrics` command and the
 * reports call this same function, so their numbers cannot disagree.
 */
import { createPayoffModel, irrMinusWacc, positionGreeks, smileProbabilityBetween, wacc, type CapitalSource, type MarketModel, type SpxSurface } from '../analytics';
import { daysBetween } from '../dates';
import { vixTermStructure } from '../rules/hedge-proposal';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { layerCashInput, layerFunding, layerMaxLoss, shapeOf } from './layer-capital';
import { layerRow, pickMark } from './layer-rows';
import { anchoredLayers } from './anchored-legs';
import { modelLiquidationValue } from './layer-position';
import { betaInfo, marketState } from './market-state';
import { gridFor, payoffCurves } from './payoff-curves';
import { portfolioIrr, slotUse } from './portfolio-figures';
import { digestHistory } from './history-digest';
import type { ClosedHistory, DashboardData, DashboardOptions } from './types';

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
}

/** Index and vol levels used when no close is stored yet (the chart still draws, with a warning). */
const FALLBACK_VIX = 20;

export function computeDashboard(input: DashboardInput): DashboardData {
  const { options, settings } = input;
  const asOf = options.asOf;
  const warnings: string[] = [];
  const market = marketState(input.spx, input.vix, asOf, settings.realizedVolWindow);
  const beta = betaInfo(input.spx, input.vix, asOf);
  const layers = input.layers.filter((l) => l.openedOn <= asOf);
  const open = layers.filter((l) => l.status === 'open');
  const spot = market.spx ?? fallbackSpot(open, warnings, asOf);
  const vix = market.vix ?? FALLBACK_VIX;
  if (market.vix === null) warnings.push(`No VIX close on or before ${asOf}: options are priced at σ = ${FALLBACK_VIX}%. Enter or import VIX closes.`);
  if (beta.source === 'default') warnings.push(`Not enough common SPX/VIX history for the VIX beta: using ${beta.beta} VIX points per 1% SPX.`);

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
  const rows = open.map((layer) => {
    const a = anchored.get(layer.id);
    const legs = a?.legs ?? [];
    const mark = pickMark(layer, marksByLayer.get(layer.id) ?? [], modelLiquidationValue(legs, asOf, baseModel) + (a?.priceOffsetDollars ?? 0), asOf);
    const liquidation = mark ? -mark.pricePoints * (layer.legs[0]?.multiplier ?? 100) * layer.openQuantity : 0;
    return { layer, legs, liquidation, row: layerRow(layer, mark, liquidation, settings, asOf) };
  });
  const closed = layers.filter((l) => l.status !== 'open');

  const inScope = rows.filter(({ layer }) => layer.status === 'open' && (options.scope === 'layer' ? layer.id === options.layerId : options.scope === 'no-hedges' ? layer.role !== 'hedge' : true));
  const scopeLegs = inScope.flatMap((r) => r.legs);
  const realizedCash = inScope.reduce((sum, r) => sum + r.layer.netCashCents / 100, 0);
  const grid = gridFor(scopeLegs, spot, options.points);
  const curves = scopeLegs.length > 0 || inScope.length > 0 ? payoffCurves({ legGroups: inScope.map((r) => r.legs), realizedCash, market: model, asOf, customDate: options.curveDate, grid }) : [];
  const flatT0 = scopeLegs.length > 0 ? createPayoffModel({ legs: inScope.flatMap((r) => anchored.get(r.layer.id)?.flatLegs ?? []), realizedCash, valuationDate: asOf, market: model }).curve(grid) : null;
  const lastCurve = curves.find((c) => c.id === 'last') ?? curves.find((c) => c.id === 'front') ?? null;
  const scenario = { legs: scopeLegs, realizedCash, valuationDate: asOf, market: model };

  const cashInputs = [...rows.map((r) => layerCashInput(r.layer, settings, r.liquidation)), ...closed.map((l) => layerCashInput(l, settings, 0))];
  const digest = digestHistory(input.closedHistory, settings, asOf);
  const irr = portfolioIrr(cashInputs, digest.flows, asOf);
  const funding: CapitalSource[] = [...layers.map(shapeOf).flatMap((l) => layerFunding(l, settings, asOf)), ...digest.funding];
  const waccResult = tryWacc(funding);
  const openCondors = rows.filter((r) => r.layer.role !== 'hedge');
  const hedges = rows.filter((r) => r.layer.role === 'hedge');
  const condorPnl = openCondors.reduce((s, r) => s + r.row.pnl, 0);

  return {
    asOf, options, market, beta, grid, curves,
    maxProfit: lastCurve ? Math.max(0, lastCurve.maxPnl) : null,
    maxLoss: lastCurve ? Math.max(0, -lastCurve.minPnl) : null,
    breakEvens: lastCurve?.breakEvens ?? [],
    greeks: scopeLegs.length > 0 ? positionGreeks(scenario) : null,
    probabilityOfProfit: lastCurve ? pop(lastCurve.breakEvens, lastCurve.date, spot, surface, asOf) : null,
    flatT0,
    anchors: Object.fromEntries(rows.map((r) => [r.layer.id, anchored.get(r.layer.id)?.anchor ?? null])),
    netCredit: open.reduce((s, l) => s + l.netCashCents / 100, 0),
    realizedPnl: layers.reduce((s, l) => s + l.realizedPnlCents / 100, digest.realizedPnl),
    openPnl: rows.reduce((s, r) => s + r.row.openPnl, 0),
    margin: rows.reduce((s, r) => s + r.row.margin, 0),
    riskCapital: input.riskCapitalCents / 100,
    openMaxLoss: openCondors.reduce((s, r) => s + (layerMaxLoss(r.layer) ?? 0), 0),
    slots: slotUse(openCondors.map((r) => r.layer), settings, input.riskCapitalCents / 100),
    irr,
    wacc: waccResult.ok ? waccResult.rate : null,
    waccError: waccResult.ok ? null : waccResult.reason,
    irrMinusWacc: irr.ok && waccResult.ok ? irrMinusWacc(irr.rate, waccResult.rate) : null,
    capitalDays: funding.reduce((s, f) => s + f.capital * f.days, 0),
    layers: rows.map((r) => r.row),
    hedges: hedges.map((r) => ({ hedgeLayerId: r.layer.id, protectsLayerIds: r.layer.protectsLayerIds, pnl: r.row.pnl })),
    condorPnl,
    condorPnlWithHedges: condorPnl + hedges.reduce((s, r) => s + r.row.pnl, 0),
    warnings,
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

function tryWacc(sources: readonly CapitalSource[]): { ok: true; rate: number } | { ok: false; reason: string } {
  if (sources.length === 0) return { ok: false, reason: 'WACC undefined: no margin has been committed yet' };
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


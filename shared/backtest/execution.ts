/**
 * How the simulated trader executes: every fill is at model mid (valuation.ts) worse by the
 * slippage per contract per leg traded, plus settings.feePerContractCents per contract per
 * leg. Expiration settles at intrinsic with no fee and no slippage (cash settlement).
 */
import type { PortfolioSettings } from '../domain/settings';
import type { CondorStrikes, LayerDetail, LayerRole, Leg, TicketLeg } from '../domain/types';
import type { LayerBook, LegSpec } from './layer-book';
import type { BacktestOptions } from './types';
import { closeCostHundredths, legValuePoints, type DayPricer } from './valuation';

/** Per-contract, per-leg trading costs. */
export interface ExecutionCosts {
  feePerContractCents: number;
  spxSlipHundredths: number;
  vixSlipHundredths: number;
}

export function executionCosts(settings: PortfolioSettings, options: BacktestOptions): ExecutionCosts {
  return { feePerContractCents: settings.feePerContractCents, spxSlipHundredths: Math.round(options.spxSlippagePoints * 100), vixSlipHundredths: Math.round(options.vixSlippagePoints * 100) };
}

function slipPerUnit(costs: ExecutionCosts, legs: readonly Pick<Leg, 'underlying'>[]): number {
  return legs.reduce((sum, leg) => sum + (leg.underlying === 'VIX' ? costs.vixSlipHundredths : costs.spxSlipHundredths), 0);
}

function feesFor(costs: ExecutionCosts, legs: readonly TicketLeg[]): number {
  return legs.reduce((sum, l) => sum + Math.abs(l.quantity) * costs.feePerContractCents, 0);
}

/** Model net premium per unit for opening `legs` (+ credit), hundredths, before slippage. */
function openingPremiumHundredths(pricer: DayPricer, legs: readonly Leg[]): number {
  const points = legs.reduce((sum, leg) => sum + (leg.side === 'short' ? 1 : -1) * legValuePoints(pricer, leg), 0);
  return Math.round(points * 100);
}

/** What openLayer is asked to open: role, legs, units, the reason, credit or debit, the layer rolled from, a debit cap in cents. */
export interface OpenLayerOrder {
  role: LayerRole;
  specs: readonly LegSpec[];
  quantity: number;
  reason: string;
  credit: boolean;
  rolledFromId?: number;
  maxDebitCents?: number;
}

/**
 * Opens a new layer of `quantity` units of `specs`. A condor (`credit` true) is skipped when
 * the credit after slippage is not positive; `maxDebitCents` caps what a debit position may cost
 * in all, fees included (the hedge pot): the quantity is cut to fit, and nothing trades when not
 * one unit fits. Returns the layer or null when nothing traded.
 */
export function openLayer(book: LayerBook, pricer: DayPricer, costs: ExecutionCosts, o: OpenLayerOrder): LayerDetail | null {
  if (o.quantity <= 0) return null;
  const layer = book.createLayer(o.role, pricer.day.date, o.rolledFromId ?? null);
  const legs = book.addLegs(layer, o.specs);
  const net = openingPremiumHundredths(pricer, legs) - slipPerUnit(costs, legs);
  let quantity = o.quantity;
  if (o.maxDebitCents !== undefined) {
    const perUnitCents = Math.max(0, -net) * 100 + legs.length * costs.feePerContractCents;
    quantity = perUnitCents > 0 ? Math.min(quantity, Math.floor(Math.max(0, o.maxDebitCents) / perUnitCents)) : quantity;
  }
  if ((o.credit && net <= 0) || quantity <= 0) {
    book.discard(layer);
    return null;
  }
  const ticketLegs = legs.map((leg) => ({ legId: leg.id, quantity: leg.side === 'long' ? quantity : -quantity }));
  book.trade(layer, { date: pricer.day.date, action: 'open', reason: o.reason, quantity, netPriceHundredths: net, feesCents: feesFor(costs, ticketLegs), legs: ticketLegs });
  return layer;
}

/** The four legs of an iron condor on `root` (SPX: the AM-settled monthly; SPXW: PM-settled). */
export function condorLegs(strikes: CondorStrikes, expiration: string, root: 'SPX' | 'SPXW' = 'SPXW'): LegSpec[] {
  return [
    { underlying: root, right: 'put', side: 'long', strikeHundredths: strikes.putLong, expiration },
    { underlying: root, right: 'put', side: 'short', strikeHundredths: strikes.putShort, expiration },
    { underlying: root, right: 'call', side: 'short', strikeHundredths: strikes.callShort, expiration },
    { underlying: root, right: 'call', side: 'long', strikeHundredths: strikes.callLong, expiration },
  ];
}

/** The two legs of a long VIX call spread. */
export function vixCallSpreadLegs(longStrikeHundredths: number, shortStrikeHundredths: number, expiration: string): LegSpec[] {
  return [
    { underlying: 'VIX', right: 'call', side: 'long', strikeHundredths: longStrikeHundredths, expiration },
    { underlying: 'VIX', right: 'call', side: 'short', strikeHundredths: shortStrikeHundredths, expiration },
  ];
}

function liveTicketLegs(layer: LayerDetail): { legs: TicketLeg[]; live: Leg[] } {
  const live = layer.legs.filter((leg) => (layer.openContracts[leg.id] ?? 0) !== 0);
  return { live, legs: live.map((leg) => ({ legId: leg.id, quantity: -(layer.openContracts[leg.id] ?? 0) })) };
}

/** Buys back (sells out) every open leg at model cost + slippage; `roll` marks it as rolled. */
export function closeLayer(book: LayerBook, pricer: DayPricer, costs: ExecutionCosts, layer: LayerDetail, action: 'close' | 'roll', reason: string): void {
  const { legs, live } = liveTicketLegs(layer);
  const net = -(closeCostHundredths(pricer, layer) + slipPerUnit(costs, live));
  book.trade(layer, { date: pricer.day.date, action, reason, quantity: layer.openQuantity, netPriceHundredths: net, feesCents: feesFor(costs, legs), legs });
}

/** Closes every open layer at model cost + slippage + fees (the close-out at ruin). */
export function closeOut(book: LayerBook, pricer: DayPricer, costs: ExecutionCosts, reason: string): void {
  for (const layer of book.open()) closeLayer(book, pricer, costs, layer, 'close', reason);
}

/** Settles, at intrinsic, every open layer whose earliest live expiration is on or before the day. */
export function settleExpired(book: LayerBook, pricer: DayPricer): void {
  for (const layer of book.open()) {
    if (layer.expiration === null || layer.expiration > pricer.day.date) continue;
    const { legs } = liveTicketLegs(layer);
    book.trade(layer, { date: pricer.day.date, action: 'expire', reason: 'expiration', quantity: layer.openQuantity, netPriceHundredths: 0 - closeCostHundredths(pricer, layer), feesCents: 0, legs });
  }
}

const POSITIONS = [['putLong', 'put', 'long'], ['putShort', 'put', 'short'], ['callShort', 'call', 'short'], ['callLong', 'call', 'long']] as const;

/**
 * Moves a condor to `proposed` strikes on the same expiration with one `adjust` ticket that
 * trades only the legs whose strike changes. Returns false when nothing changes.
 */
export function adjustCondor(book: LayerBook, pricer: DayPricer, costs: ExecutionCosts, layer: LayerDetail, proposed: CondorStrikes, reason: string): boolean {
  const units = layer.openQuantity;
  const ticketLegs: TicketLeg[] = [];
  const traded: Leg[] = [];
  let points = 0;
  for (const [key, right, side] of POSITIONS) {
    const old = layer.legs.find((leg) => leg.right === right && leg.side === side && (layer.openContracts[leg.id] ?? 0) !== 0);
    if (old === undefined || old.expiration === null || old.strikeHundredths === proposed[key]) continue;
    const [fresh] = book.addLegs(layer, [{ underlying: old.underlying === 'SPX' ? 'SPX' : 'SPXW', right, side, strikeHundredths: proposed[key], expiration: old.expiration }]);
    if (fresh === undefined) continue;
    const sign = side === 'short' ? 1 : -1;
    // Unwinding the old leg earns the opposite of what opening the new one does.
    points += sign * (legValuePoints(pricer, fresh) - legValuePoints(pricer, old));
    ticketLegs.push({ legId: old.id, quantity: -(layer.openContracts[old.id] ?? 0) }, { legId: fresh.id, quantity: side === 'long' ? units : -units });
    traded.push(old, fresh);
  }
  if (ticketLegs.length === 0) return false;
  const net = Math.round(points * 100) - slipPerUnit(costs, traded);
  book.trade(layer, { date: pricer.day.date, action: 'adjust', reason, quantity: units, netPriceHundredths: net, feesCents: feesFor(costs, ticketLegs), legs: ticketLegs });
  return true;
}

/**
 * Closed layers as trades: the P&L, % of max profit captured and days held that the
 * statistics average. A trade is a layer no longer open (closed, rolled or expired) whose
 * close date falls in the range; a partly closed layer is not a trade yet.
 */
import { pctMaxProfitCaptured } from '../analytics';
import type { Decision, LayerDetail } from '../domain/types';
import type { PerformanceLayer } from './layer-facts';
import { inRange } from './realizations';
import type { RulesGroup } from './types';

export interface Trade {
  layer: PerformanceLayer;
  /** Realised P&L, integer cents (fees included). */
  cents: number;
  /** (credit − close debit) ÷ credit for a credit condor; null otherwise. */
  captured: number | null;
  daysHeld: number;
  rules: RulesGroup;
}

/**
 * % of max profit captured at close (ALVH.md): (credit received − cost to close) ÷ credit,
 * before fees. With several tickets, credit = the opening tickets' premium and cost to close
 * = credit − the net premium of every ticket, which is (credit − debit) ÷ credit for a plain condor.
 */
export function capturedAtClose(layer: Pick<LayerDetail, 'strikes' | 'role' | 'tickets'>): number | null {
  let creditCents = 0;
  let netPremiumCents = 0;
  for (const t of layer.tickets) {
    const premium = t.cashCents + t.feesCents;
    netPremiumCents += premium;
    if (t.action === 'open') creditCents += premium;
  }
  return captured({ strikes: layer.strikes, role: layer.role, creditCents, netPremiumCents });
}

/** `capturedAtClose` from a layer's ledger facts (credit and net premium, cents). */
export function captured(layer: Pick<PerformanceLayer, 'strikes' | 'role' | 'creditCents' | 'netPremiumCents'>): number | null {
  if (layer.strikes === null || layer.role === 'hedge') return null;
  const { creditCents, netPremiumCents } = layer;
  return creditCents > 0 ? pctMaxProfitCaptured(creditCents, creditCents - netPremiumCents) : null;
}

/** A layer followed the rules when an `acted` decision names it; otherwise it was not prompted. */
export function actedLayerIds(decisions: readonly Pick<Decision, 'decision' | 'layerId'>[]): Set<number> {
  const acted = new Set<number>();
  for (const d of decisions) if (d.decision === 'acted' && d.layerId !== null) acted.add(d.layerId);
  return acted;
}

export function rulesFollowed(decisions: readonly Decision[]): (layerId: number) => RulesGroup {
  const acted = actedLayerIds(decisions);
  return (layerId) => (acted.has(layerId) ? 'followed the rules' : 'not prompted');
}

/** Whether a layer counts as a trade closed within [from, to]. */
export function isClosedIn(l: PerformanceLayer, from: string | null, to: string | null): l is PerformanceLayer & { closedOn: string } {
  return l.status !== 'open' && l.closedOn !== null && inRange(l.closedOn, from, to);
}

/** Oldest close first, then by id. */
export function byClose(a: PerformanceLayer, b: PerformanceLayer): number {
  const ac = a.closedOn ?? '';
  const bc = b.closedOn ?? '';
  return ac === bc ? a.id - b.id : ac < bc ? -1 : 1;
}

/** Closed layers (already in `byClose` order) as trades. */
export function tradesOf(closed: readonly PerformanceLayer[], acted: ReadonlySet<number>): Trade[] {
  return closed.map((layer) => ({
    layer,
    cents: layer.realizedPnlCents,
    captured: layer.role === 'hedge' ? null : layer.capturedUnlessHedge,
    daysHeld: layer.daysHeld ?? 0,
    rules: acted.has(layer.id) ? 'followed the rules' : 'not prompted',
  }));
}

/** Layers closed within [from, to], as trades, oldest close first; `acted`: the layers an `acted` decision names. */
export function closedTrades(layers: readonly PerformanceLayer[], acted: ReadonlySet<number>, from: string | null, to: string | null): Trade[] {
  return tradesOf(layers.filter((l) => isClosedIn(l, from, to)).sort(byClose), acted);
}

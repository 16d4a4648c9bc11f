/**
 * Closed layers as trades: the P&L, % of max profit captured and days held that the
 * statistics average. A trade is a layer no longer open (closed, rolled or expired) whose
 * close date falls in the range; a partly closed layer is not a trade yet.
 */
import { pctMaxProfitCaptured } from '../analytics';
import { daysBetween } from '../dates';
import type { Decision, LayerDetail } from '../domain/types';
import { inRange } from './realizations';
import type { RulesGroup } from './types';

export interface Trade {
  layer: LayerDetail;
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
export function capturedAtClose(layer: LayerDetail): number | null {
  if (layer.strikes === null || layer.role === 'hedge') return null;
  let creditCents = 0;
  let netPremiumCents = 0;
  for (const t of layer.tickets) {
    const premium = t.cashCents + t.feesCents;
    netPremiumCents += premium;
    if (t.action === 'open') creditCents += premium;
  }
  return creditCents > 0 ? pctMaxProfitCaptured(creditCents, creditCents - netPremiumCents) : null;
}

/** A layer followed the rules when an `acted` decision names it; otherwise it was not prompted. */
export function rulesFollowed(decisions: readonly Decision[]): (layerId: number) => RulesGroup {
  const acted = new Set(decisions.filter((d) => d.decision === 'acted' && d.layerId !== null).map((d) => d.layerId));
  return (layerId) => (acted.has(layerId) ? 'followed the rules' : 'not prompted');
}

/** Layers closed within [from, to], as trades, oldest close first. */
export function closedTrades(layers: readonly LayerDetail[], decisions: readonly Decision[], from: string | null, to: string | null): Trade[] {
  const rules = rulesFollowed(decisions);
  return layers
    .filter((l): l is LayerDetail & { closedOn: string } => l.status !== 'open' && l.closedOn !== null && inRange(l.closedOn, from, to))
    .sort((a, b) => (a.closedOn === b.closedOn ? a.id - b.id : a.closedOn < b.closedOn ? -1 : 1))
    .map((layer) => ({ layer, cents: layer.realizedPnlCents, captured: capturedAtClose(layer), daysHeld: daysBetween(layer.openedOn, layer.closedOn), rules: rules(layer.id) }));
}

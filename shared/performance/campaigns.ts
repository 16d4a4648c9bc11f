/**
 * Roll campaigns: the layers linked by rolls (A rolled into B rolled into C) read as one
 * trade. Its P&L is the sum of the chain's realised P&L; its IRR is XIRR over the chain's
 * dated cash (ALVH.md "IRR (XIRR)"): each layer posts its margin when it opens, receives or
 * pays premiums and fees on its ticket dates, and releases its margin when it closes, so at a
 * roll the old margin's release and the new margin's posting fall on the same day.
 */
import { layerCashFlows, tryXirr, type IrrResult, type LayerCashInput } from '../analytics';
import { layerMargin } from '../dashboard/layer-capital';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail } from '../domain/types';
import { centsToDollars } from '../money';
import { performanceLayer, type PerformanceLayer } from './layer-facts';
import type { RollCampaign } from './types';

type ChainLink = Pick<PerformanceLayer, 'id' | 'openedOn' | 'rolledFromId' | 'rolledToId'>;

/** Chains of two or more layers, oldest layer first; a broken or cyclic link ends a chain. */
export function rollChains<L extends ChainLink>(layers: readonly L[]): L[][] {
  const byId = new Map(layers.map((l) => [l.id, l]));
  const isRoot = (l: L) => l.rolledToId !== null && (l.rolledFromId === null || !byId.has(l.rolledFromId));
  const chains: L[][] = [];
  for (const root of layers.filter(isRoot)) {
    const chain = [root];
    const seen = new Set([root.id]);
    let next = root.rolledToId === null ? undefined : byId.get(root.rolledToId);
    while (next && !seen.has(next.id)) {
      chain.push(next);
      seen.add(next.id);
      next = next.rolledToId === null ? undefined : byId.get(next.rolledToId);
    }
    if (chain.length > 1) chains.push(chain);
  }
  return chains.sort((a, b) => (a[0]?.openedOn ?? '').localeCompare(b[0]?.openedOn ?? '') || (a[0]?.id ?? 0) - (b[0]?.id ?? 0));
}

type CampaignLayer = Pick<PerformanceLayer, 'id' | 'role' | 'status' | 'openedOn' | 'closedOn' | 'strikes' | 'openedQuantity' | 'openPriceHundredths' | 'multiplier' | 'cash'>;

/** A closed layer as XIRR input, dollars. */
function closedLayerCash(layer: CampaignLayer, settings: Pick<PortfolioSettings, 'marginCreditsPremium'>): LayerCashInput {
  return {
    layerId: String(layer.id),
    openedOn: layer.openedOn,
    closedOn: layer.closedOn,
    margin: layerMargin(layer, settings),
    tickets: layer.cash,
  };
}

/** XIRR over a finished chain of loaded layers (the layer story's campaign). */
export function campaignIrr(chain: readonly LayerDetail[], settings: Pick<PortfolioSettings, 'marginCreditsPremium'>): IrrResult {
  return chainIrr(chain.map(performanceLayer), settings);
}

/** XIRR over a finished chain; an open chain has no liquidation value here, so it says so. */
export function chainIrr(chain: readonly CampaignLayer[], settings: Pick<PortfolioSettings, 'marginCreditsPremium'>): IrrResult {
  const open = chain.find((l) => l.status === 'open' || l.closedOn === null);
  if (open) return { ok: false, reason: `the campaign is still open (layer #${open.id}); its IRR needs a liquidation value — see the dashboard` };
  const end = chain.reduce((last, l) => ((l.closedOn ?? '') > last ? l.closedOn ?? last : last), '');
  return tryXirr(chain.flatMap((l) => layerCashFlows(closedLayerCash(l, settings), end)));
}

/** Campaigns active at some point in [from, to] (opened by `to`, not closed before `from`). */
export function rollCampaigns(layers: readonly PerformanceLayer[], settings: Pick<PortfolioSettings, 'marginCreditsPremium'>, from: string | null, to: string | null): RollCampaign[] {
  return rollChains(layers).flatMap((chain) => {
    const first = chain[0];
    const last = chain[chain.length - 1];
    if (!first || !last) return [];
    const closedOn = last.status === 'open' ? null : last.closedOn;
    if ((to !== null && first.openedOn > to) || (from !== null && closedOn !== null && closedOn < from)) return [];
    return [{
      id: first.id,
      layerIds: chain.map((l) => l.id),
      role: first.role,
      openedOn: first.openedOn,
      closedOn,
      status: last.status,
      realizedDollars: centsToDollars(chain.reduce((s, l) => s + l.realizedPnlCents, 0)),
      feesDollars: centsToDollars(chain.reduce((s, l) => s + l.feesCents, 0)),
      irr: chainIrr(chain, settings),
    }];
  });
}

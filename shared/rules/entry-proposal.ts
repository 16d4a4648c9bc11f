/**
 * The condor a new-entry form starts from: the same model the `base-layer` and `add-layer`
 * prompts use (condor-proposal.ts) — short strikes at the target |delta| from the last SPX and
 * VIX closes on or before the entry date, wings of the setting's width, sized at the slot the
 * next layer takes (slot 0 for the first open condor, then the next slot, the last one at most).
 */
import type { PortfolioSettings } from '../domain/settings';
import type { LayerRole } from '../domain/types';
import { openCondorForSlot } from './condor-proposal';
import type { MarketContext } from './market-context';
import { snapshotAt } from './market-snapshot';
import { pricingEnv } from './pricing';
import type { OpenCondorSuggestion } from './types';

export interface EntryProposal {
  asOf: string;
  suggestion: OpenCondorSuggestion | null;
  /** The closes the strikes come from; null when missing. */
  spx: { value: number; date: string } | null;
  vix: { value: number; date: string } | null;
  /** Why there is no suggestion (no closes imported yet), else null. */
  reason: string | null;
}

export function entryProposal(
  market: MarketContext, settings: PortfolioSettings, riskCapitalCents: number, asOf: string, role: LayerRole, openCondors: number,
): EntryProposal {
  const snapshot = snapshotAt(market, settings, asOf);
  const spx = snapshot.spx.ok ? { value: snapshot.spx.value, date: snapshot.spx.date } : null;
  const vix = snapshot.vix.ok ? { value: snapshot.vix.value, date: snapshot.vix.date } : null;
  if (spx === null || vix === null) {
    const missing = [...(spx ? [] : ['SPX']), ...(vix ? [] : ['VIX'])].join(' and ');
    return { asOf, suggestion: null, spx, vix, reason: `no ${missing} close on or before ${asOf}; import them in Market data` };
  }
  const slotIndex = Math.min(openCondors, Math.max(0, settings.allocationPct.length - 1));
  const dte = openCondors === 0 ? settings.baseDte : settings.nextLayerDte;
  const env = pricingEnv(asOf, spx.value, vix.value, settings);
  const suggestion = openCondorForSlot(env, settings, riskCapitalCents, role, slotIndex, dte, settings.wingWidthPoints * 100);
  return { asOf, suggestion, spx, vix, reason: null };
}

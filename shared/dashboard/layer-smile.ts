/**
 * What the layer page draws: the SPX smile at the layer's expiration on the latest close, its
 * strikes on it, and the anchor (how far the trader's price sits from the plain model).
 */
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { surfaceFor } from '../rules/smile';
import { anchorLayer, type LayerAnchor } from './layer-anchor';
import { hundredthsToPoints } from '../money';

export interface LayerSmile {
  /** Date of the closes the smile is drawn from, and those closes. */
  date: string;
  spx: number;
  vix: number;
  expiration: string;
  days: number;
  /** σ across strikes, decimal, from 20% below to 12% above spot (model, no offset). */
  curve: { strike: number; iv: number }[];
  /** The layer's option legs on the smile: model σ and σ with the layer's offset (the leg's own when anchored per leg). */
  legs: { strike: number; right: 'put' | 'call'; side: 'long' | 'short'; iv: number; anchoredIv: number }[];
  anchor: LayerAnchor | null;
}

const CURVE_POINTS = 97;

/** Null when no SPX/VIX close is stored on or before asOf, or the layer has no SPX option leg left to expire. */
export function layerSmile(
  layer: LayerDetail, marks: readonly Mark[], spx: readonly MarketBar[], vix: readonly MarketBar[], settings: PortfolioSettings, asOf: string,
): LayerSmile | null {
  const s = spx.filter((b) => b.date <= asOf).at(-1);
  const v = vix.filter((b) => b.date <= asOf).at(-1);
  const options = layer.legs.filter((l) => l.instrument === 'option' && (l.underlying === 'SPX' || l.underlying === 'SPXW') && l.expiration !== null && l.strikeHundredths !== null && l.right !== null);
  if (!s || !v || options.length === 0) return null;
  const date = s.date < v.date ? s.date : v.date;
  const expiration = options.map((l) => l.expiration ?? '').sort()[options.length - 1];
  if (expiration <= date) return null;
  const spot = hundredthsToPoints(s.closeHundredths);
  const surface = surfaceFor(spot, hundredthsToPoints(v.closeHundredths), settings);
  const days = daysBetween(date, expiration);
  const years = days / 365;
  const anchor = anchorLayer(layer, marks, spx, vix, settings, asOf);
  const offset = anchor?.volOffset ?? 0;
  const low = Math.min(spot * 0.8, ...options.map((l) => (l.strikeHundredths ?? 0) / 100 * 0.98));
  const high = Math.max(spot * 1.12, ...options.map((l) => (l.strikeHundredths ?? 0) / 100 * 1.02));
  const curve = Array.from({ length: CURVE_POINTS }, (_, i) => {
    const strike = Math.round(low + ((high - low) * i) / (CURVE_POINTS - 1));
    return { strike, iv: surface.vol(strike, years) };
  });
  const legs = options.map((l) => {
    const strike = (l.strikeHundredths ?? 0) / 100;
    const iv = surface.vol(strike, years);
    const own = anchor?.legs?.find((a) => a.legId === l.id)?.volOffset;
    return { strike, right: l.right === 'call' ? 'call' as const : 'put' as const, side: l.side, iv, anchoredIv: Math.max(0, iv + (own ?? offset)) };
  });
  return { date, spx: spot, vix: hundredthsToPoints(v.closeHundredths), expiration, days, curve, legs, anchor };
}

import type { LayerAnchor } from '../../../../shared/dashboard/layer-anchor';

/** One sentence on how the trader's price sits against the plain model (vol points, 1 decimal). */
export function anchorSentence(anchor: LayerAnchor): string {
  const what = anchor.source === 'open' ? `your fill of ${anchor.pricePoints.toFixed(2)} on ${anchor.date}` : `your mark of ${anchor.pricePoints.toFixed(2)} on ${anchor.date}`;
  const points = Math.abs(anchor.volOffset * 100).toFixed(1);
  const side = anchor.volOffset > 0 ? 'richer' : 'cheaper';
  const base = points === '0.0'
    ? `${capitalise(what)} matches the model (${anchor.modelPoints.toFixed(2)}).`
    : `${capitalise(what)} was ${points} vol points ${side} than the model (${anchor.modelPoints.toFixed(2)} at SPX ${anchor.spx.toFixed(2)}, VIX ${anchor.vix.toFixed(2)}).`;
  const rest = anchor.priceOffsetPoints !== 0
    ? ` No vol offset reaches it: the layer also carries a price offset of ${anchor.priceOffsetPoints.toFixed(2)} points per unit, fading to 0 at expiration (the payoff curves carry it too).`
    : ' The layer is valued with this offset until the next mark.';
  return base + rest;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

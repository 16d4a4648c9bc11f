import type { LayerAnchor, LegAnchor } from '../../../../shared/dashboard/layer-anchor';

/** One sentence on how the trader's price sits against the plain model (vol points, 1 decimal). */
export function anchorSentence(anchor: LayerAnchor): string {
  const what = anchor.source === 'open' ? `your fill of ${anchor.pricePoints.toFixed(2)} on ${anchor.date}` : `your mark of ${anchor.pricePoints.toFixed(2)} on ${anchor.date}`;
  const points = Math.abs(anchor.volOffset * 100).toFixed(1);
  const side = anchor.volOffset > 0 ? 'richer' : 'cheaper';
  const base = points === '0.0'
    ? `${capitalise(what)} matches the model (${anchor.modelPoints.toFixed(2)}).`
    : `${capitalise(what)} was ${points} vol points ${side} than the model (${anchor.modelPoints.toFixed(2)} at SPX ${anchor.spx.toFixed(2)}, VIX ${anchor.vix.toFixed(2)}).`;
  return base + (anchor.legs ? perLegTail(anchor) : layerTail(anchor));
}

function layerTail(anchor: LayerAnchor): string {
  return anchor.priceOffsetPoints !== 0
    ? ` No vol offset reaches it: the layer also carries a price offset of ${anchor.priceOffsetPoints.toFixed(2)} points per unit, fading to 0 at expiration (the payoff curves carry it too).`
    : ' The layer is valued with this offset until the next mark.';
}

function perLegTail(anchor: LayerAnchor): string {
  const offset = Math.abs(anchor.priceOffsetPoints) >= 0.005
    ? ` The layer also carries a price offset of ${anchor.priceOffsetPoints.toFixed(2)} points per unit (what the legs' offsets do not reach, and the rounding between the legs and the net), fading to 0 at expiration.`
    : '';
  return ` The ticket gave each leg's own fill, so each leg is valued at its own offset until the next mark:${offset}`;
}

/** One line per leg of a per-leg anchor: "Short 7150 put filled 1.4 vol points richer than the model (35.20 against 34.10)." */
export function legAnchorSentences(anchor: LayerAnchor): string[] {
  return (anchor.legs ?? []).map(legSentence);
}

function legSentence(leg: LegAnchor): string {
  const name = `${capitalise(leg.side)} ${formatStrike(leg.strike)} ${leg.kind}`;
  const points = Math.abs(leg.volOffset * 100).toFixed(1);
  const prices = `(${leg.fillPoints.toFixed(2)} against ${leg.modelPoints.toFixed(2)})`;
  const how = points === '0.0' ? `filled at the model ${prices}` : `filled ${points} vol points ${leg.volOffset > 0 ? 'richer' : 'cheaper'} than the model ${prices}`;
  const rest = leg.priceOffsetPoints !== 0 ? `; no vol offset reaches that price, so the leg keeps a price offset of ${signedPoints(leg.priceOffsetPoints)} points` : '';
  return `${name} ${how}${rest}.`;
}

/** +0.25 / −0.0040: a sign always, four decimals below a hundredth so a tiny offset does not read as 0.00. */
function signedPoints(points: number): string {
  return `${points >= 0 ? '+' : '\u2212'}${Math.abs(points).toFixed(Math.abs(points) < 0.01 ? 4 : 2)}`;
}

function formatStrike(strike: number): string {
  return Number.isInteger(strike) ? String(strike) : strike.toFixed(2);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

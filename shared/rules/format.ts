/** Number formatting for prompt titles and explanations (plain text, en-US). */
import { formatCents, formatHundredths } from '../format/money';

/** Up to `decimals` decimals, trailing zeros trimmed: 65.7, 60.01, 5650. */
export function num(value: number, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * A value shown beside its threshold with enough decimals that the two never look equal
 * when they differ ("60.004 > 60", not "60 > 60").
 */
export function numVs(value: number, threshold: number, decimals = 2): string {
  for (let d = decimals; d <= 8; d += 1) if (value === threshold || num(value, d) !== num(threshold, d)) return num(value, d);
  return String(value);
}

/** Index points from hundredths with thousands separators: 5,650 or 5,652.5. */
export function points(hundredths: number): string {
  const text = num(hundredths / 100);
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** An option price from hundredths (rounded to a hundredth), two decimals: "4.20". */
export function price(hundredths: number): string {
  return formatHundredths(Math.round(hundredths));
}

/** "5,500/5,550 – 6,050/6,100" (long put/short put – short call/long call). */
export function condorText(s: { putLong: number; putShort: number; callShort: number; callLong: number }): string {
  return `${points(s.putLong)}/${points(s.putShort)} – ${points(s.callShort)}/${points(s.callLong)}`;
}

/** Dollars from cents: "$1,250.00". */
export const dollars = formatCents;

/** "1 trading day" / "3 trading days". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "layer #12 (base, exp 2026-07-17)". */
export function layerLabel(layer: { id: number; role: string; expiration: string | null }): string {
  return `layer #${layer.id} (${layer.role}${layer.expiration === null ? '' : `, exp ${layer.expiration}`})`;
}

/** Market numbers as the charts and readings show them: always with their unit. */

const fixed = (value: number, digits: number) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Index points: "5,612.35 pts". */
export function formatPoints(value: number | null): string | null {
  return value === null ? null : `${fixed(value, 2)} pts`;
}

/** A signed change in points: "+12.35 pts", "−3.10 pts". */
export function formatSignedPoints(value: number | null): string | null {
  if (value === null) return null;
  return `${value < 0 ? '−' : '+'}${fixed(Math.abs(value), 2)} pts`;
}

/** Volatility in vol points (VIX = implied vol of SPX in %): "18.25 vol pts". */
export function formatVolPoints(value: number | null, signed = false): string | null {
  if (value === null) return null;
  const sign = signed ? (value < 0 ? '−' : '+') : value < 0 ? '−' : '';
  return `${sign}${fixed(Math.abs(value), 2)} vol pts`;
}

/** RSI on its 0–100 scale: "62.4 / 100". */
export function formatRsi(value: number | null): string | null {
  return value === null ? null : `${fixed(value, 1)} / 100`;
}

/** "9,223". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

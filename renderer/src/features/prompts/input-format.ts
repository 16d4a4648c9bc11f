/**
 * A prompt's raw inputs as label + value with its unit. The engine names units in the keys
 * (`…Cents`, `…Hundredths`, `…Pct`, `…Points`), so the unit follows from the key.
 */
import { formatCents } from '../../../../shared/money';
import type { PromptInputValue } from '../../../../shared/rules';

/** 60.0123 → "60.01", 5650 → "5,650". */
export function formatNumber(value: number, decimals = 2): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals });
}

const PLAIN_POINTS = new Set(['vix', 'spx']);
const DAY_KEYS = /(Dte|Days)$/;
const MULTIPLES = new Set(['wingMultiplier', 'loyaltyLossMultiple']);

/** "vixRsi" → "vix rsi", "ivRvSpreadPoints" → "iv rv spread". */
export function inputLabel(key: string): string {
  const bare = key.replace(/(Cents|Hundredths|Pct|Points|Days)$/, '');
  return bare.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

export function formatInputValue(key: string, value: PromptInputValue): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (key.endsWith('Cents')) return formatCents(value);
  if (key.endsWith('Hundredths')) return `${formatNumber(value / 100)} pts`;
  if (key.endsWith('Pct')) return `${formatNumber(value)}%`;
  // `…Share` keys are fractions (0.625), shown as percent.
  if (key.endsWith('Share')) return `${formatNumber(value * 100, 1)}%`;
  if (key.startsWith('ivRv')) return `${formatNumber(value)} vol pts`;
  if (key.endsWith('Points') || PLAIN_POINTS.has(key)) return `${formatNumber(value)} pts`;
  if (DAY_KEYS.test(key)) return `${formatNumber(value, 0)} days`;
  if (MULTIPLES.has(key)) return `× ${formatNumber(value)}`;
  if (key === 'targetShortDelta') return `Δ ${formatNumber(value)}`;
  if (/layerId$/i.test(key)) return `#${value}`;
  if (/Layers$/.test(key)) return `${formatNumber(value, 0)} layer${value === 1 ? '' : 's'}`;
  if (key === 'quantity') return `${formatNumber(value, 0)} contracts`;
  return formatNumber(value);
}

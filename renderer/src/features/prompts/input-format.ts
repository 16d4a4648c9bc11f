/**
 * A prompt's raw inputs as label + value with its unit. The engine names units in the keys
 * (`…Cents`, `…Hundredths`, `…Pct`, `…Points`), so the unit follows from the key.
 */
import { formatCents } from '../../../../shared/format/money';
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

/** How a number is shown, by its key: the first rule whose key test matches wins, so the order matters. */
const NUMBER_FORMATS: readonly (readonly [(key: string) => boolean, (value: number) => string])[] = [
  [(key) => key.endsWith('Cents'), (value) => formatCents(value)],
  [(key) => key.endsWith('Hundredths'), (value) => `${formatNumber(value / 100)} pts`],
  [(key) => key.endsWith('Pct'), (value) => `${formatNumber(value)}%`],
  // `…Share` keys are fractions (0.625), shown as percent.
  [(key) => key.endsWith('Share'), (value) => `${formatNumber(value * 100, 1)}%`],
  [(key) => key.startsWith('ivRv'), (value) => `${formatNumber(value)} vol pts`],
  [(key) => key.endsWith('Points') || PLAIN_POINTS.has(key), (value) => `${formatNumber(value)} pts`],
  [(key) => DAY_KEYS.test(key), (value) => `${formatNumber(value, 0)} days`],
  [(key) => MULTIPLES.has(key), (value) => `× ${formatNumber(value)}`],
  [(key) => key === 'targetShortDelta', (value) => `Δ ${formatNumber(value)}`],
  [(key) => /layerId$/i.test(key), (value) => `#${value}`],
  [(key) => /Layers$/.test(key), (value) => `${formatNumber(value, 0)} layer${value === 1 ? '' : 's'}`],
  [(key) => key === 'quantity', (value) => `${formatNumber(value, 0)} contracts`],
];

export function formatInputValue(key: string, value: PromptInputValue): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  const format = NUMBER_FORMATS.find(([matches]) => matches(key))?.[1] ?? formatNumber;
  return format(value);
}

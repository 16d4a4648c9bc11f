import { describe, expect, it } from 'vitest';
import { formatInputValue, inputLabel } from './input-format';

describe('prompt inputs', () => {
  it('reads the unit from the key', () => {
    expect(formatInputValue('existingHedgeCents', 125_000)).toBe('$1,250.00');
    expect(formatInputValue('creditHundredths', 1250)).toBe('12.5 pts');
    expect(formatInputValue('hedgeBudgetPct', 5)).toBe('5%');
    expect(formatInputValue('ivRvSpreadPoints', -2.345)).toBe('-2.35 vol pts');
    expect(formatInputValue('spx', 5650.5)).toBe('5,650.5 pts');
    expect(formatInputValue('baseDte', 45)).toBe('45 days');
    expect(formatInputValue('vixRsi', 64.123)).toBe('64.12');
    expect(formatInputValue('layerId', 3)).toBe('#3');
    expect(formatInputValue('firedByRsi', true)).toBe('yes');
    expect(formatInputValue('vix', null)).toBe('—');
  });

  it('labels keys without their unit suffix', () => {
    expect(inputLabel('ivRvSpreadPoints')).toBe('iv rv spread');
    expect(inputLabel('vixRsi')).toBe('vix rsi');
    expect(inputLabel('newestLayerAgeDays')).toBe('newest layer age');
  });
});

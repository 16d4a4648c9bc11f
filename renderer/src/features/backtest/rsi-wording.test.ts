import { describe, expect, it } from 'vitest';
import { SETTING_META, shortHelp } from '../../format/setting-meta';
import { SWEEP_KEY_LABELS } from './labels';

describe('Backtest wording of the RSI setting', () => {
  it('comes from the Settings metadata: tighten and vix-hedge fire ABOVE it, nothing says add-layer below', () => {
    expect(shortHelp('rsiThreshold')).toBe('VIX RSI strictly above this fires tighten (when a condor layer is open) and vix-hedge.');
    expect(SWEEP_KEY_LABELS.rsiThreshold.label).toBe(SETTING_META.rsiThreshold.label);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { evaluateRules } from '../evaluate';
import { marketFromSeries } from '../market-context';
import { flatPricingEnv } from '../pricing';
import { condorLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { PortfolioSettings } from '../../domain/settings';
import type { TightenSuggestion } from '../types';

const asOf = '2026-06-05';
/** 30 calendar days after asOf: T = 30/365. */
const expiration = '2026-07-05';
// Older layer: short put 5,850. Newer layer: shorts far out of the money.
const older = condorLayer({ id: 1, openedOn: '2026-05-01', expiration, strikes: [5800, 5850, 6250, 6300], credit: 4 });
const newer = condorLayer({ id: 2, role: 'time-shift', openedOn: '2026-05-20', expiration, strikes: [5650, 5700, 6350, 6400], credit: 3 });

/**
 * A flat σ = 20% (VIX 20) so the deltas work by hand: BSM put |Δ| = e^(−qT)·N(−d1),
 * d1 = (ln(S/K) + (r − q + σ²/2)T) / (σ√T), S 6,000, r 4.5%, q 1.3%, T = 30/365.
 * K 5,850: d1 = (0.0253178 + 0.0042740) / 0.0573382 = 0.516092 → |Δ| = 0.998935 × N(−0.516092) = 0.30257.
 * K 5,700 (newer layer): |Δ| ≈ 0.17; calls 6,250 and 6,350: |Δ| ≈ 0.24 and 0.17.
 */
function threatened(settings: Partial<PortfolioSettings> = {}, layers = [older, newer], rsi = 50) {
  const merged = { ...DEFAULT_SETTINGS, ...settings };
  const input = { ...rulesInput(asOf, { layers, settings }), spxSurface: flatPricingEnv(asOf, 6000, 20, merged).surface };
  return evaluateRules(input, flatMarket({ last: asOf, spx: 6000, vix: 20, rsi }));
}
const only = (result: ReturnType<typeof threatened>, rule: string) => result.prompts.filter((p) => p.rule === rule);

describe('threatened-layer: a short strike with |Δ| above the limit (default 0.30), strictly', () => {
  it('fires on the older layer whose short put is at Δ 0.3026 > 0.30, with the strike, delta and limit', () => {
    const [prompt, ...rest] = only(threatened(), 'threatened-layer');
    expect(rest).toEqual([]);
    expect(prompt?.key).toBe('threatened-layer:layer-1');
    expect(prompt?.severity).toBe('warning');
    expect(prompt?.inputs.shortPutDelta).toBeCloseTo(0.30257, 4);
    expect(prompt?.inputs.shortCallDelta as number).toBeLessThan(0.3);
    expect(prompt?.title).toBe('Layer #1 threatened: short put Δ 0.303 > 0.3');
    expect(prompt?.explanation).toContain('the short put 5,850 is at Δ 0.303 > 0.3');
    expect(prompt?.explanation).toContain('tighten only moves the newest layer #2, not this one');
    expect(prompt?.suggestion).toBeNull();
  });

  it('does not fire when the limit is above the delta (0.31), and fires on both layers at a low limit', () => {
    expect(only(threatened({ threatenedShortDelta: 0.31 }), 'threatened-layer')).toEqual([]);
    expect(only(threatened({ threatenedShortDelta: 0.15 }), 'threatened-layer').map((p) => p.layerId)).toEqual([1, 2]);
  });

  it('stays on the older layer while tighten targets the newer one', () => {
    const result = threatened({}, [older, newer], 70);
    expect(only(result, 'tighten').map((p) => p.layerId)).toEqual([2]);
    expect(only(result, 'threatened-layer').map((p) => p.layerId)).toEqual([1]);
  });

  it('quotes the same delta as the tighten prompt on the default smile', () => {
    const result = evaluateRules(rulesInput(asOf, { layers: [older] }), flatMarket({ last: asOf, spx: 6000, vix: 20, rsi: 70 }));
    const tighten = only(result, 'tighten')[0]?.suggestion as TightenSuggestion;
    const warning = only(result, 'threatened-layer')[0];
    expect(warning?.inputs.shortPutDelta).toBe(tighten.currentShortPutDelta);
  });

  it('says when the model lacks a close, and is silent without condors', () => {
    expect(threatened({}, []).unavailable.filter((u) => u.rule === 'threatened-layer')).toEqual([]);
    const market = marketFromSeries({ spx: { dates: [asOf], closes: [6000] }, vix: { dates: [], closes: [] } });
    const noVix = evaluateRules(rulesInput(asOf, { layers: [older] }), market);
    expect(noVix.unavailable.filter((u) => u.rule === 'threatened-layer').map((u) => u.message)).toEqual([`short-strike deltas: the model needs a VIX close on or before ${asOf}`]);
  });
});

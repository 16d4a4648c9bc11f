import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { condorLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { TightenSuggestion } from '../types';

const asOf = '2026-06-05';
const older = condorLayer({ id: 1, openedOn: '2026-05-01', expiration: '2026-07-17', strikes: [5600, 5650, 6350, 6400], credit: 4 });
const newest = condorLayer({ id: 2, role: 'time-shift', openedOn: '2026-05-20', expiration: '2026-07-10', strikes: [5750, 5800, 6150, 6200], credit: 6 });

function tighten(rsi: number, layers = [older, newest], opts: { vix?: number; bars?: number } = {}) {
  const result = evaluateRules(rulesInput(asOf, { layers }), flatMarket({ last: asOf, rsi, vix: opts.vix ?? 25, bars: opts.bars }));
  return { prompts: result.prompts.filter((p) => p.rule === 'tighten'), unavailable: result.unavailable.filter((u) => u.rule === 'tighten') };
}

describe('tighten: VIX RSI(14) > 60, strictly', () => {
  it('does not fire at exactly 60', () => {
    expect(tighten(60).prompts).toEqual([]);
  });

  it('fires at 60.01 and says so with the inputs', () => {
    const [prompt] = tighten(60.01).prompts;
    expect(prompt?.key).toBe('tighten:layer-2');
    expect(prompt?.explanation).toContain('VIX RSI(14) 60.01 > 60 on 2026-06-05');
    expect(prompt?.inputs.vixRsi).toBe(60.01);
  });

  it('needs at least one open condor layer', () => {
    expect(tighten(70, [])).toEqual({ prompts: [], unavailable: [] });
  });

  it('follows the threshold setting', () => {
    const result = evaluateRules(rulesInput(asOf, { layers: [newest], settings: { rsiThreshold: 70 } }), flatMarket({ last: asOf, rsi: 65 }));
    expect(result.prompts.filter((p) => p.rule === 'tighten')).toEqual([]);
  });

  it('says how many more VIX closes RSI(14) needs', () => {
    expect(tighten(70, undefined, { bars: 12 }).unavailable).toEqual([{ rule: 'tighten', message: 'needs 3 more VIX closes for RSI(14) (has 12, needs 15)' }]);
  });
});

describe('tighten proposal', () => {
  it('moves the newest layer’s shorts out to the target delta at the current vol, wings kept', () => {
    const s = tighten(70).prompts[0]?.suggestion as TightenSuggestion;
    expect(s.layerId).toBe(2);
    expect(s.changed).toBe(true);
    expect(s.currentShortPutDelta).toBeGreaterThan(0.16);
    expect(s.proposedStrikes.putShort).toBeLessThan(s.currentStrikes.putShort);
    expect(s.proposedStrikes.callShort).toBeGreaterThan(s.currentStrikes.callShort);
    expect(s.proposedShortPutDelta).toBeLessThanOrEqual(0.16);
    expect(s.proposedShortCallDelta).toBeLessThanOrEqual(0.16);
    expect(s.proposedStrikes.putShort - s.proposedStrikes.putLong).toBe(5000);
    expect(s.proposedStrikes.callLong - s.proposedStrikes.callShort).toBe(5000);
    expect(s.proposedStrikes.putShort % 500).toBe(0);
  });

  it('says exactly what moves, the delta it restores and why ("tighten" moves the shorts AWAY from the money)', () => {
    const prompt = tighten(70).prompts[0];
    const s = prompt?.suggestion as TightenSuggestion;
    const put = `the short put ${(s.currentStrikes.putShort / 100).toLocaleString('en-US')} → ${(s.proposedStrikes.putShort / 100).toLocaleString('en-US')}`;
    expect(prompt?.explanation).toContain(`Move ${put} (Δ `);
    expect(prompt?.explanation).toContain('back to 16 Δ at VIX');
    expect(prompt?.explanation).toContain('to cut the risk the VIX rise added — further from the money, not closer');
  });

  it('never moves a short toward the money', () => {
    const wide = condorLayer({ id: 3, openedOn: '2026-05-20', expiration: '2026-07-10', strikes: [4950, 5000, 7000, 7050], credit: 0.5 });
    const s = tighten(70, [wide], { vix: 14 }).prompts[0]?.suggestion as TightenSuggestion;
    expect(s.changed).toBe(false);
    expect(s.proposedStrikes).toEqual(s.currentStrikes);
  });
});

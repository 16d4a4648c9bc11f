import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HAS_MARKET_DATA, historySlice } from '../testing/market-slice';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

describe.skipIf(!HAS_MARKET_DATA)('layer/proposeCondor (the condor form\'s starting strikes)', () => {
  it('starts from the last SPX close and the target delta — the very condor the base-layer prompt proposes', async () => {
    await t.backend.send('market/import', { symbol: 'SPX', csv: historySlice('SPX', '2025-01-01', '2026-05-26') });
    await t.backend.send('market/import', { symbol: 'VIX', csv: historySlice('VIX', '2025-01-01', '2026-05-26') });
    const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    const proposal = await t.backend.send('layer/proposeCondor', { portfolioId, asOf: '2026-05-26', role: 'base' });
    // SPX closed at 7519.12 on 2026-05-26 (../shared/data/market/SPX_History.csv).
    expect(proposal.spx?.date).toBe('2026-05-26');
    expect(proposal.spx?.value).toBeCloseTo(7519.12, 2);
    const s = proposal.suggestion;
    expect(s).not.toBeNull();
    if (!s) return;
    expect(s.strikes.putShort).toBeLessThan(7519_12);
    expect(s.strikes.callShort).toBeGreaterThan(7519_12);
    expect(s.shortPutDelta).toBeLessThanOrEqual(0.16);
    expect(s.slotIndex).toBe(0);
    expect(s.quantity).toBeGreaterThan(0);
    const prompts = await t.backend.send('rules/prompts', { portfolioId, asOf: '2026-05-26' });
    const base = prompts.prompts.find((p) => p.rule === 'base-layer');
    expect(base?.suggestion).toEqual(s);
  });

  it('says why when no closes were imported', async () => {
    const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    const proposal = await t.backend.send('layer/proposeCondor', { portfolioId, asOf: '2026-05-26', role: 'base' });
    expect(proposal).toMatchObject({ suggestion: null, reason: 'no SPX and VIX close on or before 2026-05-26; import them in Market data' });
  });
});

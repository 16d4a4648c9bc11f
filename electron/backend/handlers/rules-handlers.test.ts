import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HAS_MARKET_DATA, historySlice } from '../testing/market-slice';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(new Date('2024-12-31T20:00:00Z')); });
afterEach(() => t.cleanup());

describe.skipIf(!HAS_MARKET_DATA)('rules/prompts on real history', () => {
  it('asks for a base layer on an empty portfolio and explains with real inputs; no look-ahead', async () => {
    await t.backend.send('market/import', { symbol: 'SPX', csv: historySlice('SPX', '2024-01-01', '2024-12-31') });
    await t.backend.send('market/import', { symbol: 'VIX', csv: historySlice('VIX', '2024-01-01', '2024-12-31') });
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    const result = await t.backend.send('rules/prompts', { portfolioId: p.id, asOf: '2024-06-03' });
    const base = result.prompts.find((x) => x.rule === 'base-layer');
    expect(base?.suggestion).toMatchObject({ kind: 'open-condor', slotPct: 40 });
    // 2024-06-03 sits in the history, so a later import cannot change the answer for that date.
    await t.backend.send('market/import', { symbol: 'VIX', csv: historySlice('VIX', '2025-01-01', '2025-03-31') });
    expect(await t.backend.send('rules/prompts', { portfolioId: p.id, asOf: '2024-06-03' })).toEqual(result);
  });

  it('says which data is missing instead of firing', async () => {
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    const result = await t.backend.send('rules/prompts', { portfolioId: p.id, asOf: '2024-06-03' });
    expect(result.prompts.filter((x) => x.rule === 'vix-hedge')).toEqual([]);
    // A base layer is still due; it says why it cannot propose strikes.
    expect(result.prompts.find((x) => x.rule === 'base-layer')).toMatchObject({ suggestion: null, explanation: expect.stringMatching(/Strikes cannot be proposed/) });
    expect(result.unavailable).toEqual(expect.arrayContaining([
      { rule: 'base-layer', message: expect.stringMatching(/needs an SPX close and a VIX close/) },
      { rule: 'vix-hedge', message: 'needs 15 more VIX closes for RSI(14) (has 0, needs 15)' },
    ]));
  });

  it('a snoozed prompt comes back flagged until its date', async () => {
    await t.backend.send('market/import', { symbol: 'SPX', csv: historySlice('SPX', '2024-01-01', '2024-12-31') });
    await t.backend.send('market/import', { symbol: 'VIX', csv: historySlice('VIX', '2024-01-01', '2024-12-31') });
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    const first = await t.backend.send('rules/prompts', { portfolioId: p.id, asOf: '2024-06-03' });
    const base = first.prompts.find((x) => x.rule === 'base-layer');
    await t.backend.send('decision/record', { portfolioId: p.id, ruleId: 'base-layer', subject: base?.subject ?? '', evaluatedOn: '2024-06-03', decision: 'snoozed', snoozeUntil: '2024-06-10', prompt: { title: base?.title } });
    const later = await t.backend.send('rules/prompts', { portfolioId: p.id, asOf: '2024-06-05' });
    expect(later.prompts.find((x) => x.rule === 'base-layer')?.snoozedUntil).toBe('2024-06-10');
  });
});

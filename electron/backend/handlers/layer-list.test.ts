import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

describe('layer/options, layer/totals and the cached whole list', () => {
  it('agree with layer/list, and a write refreshes the whole list', async () => {
    const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    const a = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-01' });
    await t.backend.send('ticket/add', { layerId: a.id, date: '2026-05-20', action: 'close', netPriceHundredths: -500, feesCents: 600 });
    await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-04', role: 'time-shift' });

    const all = await t.backend.send('layer/list', { portfolioId });
    expect(await t.backend.send('layer/options', { portfolioId })).toEqual(all.map((l) => ({ id: l.id, role: l.role, status: l.status, openedOn: l.openedOn, strikes: l.strikes })));
    expect(await t.backend.send('layer/totals', { portfolioId })).toEqual({
      total: 2,
      open: 1,
      realizedPnlCents: all.reduce((s, l) => s + l.realizedPnlCents, 0),
      feesCents: all.reduce((s, l) => s + l.feesCents, 0),
    });
    expect(await t.backend.send('layer/list', { portfolioId, status: 'all', limit: 1 })).toEqual(all.slice(0, 1));

    await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-05' });
    expect(await t.backend.send('layer/list', { portfolioId })).toHaveLength(3);
    expect((await t.backend.send('layer/totals', { portfolioId })).open).toBe(2);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { metricsSummary } from '../../../shared/dashboard';
import { runCli } from '../../cli/run-cli';
import { HAS_MARKET_DATA, historySlice } from '../testing/market-slice';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(new Date('2024-06-03T20:00:00Z')); });
afterEach(() => t.cleanup());

describe.skipIf(!HAS_MARKET_DATA)('dashboard/get on real closes', () => {
  it('returns the position figures, and the CLI prints the same numbers', async () => {
    await t.backend.send('market/import', { symbol: 'SPX', csv: historySlice('SPX', '2023-01-01', '2024-06-03') });
    await t.backend.send('market/import', { symbol: 'VIX', csv: historySlice('VIX', '2023-01-01', '2024-06-03') });
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    // SPX closed at 5283.40 on 2024-05-31; a condor around it.
    const layer = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId: p.id, openedOn: '2024-05-01', expiration: '2024-06-21', strikes: { putLong: 495000, putShort: 500000, callShort: 555000, callLong: 560000 } });
    await t.backend.send('mark/set', { layerId: layer.id, date: '2024-06-03', priceHundredths: 400 });
    const d = await t.backend.send('dashboard/get', { portfolioId: p.id });
    expect(d.asOf).toBe('2024-06-03');
    expect(d.market.spx).toBeGreaterThan(5000);
    expect(d.beta).toMatchObject({ source: 'regression', n: 250 });
    expect(d.beta.beta).toBeLessThan(0);
    expect(d.maxProfitDollars).toBeCloseTo(2490, 6);
    expect(d.maxLossDollars).toBeCloseTo(50 * 200 - 2490, 6);
    expect(d.layers[0]).toMatchObject({ id: layer.id, mark: { pricePoints: 4, source: 'user' }, pctMaxProfit: (12.5 - 4) / 12.5 });
    expect(d.irr.ok).toBe(true);

    const out: string[] = [];
    expect(await runCli(['metrics', '--db', t.dbPath, '--portfolio', 'Main', '--date', '2024-06-03', '--json'], { out: (l) => out.push(l), err: () => undefined }, {})).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(metricsSummary(d));
  });

  it('rejects a layer from another portfolio and a layer scope without a layer', async () => {
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    expect(await t.backend.call('dashboard/get', { portfolioId: p.id, scope: 'layer' })).toMatchObject({ ok: false, error: { issues: [{ path: 'layerId' }] } });
    expect(await t.backend.call('dashboard/get', { portfolioId: p.id, scope: 'layer', layerId: 99 })).toMatchObject({ ok: false, error: { issues: [{ path: 'layerId' }] } });
  });
});

describe('dashboard/get caching', () => {
  it('a ticket that closes a layer shows up at once (the closed-history cache follows writes)', async () => {
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
    const layer = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId: p.id, openedOn: '2024-05-01', expiration: '2024-05-31' });
    const before = await t.backend.send('dashboard/get', { portfolioId: p.id });
    expect(before.realizedPnlDollars).toBe(0);
    await t.backend.send('ticket/add', { layerId: layer.id, date: '2024-05-20', action: 'close', netPriceHundredths: -500 });
    const after = await t.backend.send('dashboard/get', { portfolioId: p.id });
    expect(after.realizedPnlDollars).toBe(2490 - 1000);
    expect(after.layers).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xnpv } from '../../../shared/analytics';
import { generateJournal } from '../../../bench/generate-journal';
import { addDays } from '../../../shared/dates';
import { layerRealizations } from '../../../shared/performance';
import { layerRealizationsByReplay } from '../../../shared/performance/realizations';
import { runCli } from '../../cli/run-cli';
import { listLayers } from '../repos/layers';
import { today } from '../services/layer-service';
import { HAS_MARKET_DATA } from '../testing/market-slice';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';
import { computePortfolioPerformance } from './performance-handlers';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

/**
 * By hand (dollars; wings 50 points → margin $5,000 per condor):
 *   A 2× +12.50 (fees 10) on 05-01, closed −5.00 (fees 6) on 05-20: 2,490 − 1,006 = +1,484
 *   B 1× +8.00 (fees 5) on 05-04, closed −20.00 (fees 5) on 05-22: 795 − 2,005 = −1,210
 *   C 1× +10.00 (fees 4) on 04-01, rolled −4.00 (fees 4) on 04-15: +592 → D +7.00 (fees 4), closed −1.50 (fees 4) on 04-29: +542
 */
async function seed() {
  const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
  const a = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-01' });
  await t.backend.send('ticket/add', { layerId: a.id, date: '2026-05-20', action: 'close', netPriceHundredths: -500, feesCents: 600 });
  const b = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-04', quantity: 1, creditHundredths: 800, feesCents: 500, role: 'time-shift', tags: ['30dte'] });
  await t.backend.send('ticket/add', { layerId: b.id, date: '2026-05-22', action: 'close', netPriceHundredths: -2000, feesCents: 500 });
  const c = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-04-01', quantity: 1, creditHundredths: 1000, feesCents: 400 });
  const { opened: d } = await t.backend.send('layer/roll', { layerId: c.id, date: '2026-04-15', closePriceHundredths: -400, closeFeesCents: 400, expiration: CONDOR.expiration, strikes: CONDOR.strikes, creditHundredths: 700, openFeesCents: 400 });
  await t.backend.send('ticket/add', { layerId: d.id, date: '2026-04-29', action: 'close', netPriceHundredths: -150, feesCents: 400 });
  await t.backend.send('decision/record', { portfolioId, ruleId: 'roll', subject: `layer-${c.id}`, evaluatedOn: '2026-04-15', decision: 'acted', prompt: {}, layerId: c.id });
  return { portfolioId, a, b, c, d };
}

describe('performance/get', () => {
  it('returns the realised P&L over time, statistics and the roll campaign, and the CLI prints the same', async () => {
    const { portfolioId, c, d } = await seed();
    const p = await t.backend.send('performance/get', { portfolioId });
    expect(p.equity.map((e) => [e.date, e.realized, e.realizedCumulative])).toEqual([
      ['2026-04-15', 592, 592], ['2026-04-29', 542, 1134], ['2026-05-20', 1484, 2618], ['2026-05-22', -1210, 1408],
    ]);
    expect(p.totals).toEqual({ realized: 1408, closedLayers: 4, fees: 16 + 10 + 8 + 8 });
    expect(p.calendar.months).toEqual([{ month: '2026-04', realized: 1134 }, { month: '2026-05', realized: 274 }]);
    expect(p.maxDrawdown).toEqual({ amount: 1210, pct: 1210 / (100_000 + 2618), peakDate: '2026-05-20', troughDate: '2026-05-22' });
    expect(p.stats.overall).toMatchObject({ count: 4, wins: 3, losses: 1, winRate: 0.75, averageLoss: -1210, expectancy: 352, total: 1408 });
    expect(p.stats.overall.profitFactor.value).toBeCloseTo(2618 / 1210, 12);
    expect(p.stats.byRules.map((g) => [g.key, g.stats.count])).toEqual([['followed the rules', 1], ['not prompted', 3]]);
    expect(p.stats.byTag.map((g) => g.key)).toEqual(['(untagged)', '30dte']);

    expect(p.campaigns).toHaveLength(1);
    expect(p.campaigns[0]).toMatchObject({ layerIds: [c.id, d.id], realized: 1134, closedOn: '2026-04-29', irr: { ok: true } });
    const irr = p.campaigns[0]?.irr;
    const flows = [{ date: '2026-04-01', amount: -5000 + 996 }, { date: '2026-04-15', amount: 5000 - 404 - 5000 + 696 }, { date: '2026-04-29', amount: 5000 - 154 }];
    if (irr?.ok) expect(xnpv(irr.rate, flows)).toBeCloseTo(0, 6);

    const april = await t.backend.send('performance/get', { portfolioId, from: '2026-04-01', to: '2026-04-30' });
    expect(april.totals.realized).toBe(1134);

    const out: string[] = [];
    expect(await runCli(['performance', '--db', t.dbPath, '--portfolio', 'Main', '--json'], { out: (l) => out.push(l), err: () => undefined }, {})).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(p);
    out.length = 0;
    expect(await runCli(['performance', '--db', t.dbPath, '--portfolio', 'Main', '--from', '2026-05-01'], { out: (l) => out.push(l), err: () => undefined }, {})).toBe(0);
    expect(out.join('\n')).toContain('realised $274.00 over 2 closed layers');
  });

  it('rejects an inverted range and an unknown portfolio', async () => {
    const { id } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    expect(await t.backend.call('performance/get', { portfolioId: id, from: '2026-05-02', to: '2026-05-01' })).toMatchObject({ ok: false, error: { issues: [{ path: 'to' }] } });
    expect(await t.backend.call('performance/get', { portfolioId: 999 })).toMatchObject({ ok: false });
  });
});

describe.skipIf(!HAS_MARKET_DATA)('performance/get on a generated journal', () => {
  it('the memoised, single-pass answer equals the straightforward replay of every ledger, and a write refreshes it', async () => {
    const big = tempBackend(new Date('2030-01-02T20:00:00Z'));
    try {
      await compareOnGeneratedJournal(big);
    } finally {
      big.cleanup();
    }
  }, 120_000);
});

async function compareOnGeneratedJournal(t: TempBackend): Promise<void> {
  const { portfolioId, asOf } = await generateJournal(t.backend, { layers: 300, ticketsPerLayer: 10, openLayers: 20, notes: 50 });
  const { db } = t.backend.context;
  const day = today(t.backend.context);
  // Each layer's realisations in one pass = summarizeLedger over every date's prefix (the definition).
  const layers = listLayers(db, portfolioId, asOf);
  expect(layers.filter((l) => l.status !== 'open').length).toBeGreaterThan(250);
  for (const layer of layers) expect(layerRealizations(layer)).toEqual(layerRealizationsByReplay(layer));

  const ranges = [{}, { from: addDays(asOf, -365), to: asOf }, { from: addDays(asOf, -2000), to: addDays(asOf, -1000) }];
  for (const range of ranges) {
    const reference = computePortfolioPerformance(db, { portfolioId, ...range, asOf: day });
    expect(reference.equity.length).toBeGreaterThan(0);
    expect(await t.backend.send('performance/get', { portfolioId, ...range })).toEqual(reference);
    // Served from the memo the second time: still equal.
    expect(await t.backend.send('performance/get', { portfolioId, ...range })).toEqual(reference);
  }

  // A write (closing an open layer) invalidates the memo: the answer moves with the journal.
  const before = await t.backend.send('performance/get', { portfolioId });
  const [open] = await t.backend.send('layer/list', { portfolioId, status: 'open', limit: 1 });
  if (!open) throw new Error('no open layer');
  await t.backend.send('ticket/add', { layerId: open.id, date: asOf, action: 'close', quantity: open.openQuantity, netPriceHundredths: -100, feesCents: 100 });
  const after = await t.backend.send('performance/get', { portfolioId });
  expect(after.totals.closedLayers).toBe(before.totals.closedLayers + 1);
  expect(after).toEqual(computePortfolioPerformance(db, { portfolioId, asOf: day }));
}

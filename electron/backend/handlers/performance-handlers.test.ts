import fc from 'fast-check';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xnpv } from '../../../shared/analytics';
import { generateJournal } from '../../../bench/generate-journal';
import { addDays } from '../../../shared/dates';
import { layerRealizations } from '../../../shared/performance';
import { layerRealizationsByReplay } from '../../../shared/performance/realizations';
import { runCli } from '../../cli/run-cli';
import { exportJson, restoreJson } from '../backup/json-backup';
import { listLayers } from '../repos/layers';
import { today } from '../context';
import { HAS_MARKET_DATA } from '../testing/market-slice';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';
import { computePortfolioPerformance, forgetPerformanceCache, incrementalPortfolioPerformance, warmPerformanceSlice } from './performance-handlers';

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
    expect(p.equity.map((e) => [e.date, e.realizedDollars, e.realizedCumulativeDollars])).toEqual([
      ['2026-04-15', 592, 592], ['2026-04-29', 542, 1134], ['2026-05-20', 1484, 2618], ['2026-05-22', -1210, 1408],
    ]);
    expect(p.totals).toEqual({ realizedDollars: 1408, closedLayers: 4, feesDollars: 16 + 10 + 8 + 8 });
    expect(p.calendar.months).toEqual([{ month: '2026-04', realizedDollars: 1134 }, { month: '2026-05', realizedDollars: 274 }]);
    expect(p.maxDrawdown).toEqual({ amountDollars: 1210, pct: 1210 / (100_000 + 2618), peakDate: '2026-05-20', troughDate: '2026-05-22' });
    expect(p.stats.overall).toMatchObject({ count: 4, wins: 3, losses: 1, winRate: 0.75 });
    expect(p.stats.overall).toMatchObject({ averageLossDollars: -1210, expectancyDollars: 352, totalDollars: 1408 });
    expect(p.stats.overall.profitFactor.value).toBeCloseTo(2618 / 1210, 12);
    expect(p.stats.byRules.map((g) => [g.key, g.stats.count])).toEqual([['followed the rules', 1], ['not prompted', 3]]);
    expect(p.stats.byTag.map((g) => g.key)).toEqual(['(untagged)', '30dte']);

    expect(p.campaigns).toHaveLength(1);
    expect(p.campaigns[0]).toMatchObject({ layerIds: [c.id, d.id], realizedDollars: 1134, closedOn: '2026-04-29', irr: { ok: true } });
    const irr = p.campaigns[0]?.irr;
    const flows = [{ date: '2026-04-01', amount: -5000 + 996 }, { date: '2026-04-15', amount: 5000 - 404 - 5000 + 696 }, { date: '2026-04-29', amount: 5000 - 154 }];
    if (irr?.ok) expect(xnpv(irr.rate, flows)).toBeCloseTo(0, 6);

    const april = await t.backend.send('performance/get', { portfolioId, from: '2026-04-01', to: '2026-04-30' });
    expect(april.totals.realizedDollars).toBe(1134);

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

/*
 * The incremental answer (per-layer facts cached under each layer's change stamp, per-day sums
 * and the close-ordered list kept up to date) against the straightforward computation, after
 * random sequences of writes: every kind of write that can change a layer, its ledger or the set
 * of layers, including restores of earlier backups (which reuse ids with other contents).
 */
type Op =
  | { kind: 'create'; portfolio: number; day: number; quantity: number; credit: number; fees: number }
  | { kind: 'close'; pick: number; days: number; quantity: number; price: number; fees: number }
  | { kind: 'edit'; pick: number; ticket: number; field: 'fees' | 'price' | 'date'; value: number }
  | { kind: 'deleteTicket'; pick: number; ticket: number }
  | { kind: 'deleteLayer'; pick: number }
  | { kind: 'roll'; pick: number; days: number; price: number; credit: number }
  | { kind: 'update'; pick: number; role: 'base' | 'time-shift' | 'hedge'; tag: string | null }
  | { kind: 'acted'; pick: number }
  | { kind: 'snapshot' }
  | { kind: 'restore'; pick: number }
  | { kind: 'deletePortfolio' }
  | { kind: 'get'; range: number }
  | { kind: 'warm'; portfolio: number; slice: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('create' as const), portfolio: fc.integer({ min: 0, max: 1 }), day: fc.integer({ min: 0, max: 40 }), quantity: fc.integer({ min: 1, max: 4 }), credit: fc.integer({ min: 100, max: 2000 }), fees: fc.integer({ min: 0, max: 900 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('close' as const), pick: fc.nat(), days: fc.integer({ min: 0, max: 10 }), quantity: fc.integer({ min: 1, max: 4 }), price: fc.integer({ min: -3000, max: 200 }), fees: fc.integer({ min: 0, max: 900 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), ticket: fc.nat(), field: fc.constantFrom('fees' as const, 'price' as const, 'date' as const), value: fc.integer({ min: 0, max: 2000 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('deleteTicket' as const), pick: fc.nat(), ticket: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('deleteLayer' as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('roll' as const), pick: fc.nat(), days: fc.integer({ min: 0, max: 10 }), price: fc.integer({ min: -2000, max: 0 }), credit: fc.integer({ min: 100, max: 1500 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), role: fc.constantFrom('base' as const, 'time-shift' as const, 'hedge' as const), tag: fc.constantFrom(null, '45dte', 'earnings') }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('acted' as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'snapshot' as const }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'deletePortfolio' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('get' as const), range: fc.integer({ min: 0, max: 3 }) }), weight: 5 },
  // The start-up warm-up's slices, interleaved with everything else (services/cache-warmup.ts).
  { arbitrary: fc.record({ kind: fc.constant('warm' as const), portfolio: fc.integer({ min: 0, max: 1 }), slice: fc.integer({ min: 0, max: 3 }) }), weight: 3 },
);

const RANGES = [{}, { from: '2026-04-10' }, { to: '2026-04-20' }, { from: '2026-04-05', to: '2026-04-25' }] as const;
const BASE_DAY = '2026-04-01';
/** Inside the span of the generated tickets, so some layers straddle it. */
const PAST_AS_OF = '2026-04-20';

async function runOps(t: TempBackend, ops: readonly Op[], fresh: Database.Database): Promise<{ compared: number; writes: number }> {
  const { backend } = t;
  const { db } = backend.context;
  let writes = 0;
  const changes = () => db.prepare('SELECT total_changes()').pluck().get() as number;
  const asOf = today(backend.context);
  const snapshots: string[] = [];
  let compared = 0;
  const portfolios = async () => {
    const list = await backend.send('portfolio/list', {});
    return list.map((p) => p.id);
  };
  const ensurePortfolios = async () => {
    while ((await portfolios()).length < 2) await backend.send('portfolio/create', { name: `P${Date.now()}-${Math.random()}`, riskCapitalCents: 5_000_000 });
  };
  const layersOf = async (status: 'open' | 'all') => (await Promise.all((await portfolios()).map((portfolioId) => backend.send('layer/list', { portfolioId, status })))).flat().sort((a, b) => a.id - b.id);
  const pickOf = <T>(items: readonly T[], i: number): T | undefined => items[i % Math.max(1, items.length)];
  const compare = async (range: (typeof RANGES)[number]) => {
    for (const portfolioId of await portfolios()) {
      const served = await backend.send('performance/get', { portfolioId, ...range });
      const reference = computePortfolioPerformance(db, { portfolioId, ...range, asOf });
      expect(served).toEqual(reference);
      // And the incremental path from an empty cache (another connection) agrees too.
      forgetPerformanceCache(fresh);
      expect(incrementalPortfolioPerformance(fresh, { portfolioId, ...range, asOf })).toEqual(reference);
      // As of a past date (layers cut at it by layerAsOf): the kept book's answer equals the replay up to it.
      expect(await backend.send('performance/get', { portfolioId, ...range, asOf: PAST_AS_OF })).toEqual(computePortfolioPerformance(db, { portfolioId, ...range, asOf: PAST_AS_OF }));
      compared += 1;
    }
  };
  await ensurePortfolios();
  for (const op of ops) {
    const before = changes();
    switch (op.kind) {
      case 'create': {
        const portfolioId = pickOf(await portfolios(), op.portfolio);
        if (portfolioId === undefined) break;
        await backend.call('layer/createCondor', { ...CONDOR, portfolioId, openedOn: addDays(BASE_DAY, op.day), quantity: op.quantity, creditHundredths: op.credit, feesCents: op.fees });
        break;
      }
      case 'close': {
        const layer = pickOf(await layersOf('open'), op.pick);
        if (!layer) break;
        await backend.call('ticket/add', { layerId: layer.id, date: addDays(layer.openedOn, op.days), action: 'close', quantity: Math.min(op.quantity, layer.openQuantity), netPriceHundredths: op.price, feesCents: op.fees });
        break;
      }
      case 'edit':
      case 'deleteTicket': {
        const summary = pickOf(await layersOf('all'), op.pick);
        if (!summary) break;
        const layer = await backend.send('layer/get', { layerId: summary.id });
        const ticket = pickOf(layer.tickets, op.ticket);
        if (!ticket) break;
        if (op.kind === 'deleteTicket') await backend.call('ticket/delete', { ticketId: ticket.id });
        else if (op.field === 'fees') await backend.call('ticket/update', { ticketId: ticket.id, feesCents: op.value });
        else if (op.field === 'price') await backend.call('ticket/update', { ticketId: ticket.id, netPriceHundredths: ticket.action === 'open' ? 100 + op.value : -op.value });
        else await backend.call('ticket/update', { ticketId: ticket.id, date: addDays(layer.openedOn, op.value % 12) });
        break;
      }
      case 'deleteLayer': {
        const layer = pickOf(await layersOf('all'), op.pick);
        if (layer) await backend.call('layer/delete', { layerId: layer.id });
        break;
      }
      case 'roll': {
        const layer = pickOf(await layersOf('open'), op.pick);
        if (!layer) break;
        await backend.call('layer/roll', { layerId: layer.id, date: addDays(layer.openedOn, op.days), closePriceHundredths: op.price, closeFeesCents: 300, expiration: CONDOR.expiration, strikes: CONDOR.strikes, creditHundredths: op.credit, openFeesCents: 300 });
        break;
      }
      case 'update': {
        const layer = pickOf(await layersOf('all'), op.pick);
        if (layer) await backend.call('layer/update', { layerId: layer.id, role: op.role, tags: op.tag === null ? [] : [op.tag] });
        break;
      }
      case 'acted': {
        const layer = pickOf(await layersOf('all'), op.pick);
        if (layer) await backend.call('decision/record', { portfolioId: layer.portfolioId, ruleId: 'roll', subject: `layer-${layer.id}`, evaluatedOn: layer.openedOn, decision: 'acted', prompt: {}, layerId: layer.id });
        break;
      }
      case 'snapshot':
        snapshots.push(exportJson(db));
        break;
      case 'restore': {
        const text = pickOf(snapshots, op.pick);
        if (text !== undefined) restoreJson(db, text);
        await ensurePortfolios();
        break;
      }
      case 'deletePortfolio': {
        const [first] = await portfolios();
        if (first !== undefined) await backend.call('portfolio/delete', { portfolioId: first });
        await ensurePortfolios();
        break;
      }
      case 'get':
        await compare(RANGES[op.range] ?? {});
        break;
      case 'warm': {
        const portfolioId = pickOf(await portfolios(), op.portfolio);
        if (portfolioId !== undefined) warmPerformanceSlice(db, portfolioId, asOf, op.slice);
        break;
      }
    }
    if (changes() !== before) writes += 1;
  }
  for (const range of RANGES) await compare(range);
  return { compared, writes };
}

describe('performance/get, incremental', () => {
  it('equals the from-scratch computation after any sequence of writes, deletions and restores', async () => {
    let compared = 0;
    let writes = 0;
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 10, maxLength: 40 }), async (ops) => {
      const run = tempBackend();
      const fresh = new Database(run.dbPath, { readonly: true });
      try {
        const r = await runOps(run, ops, fresh);
        compared += r.compared;
        writes += r.writes;
      } finally {
        fresh.close();
        run.cleanup();
      }
    }), { numRuns: 40 });
    expect(compared).toBeGreaterThan(40 * 8);
    expect(writes).toBeGreaterThan(40 * 5);
  }, 120_000);

  it('a restore (ids reused with other contents) starts the cache over', async () => {
    const { portfolioId, a } = await seed();
    const { db } = t.backend.context;
    const reference = () => computePortfolioPerformance(db, { portfolioId, asOf: today(t.backend.context) });
    const backup = exportJson(db);
    const atBackup = await t.backend.send('performance/get', { portfolioId });
    const [close] = (await t.backend.send('layer/get', { layerId: a.id })).tickets.slice(-1);
    await t.backend.send('ticket/update', { ticketId: close?.id ?? 0, netPriceHundredths: -900, date: '2026-05-21' });
    await t.backend.send('layer/update', { layerId: a.id, tags: ['changed'] });
    const edited = await t.backend.send('performance/get', { portfolioId });
    expect(edited).not.toEqual(atBackup);
    expect(edited).toEqual(reference());
    restoreJson(db, backup);
    expect(await t.backend.send('performance/get', { portfolioId })).toEqual(atBackup);
    // Another journal's backup: the same ids with other layers behind them.
    const other = tempBackend();
    try {
      const { id: otherPortfolio } = await other.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
      await other.backend.send('layer/createCondor', { ...CONDOR, portfolioId: otherPortfolio, openedOn: '2026-05-02', quantity: 3 });
      restoreJson(db, exportJson(other.backend.context.db));
    } finally {
      other.cleanup();
    }
    expect(await t.backend.send('performance/get', { portfolioId })).toEqual(reference());
  });

  it('follows a ticket edit and a role change on a warm cache', async () => {
    const { portfolioId, a, b } = await seed();
    await t.backend.send('performance/get', { portfolioId });
    const before = await t.backend.send('performance/get', { portfolioId, from: '2026-05-01' });
    await t.backend.send('ticket/update', { ticketId: (await t.backend.send('layer/get', { layerId: b.id })).tickets[1]?.id ?? 0, feesCents: 700 });
    const after = await t.backend.send('performance/get', { portfolioId, from: '2026-05-01' });
    expect(after.totals.realizedDollars).toBe(before.totals.realizedDollars - 2);
    expect(after.totals.feesDollars).toBe(before.totals.feesDollars + 2);
    expect(after).toEqual(computePortfolioPerformance(t.backend.context.db, { portfolioId, from: '2026-05-01', asOf: today(t.backend.context) }));
    // A role change is a layer write too.
    await t.backend.send('layer/update', { layerId: a.id, role: 'hedge' });
    const hedged = await t.backend.send('performance/get', { portfolioId });
    expect(hedged.stats.byRole.map((g) => g.key)).toContain('hedge');
    expect(hedged).toEqual(computePortfolioPerformance(t.backend.context.db, { portfolioId, asOf: today(t.backend.context) }));
  });
});

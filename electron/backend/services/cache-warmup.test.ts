import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { computePortfolioPerformance, forgetPerformanceCache, warmPerformanceSlice } from '../handlers/performance-handlers';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';
import { today } from '../context';
import { warmCachesInBackground } from './cache-warmup';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

/** A scheduler the test drives: each queued slice runs when the test says so. */
function manualSchedule() {
  const queue: (() => void)[] = [];
  return {
    schedule: (next: () => void) => { queue.push(next); },
    runOne: () => { queue.shift()?.(); },
    get queued() { return queue.length; },
  };
}

async function seedLayers(count: number, portfolioName = 'Main') {
  const { id: portfolioId } = await t.backend.send('portfolio/create', { name: portfolioName, riskCapitalCents: 100_000_00 });
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const layer = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: addDays('2026-03-02', i), quantity: 1 + (i % 3) });
    if (i % 2 === 0) await t.backend.send('ticket/add', { layerId: layer.id, date: addDays('2026-03-10', i), action: 'close', netPriceHundredths: -300 - i * 10, feesCents: 100 });
    ids.push(layer.id);
  }
  return { portfolioId, ids };
}

const asOf = () => today(t.backend.context);
const isComplete = (portfolioId: number) => warmPerformanceSlice(t.backend.context.db, portfolioId, asOf(), 0);

describe('warmCachesInBackground', () => {
  it('derives every portfolio a slice at a time; performance/get then equals the full computation', async () => {
    const main = await seedLayers(11);
    const other = await seedLayers(3, 'Other');
    const clock = manualSchedule();
    const warmup = warmCachesInBackground(t.backend, { sliceLayers: 4, schedule: clock.schedule });
    let slices = 0;
    while (clock.queued > 0) {
      clock.runOne();
      slices += 1;
    }
    await warmup.done;
    // Performance: 11 layers in slices of 4 (three slices, the third completes), then 3 layers in one;
    // then the as-of book (book-warmup.ts) 10 layers a slice: two slices and one.
    expect(slices).toBe(7);
    expect(isComplete(main.portfolioId)).toBe(true);
    expect(isComplete(other.portfolioId)).toBe(true);
    for (const { portfolioId } of [main, other]) {
      expect(await t.backend.send('performance/get', { portfolioId })).toEqual(computePortfolioPerformance(t.backend.context.db, { portfolioId, asOf: asOf() }));
    }
  });

  it('writes between slices (a ticket on a derived layer, a role and tag on a waiting one, a new layer, a deletion) are in the answer', async () => {
    const { portfolioId, ids } = await seedLayers(9);
    const clock = manualSchedule();
    const warmup = warmCachesInBackground(t.backend, { sliceLayers: 3, schedule: clock.schedule });
    const reference = () => computePortfolioPerformance(t.backend.context.db, { portfolioId, asOf: asOf() });
    clock.runOne();
    clock.runOne();
    expect(isComplete(portfolioId)).toBe(false);
    // A layer the first slice derived (slices follow id order) changes; the set of layers does not.
    const derived = await t.backend.send('layer/get', { layerId: ids[1] ?? 0 });
    await t.backend.send('ticket/update', { ticketId: derived.tickets[0]?.id ?? 0, feesCents: 4321 });
    // And one still waiting for its slice gets a new role and tag (fields the pending list was read with).
    await t.backend.send('layer/update', { layerId: ids[8] ?? 0, role: 'adaptive', tags: ['moved'] });
    while (clock.queued > 0) clock.runOne();
    await warmup.done;
    expect(isComplete(portfolioId)).toBe(true);
    expect(await t.backend.send('performance/get', { portfolioId })).toEqual(reference());

    // The set of layers changes between slices of a second warm-up (a fresh connection's cache).
    forgetPerformanceCache(t.backend.context.db);
    const again = warmCachesInBackground(t.backend, { sliceLayers: 3, schedule: clock.schedule });
    clock.runOne();
    await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-05' });
    await t.backend.send('layer/delete', { layerId: ids[0] ?? 0 });
    while (clock.queued > 0) clock.runOne();
    await again.done;
    expect(await t.backend.send('performance/get', { portfolioId })).toEqual(reference());
  });

  it('waits while another action holds a transaction, and stops when the journal closes', async () => {
    const { portfolioId } = await seedLayers(5);
    const clock = manualSchedule();
    const warmup = warmCachesInBackground(t.backend, { sliceLayers: 2, schedule: clock.schedule });
    const { db } = t.backend.context;
    db.exec('BEGIN');
    clock.runOne();
    expect(clock.queued).toBe(1); // put back, nothing done
    db.exec('COMMIT');
    expect(isComplete(portfolioId)).toBe(false);
    clock.runOne();
    t.backend.close();
    clock.runOne();
    await warmup.done;
    expect(clock.queued).toBe(0);
  });
});

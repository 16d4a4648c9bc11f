/**
 * The book as of D is a function of what is dated ≤ D, checked on
 * random journals through the real handlers: a journal entered in full and the same journal with
 * only its tickets, marks and closes dated ≤ D give the same dashboard, layers table and prompts
 * as of D. So adding, editing or deleting anything dated after D changes nothing on D, and the
 * state on D is the replay of the tickets up to D. Made-up closes: runs in every clone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricsSummary } from '../../../shared/dashboard';
import { addDays, weekday } from '../../../shared/dates';
import type { Backend } from '../backend';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../testing/synthetic-closes';
import { tempBackend } from '../testing/temp-backend';

const START = '2026-03-02';
const END = '2026-07-31';

interface LayerPlan {
  openDay: number;
  dte: number;
  quantity: number;
  credit: number;
  /** Days after opening of a partial close (1 unit), if any. */
  partialAfter: number | null;
  /** Days after opening of the full close, if any (null = held, maybe past expiration). */
  closeAfter: number | null;
  markAfter: number | null;
}

const planArb: fc.Arbitrary<LayerPlan> = fc.record({
  openDay: fc.integer({ min: 0, max: 100 }),
  dte: fc.integer({ min: 7, max: 50 }),
  quantity: fc.integer({ min: 2, max: 6 }),
  credit: fc.integer({ min: 300, max: 1500 }),
  partialAfter: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
  closeAfter: fc.option(fc.integer({ min: 21, max: 60 }), { nil: null }),
  markAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
});

/** A trading day (weekday) `n` days into the window. */
function day(n: number): string {
  let d = addDays(START, n);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

function csvUpTo(level: (i: number) => number, last: string): string {
  // Same synthetic series in both journals: the rows after `last` are simply dropped.
  const rows = syntheticCboeCsv({ endIso: END, weekdays: 400, level }).split('\n');
  const header = rows[0] ?? '';
  return [header, ...rows.slice(1).filter((r) => { const [m, d, y] = (r.split(',')[0] ?? '').split('/'); return `${y}-${m}-${d}` <= last; })].join('\n');
}

/** Enters the plans, skipping everything dated after `cutoff`; layers in opening order so ids match. */
async function enter(backend: Backend, plans: readonly LayerPlan[], cutoff: string): Promise<number> {
  await backend.send('market/import', { symbol: 'SPX', csv: csvUpTo(SYNTHETIC_SPX, cutoff) });
  await backend.send('market/import', { symbol: 'VIX', csv: csvUpTo(SYNTHETIC_VIX, cutoff) });
  const p = await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 500_000_00 });
  const ordered = [...plans].sort((a, b) => a.openDay - b.openDay);
  for (const plan of ordered) {
    const openedOn = day(plan.openDay);
    if (openedOn > cutoff) continue;
    const expiration = day(plan.openDay + plan.dte);
    const spot = SYNTHETIC_SPX(0);
    const mid = Math.round(spot / 5) * 5;
    const layer = await backend.send('layer/createCondor', {
      portfolioId: p.id, openedOn, expiration, quantity: plan.quantity, creditHundredths: plan.credit, feesCents: 500, role: 'base',
      strikes: { putLong: (mid - 400) * 100, putShort: (mid - 350) * 100, callShort: (mid + 350) * 100, callLong: (mid + 400) * 100 },
    });
    const at = (n: number | null) => (n === null ? null : day(plan.openDay + n));
    const partial = at(plan.partialAfter);
    if (partial !== null && partial <= cutoff && partial <= expiration) await backend.send('ticket/add', { layerId: layer.id, date: partial, action: 'close', quantity: 1, netPriceHundredths: -Math.round(plan.credit / 2) });
    const close = at(plan.closeAfter);
    if (close !== null && close <= cutoff && close <= expiration) await backend.send('ticket/add', { layerId: layer.id, date: close, action: 'close', netPriceHundredths: -Math.round(plan.credit / 3) });
    const mark = at(plan.markAfter);
    if (mark !== null && mark <= cutoff) await backend.send('mark/set', { layerId: layer.id, date: mark, priceHundredths: Math.round(plan.credit / 2) });
  }
  return p.id;
}

async function viewOn(backend: Backend, portfolioId: number, asOf: string) {
  const d = await backend.send('dashboard/get', { portfolioId, asOf });
  const prompts = await backend.send('rules/prompts', { portfolioId, asOf });
  return {
    metrics: metricsSummary(d),
    rows: d.layers,
    curves: d.curves,
    capitalDays: d.capitalDollarDays,
    layers: await backend.send('layer/list', { portfolioId, asOf }),
    prompts: prompts.prompts.map((p) => ({ key: p.key, explanation: p.explanation, inputs: p.inputs })),
  };
}

describe('the book as of D depends only on what is dated ≤ D', () => {
  it('a full journal and its replay up to D agree on D (dashboard, layers, prompts)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(planArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 140 }), async (plans, asOfDay) => {
        const asOf = day(asOfDay);
        const full = tempBackend(new Date(`${END}T20:00:00Z`));
        const replay = tempBackend(new Date(`${END}T20:00:00Z`));
        try {
          const a = await enter(full.backend, plans, '9999-12-31');
          const b = await enter(replay.backend, plans, asOf);
          expect(await viewOn(replay.backend, b, asOf)).toEqual(await viewOn(full.backend, a, asOf));
        } finally {
          full.cleanup();
          replay.cleanup();
        }
      }),
      { numRuns: 12 },
    );
  });
});

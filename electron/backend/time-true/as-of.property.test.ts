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
import type { Backend } from '../backend';
import { SYNTHETIC_SPX } from '../testing/synthetic-closes';
import { tempBackend } from '../testing/temp-backend';
import { enterPlan, importClosesUpTo, layerPlanArb, PLAN_END, planDay, type LayerPlan } from './layer-plans';

const END = PLAN_END;

const planArb = layerPlanArb({ maxQuantity: 6, minCloseAfter: 21 });
const day = planDay;

/** Enters the plans, skipping everything dated after `cutoff`; layers in opening order so ids match. */
async function enter(backend: Backend, plans: readonly LayerPlan[], cutoff: string): Promise<number> {
  await importClosesUpTo(backend, cutoff);
  const p = await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 500_000_00 });
  const mid = Math.round(SYNTHETIC_SPX(0) / 5) * 5;
  const strikes = { putLong: (mid - 400) * 100, putShort: (mid - 350) * 100, callShort: (mid + 350) * 100, callLong: (mid + 400) * 100 };
  for (const plan of [...plans].sort((a, b) => a.openDay - b.openDay)) await enterPlan(backend, p.id, plan, cutoff, strikes);
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

/**
 * Performance and the journal timeline as of D (ALVH.md "Time-true state"): a hand-worked book
 * (a close and an expiration settled late), then a property on random journals — adding,
 * editing or deleting any ticket, mark or close dated after D changes neither on D, and both
 * equal a journal replayed up to D. Made-up closes: runs in every clone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { addDays } from '../../../shared/dates';
import type { Backend } from '../backend';
import { tempBackend } from '../testing/temp-backend';
import { enterPlan, importClosesUpTo, layerPlanArb, PLAN_END, planDay, type LayerPlan } from './layer-plans';

const END = PLAN_END;
const STRIKES = { putLong: 500_000, putShort: 505_000, callShort: 560_000, callLong: 565_000 };

describe('performance as of D, worked by hand', () => {
  it('counts a close only from its ticket date, and an expired layer only once its settlement is booked', async () => {
    const t = tempBackend(new Date('2026-07-15T20:00:00Z'));
    try {
      const { backend } = t;
      const p = await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
      const closed = await backend.send('layer/createCondor', {
        portfolioId: p.id, openedOn: '2026-05-26', expiration: '2026-07-10', quantity: 2, creditHundredths: 1250, feesCents: 1000, role: 'base', strikes: STRIKES,
      });
      await backend.send('ticket/add', { layerId: closed.id, date: '2026-06-20', action: 'close', netPriceHundredths: -400, feesCents: 1000 });
      const expiring = await backend.send('layer/createCondor', {
        portfolioId: p.id, openedOn: '2026-05-27', expiration: '2026-06-12', quantity: 1, creditHundredths: 800, feesCents: 500, role: 'base', strikes: STRIKES,
      });
      // Booked late: expired worthless on 06-12, its settlement ticket entered on 06-25.
      await backend.send('ticket/add', { layerId: expiring.id, date: '2026-06-25', action: 'expire', netPriceHundredths: 0 });

      const on = (asOf: string) => backend.send('performance/get', { portfolioId: p.id, asOf });
      // (credit − debit) × 100 × qty − fees of both tickets: (12.50 − 4.00) × 100 × 2 − (10 + 10) = $1,680.
      const closedPnl = (12.5 - 4) * 100 * 2 - (10 + 10);
      // Kept credit minus the opening fee: 8.00 × 100 × 1 − 5 = $795.
      const expiredPnl = 8 * 100 * 1 - 5;

      const june10 = await on('2026-06-10');
      expect(june10.totals).toEqual({ realizedDollars: 0, closedLayers: 0, feesDollars: 15 });
      expect(june10.stats.overall.count).toBe(0);
      expect(june10.equity).toEqual([]);

      // 06-21: the close counts; the expired layer (expired-unbooked, settle ticket not yet) does not.
      const june21 = await on('2026-06-21');
      expect(june21.totals).toEqual({ realizedDollars: closedPnl, closedLayers: 1, feesDollars: 25 });
      expect(june21.stats.overall.count).toBe(1);
      expect(june21.equity.at(-1)).toMatchObject({ date: '2026-06-20', realizedCumulativeDollars: closedPnl });

      const june25 = await on('2026-06-25');
      expect(june25.totals).toEqual({ realizedDollars: closedPnl + expiredPnl, closedLayers: 2, feesDollars: 25 });
      // Today (no asOf) is the whole book.
      expect(await backend.send('performance/get', { portfolioId: p.id })).toEqual(june25);

      // The timeline as of 06-21: nothing after it; the expiring layer is expired-unbooked, the closed one closed.
      const timeline = await backend.send('journal/timeline', { portfolioId: p.id, asOf: '2026-06-21' });
      expect(timeline.items.map((i) => [i.date, i.action, i.layerId, i.layerStatus])).toEqual([
        ['2026-06-20', 'close', closed.id, 'closed'],
        ['2026-05-27', 'open', expiring.id, 'expired-unbooked'],
        ['2026-05-26', 'open', closed.id, 'closed'],
      ]);
      const june10Timeline = await backend.send('journal/timeline', { portfolioId: p.id, asOf: '2026-06-10' });
      expect(june10Timeline.items.map((i) => i.layerStatus)).toEqual(['open', 'open']);
    } finally {
      t.cleanup();
    }
  });
});

describe('alvh performance --date', () => {
  it('reads the book as of the date, like metrics --date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alvh-perf-'));
    const db = join(dir, 'journal.sqlite');
    const cli = async (...argv: string[]) => {
      const out: string[] = [];
      const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => out.push(l) }, {});
      expect(code, out.join('\n')).toBe(0);
      return out.join('\n');
    };
    try {
      await cli('portfolio', 'add', '--db', db, '--name', 'Main', '--capital', '100000');
      await cli('condor', 'add', '--db', db, '--portfolio', 'Main', '--opened', '2026-05-26', '--expiration', '2026-07-10', '--strikes', '5000,5050,5600,5650', '--credit', '12.50', '--qty', '2', '--fees', '10');
      await cli('ticket', 'add', '--db', db, '--layer', '1', '--date', '2026-06-20', '--action', 'close', '--debit', '4');
      const totals = async (date: string) => (JSON.parse(await cli('performance', '--db', db, '--portfolio', 'Main', '--date', date, '--json')) as { totals: unknown }).totals;
      expect(await totals('2026-06-10')).toEqual({ realizedDollars: 0, closedLayers: 0, feesDollars: 10 });
      // 2 × (12.50 − 4.00) × 100 − $10 opening fees − the close's default fee ($1.50 × 4 legs × 2) = $1,678.
      expect(await totals('2026-06-21')).toEqual({ realizedDollars: 2 * (12.5 - 4) * 100 - 10 - 12, closedLayers: 1, feesDollars: 22 });
      expect(await cli('performance', '--db', db, '--portfolio', 'Main', '--date', '2026-06-10')).toContain('→ 2026-06-10');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const planArb = layerPlanArb({ maxQuantity: 5, minCloseAfter: 5 });
const day = planDay;

interface Entered { portfolioId: number; tickets: { id: number; layerId: number; date: string; action: string }[]; layerIds: number[] }

/** Enters the plans, skipping everything dated after `cutoff`; layers in opening order so their ids match. */
async function enter(backend: Backend, plans: readonly LayerPlan[], cutoff: string): Promise<Entered> {
  await importClosesUpTo(backend, cutoff);
  const p = await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 500_000_00 });
  const out: Entered = { portfolioId: p.id, tickets: [], layerIds: [] };
  for (const plan of [...plans].sort((a, b) => a.openDay - b.openDay)) {
    const layer = await enterPlan(backend, p.id, plan, cutoff, STRIKES, { partialCents: 200, closeCents: 300 });
    if (layer === null) continue;
    out.layerIds.push(layer.id);
    for (const t of layer.tickets) out.tickets.push({ id: t.id, layerId: layer.id, date: t.date, action: t.action });
  }
  return out;
}

/** Performance and the timeline as of D; timeline row ids differ between journals entered differently, so they are left out. */
async function readsOn(backend: Backend, portfolioId: number, asOf: string) {
  const timeline = await backend.send('journal/timeline', { portfolioId, asOf, limit: 1000 });
  return {
    performance: await backend.send('performance/get', { portfolioId, asOf }),
    ranged: await backend.send('performance/get', { portfolioId, asOf, from: '2026-04-01', to: '2026-06-30' }),
    timeline: timeline.items.map(({ id: _id, ticketId: _ticket, ...rest }) => rest),
  };
}

type Change = { kind: 'delete' | 'edit' | 'add' | 'mark' | 'close'; pick: number; days: number };
const changeArb: fc.Arbitrary<Change> = fc.record({ kind: fc.constantFrom('delete', 'edit', 'add', 'mark', 'close'), pick: fc.nat(), days: fc.integer({ min: 1, max: 40 }) });

/** One write dated after `asOf` (refused writes are fine: they change nothing either). */
async function changeAfter(backend: Backend, entered: Entered, asOf: string, change: Change): Promise<void> {
  const later = entered.tickets.filter((t) => t.date > asOf && (change.kind !== 'delete' || t.action !== 'open'));
  const ticket = later[change.pick % Math.max(1, later.length)];
  const layerId = entered.layerIds[change.pick % Math.max(1, entered.layerIds.length)];
  const date = addDays(asOf, change.days);
  const attempt = async (write: () => Promise<unknown>) => { await write().catch(() => undefined); };
  if (change.kind === 'delete' && ticket) await attempt(() => backend.send('ticket/delete', { ticketId: ticket.id }));
  if (change.kind === 'edit' && ticket) await attempt(() => backend.send('ticket/update', { ticketId: ticket.id, netPriceHundredths: -777, feesCents: 123 }));
  if (change.kind === 'add' && layerId !== undefined) await attempt(() => backend.send('ticket/add', { layerId, date, action: 'close', quantity: 1, netPriceHundredths: -250, feesCents: 100 }));
  if (change.kind === 'mark' && layerId !== undefined) await attempt(() => backend.send('mark/set', { layerId, date, priceHundredths: 321 }));
  if (change.kind === 'close') await attempt(() => backend.send('market/upsert', { symbol: 'SPX', date, closeHundredths: 480_000, reason: 'test' }));
}

describe('performance and the timeline as of D depend only on what is dated ≤ D', () => {
  it('are unchanged by adding, editing or deleting a ticket, mark or close after D, and equal the replay up to D', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(planArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 140 }), fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        async (plans, asOfDay, changes) => {
        const asOf = day(asOfDay);
        const full = tempBackend(new Date(`${END}T20:00:00Z`));
        const replay = tempBackend(new Date(`${END}T20:00:00Z`));
        try {
          const a = await enter(full.backend, plans, '9999-12-31');
          const b = await enter(replay.backend, plans, asOf);
          const before = await readsOn(full.backend, a.portfolioId, asOf);
          expect(before).toEqual(await readsOn(replay.backend, b.portfolioId, asOf));
          for (const change of changes) {
            await changeAfter(full.backend, a, asOf, change);
            expect(await readsOn(full.backend, a.portfolioId, asOf)).toEqual(before);
          }
        } finally {
          full.cleanup();
          replay.cleanup();
        }
      }),
      { numRuns: 12 },
    );
  });
});

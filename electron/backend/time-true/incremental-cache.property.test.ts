/**
 * One cache policy (issue 13, item 7; docs/architecture.md "Caches"): whatever a connection has
 * derived and kept — dashboards, layer ledgers, closes, the closed history, the warm-up's anchors —
 * its answers equal a full recompute. Random sequences of writes (opening layers, partial and full
 * closes, deleted tickets, marks, edited SPX/VIX closes, refused writes that roll back) and reads at
 * random as-of dates run on ONE long-lived connection; after each read the same question is put to
 * a fresh connection on the same file, which has derived nothing. Made-up closes: runs in every clone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { addDays, weekday } from '../../../shared/dates';
import { createBackend, type Backend } from '../backend';
import { warmCachesInBackground } from '../services/cache-warmup';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../testing/synthetic-closes';
import { FIXED_NOW, tempBackend } from '../testing/temp-backend';

const START = '2026-01-05';
const END = '2026-05-29';

/** A weekday `n` days into the window. */
function day(n: number): string {
  let d = addDays(START, n);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

type Command =
  | { kind: 'open'; openDay: number; dte: number; quantity: number; credit: number }
  | { kind: 'close'; layer: number; afterDays: number; partial: boolean; debit: number }
  | { kind: 'delete-last-ticket'; layer: number }
  | { kind: 'mark'; layer: number; afterDays: number; price: number }
  | { kind: 'market'; symbol: 'SPX' | 'VIX'; dayIndex: number; factor: number }
  | { kind: 'refused'; layer: number }
  | { kind: 'warm-up' }
  | { kind: 'read'; asOfDay: number; volShiftPoints: number };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), openDay: fc.integer({ min: 0, max: 110 }), dte: fc.integer({ min: 5, max: 40 }), quantity: fc.integer({ min: 2, max: 5 }), credit: fc.integer({ min: 300, max: 1500 }) }),
  fc.record({ kind: fc.constant('close' as const), layer: fc.nat(), afterDays: fc.integer({ min: 0, max: 30 }), partial: fc.boolean(), debit: fc.integer({ min: 50, max: 900 }) }),
  fc.record({ kind: fc.constant('delete-last-ticket' as const), layer: fc.nat() }),
  fc.record({ kind: fc.constant('mark' as const), layer: fc.nat(), afterDays: fc.integer({ min: 0, max: 30 }), price: fc.integer({ min: 50, max: 1500 }) }),
  fc.record({ kind: fc.constant('market' as const), symbol: fc.constantFrom('SPX' as const, 'VIX' as const), dayIndex: fc.integer({ min: 0, max: 120 }), factor: fc.double({ min: 0.9, max: 1.1, noNaN: true }) }),
  fc.record({ kind: fc.constant('refused' as const), layer: fc.nat() }),
  fc.constant({ kind: 'warm-up' as const }),
  fc.record({ kind: fc.constant('read' as const), asOfDay: fc.integer({ min: -5, max: 150 }), volShiftPoints: fc.constantFrom(0, 0, 2) }),
);

interface World {
  backend: Backend;
  dbPath: string;
  portfolioId: number;
  layers: { id: number; openedOn: string }[];
}

type LayerRef = World['layers'][number];

/** The answer, or null when the backend refused the call (a refused write changes nothing). */
async function refusedAsNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError) return null;
    throw error;
  }
}

async function openLayer(w: World, c: Extract<Command, { kind: 'open' }>): Promise<void> {
  const openedOn = day(c.openDay);
  const mid = Math.round(SYNTHETIC_SPX(c.openDay) / 5) * 5;
  const r = await refusedAsNull(w.backend.send('layer/createCondor', {
    portfolioId: w.portfolioId, openedOn, expiration: day(c.openDay + c.dte), quantity: c.quantity, creditHundredths: c.credit, feesCents: 500, role: 'base',
    strikes: { putLong: (mid - 300) * 100, putShort: (mid - 250) * 100, callShort: (mid + 250) * 100, callLong: (mid + 300) * 100 },
  }));
  if (r) w.layers.push({ id: r.id, openedOn });
}

async function deleteLastTicket(w: World, layer: LayerRef): Promise<void> {
  const detail = await w.backend.send('layer/get', { layerId: layer.id });
  const last = detail.tickets.at(-1);
  if (last && last.action !== 'open') await w.backend.call('ticket/delete', { ticketId: last.id });
}

/** Writes on one layer; a refused one (nothing left to close, a date past expiration) changes nothing. */
async function layerWrite(w: World, c: Extract<Command, { layer: number }>, layer: LayerRef): Promise<void> {
  if (c.kind === 'close') {
    await w.backend.call('ticket/add', { layerId: layer.id, date: addDays(layer.openedOn, c.afterDays), action: 'close', ...(c.partial ? { quantity: 1 } : {}), netPriceHundredths: -c.debit });
  } else if (c.kind === 'delete-last-ticket') {
    await deleteLastTicket(w, layer);
  } else if (c.kind === 'mark') {
    await w.backend.call('mark/set', { layerId: layer.id, date: addDays(layer.openedOn, c.afterDays), priceHundredths: c.price });
  } else {
    // A close dated before the layer opened: refused, rolled back.
    await w.backend.call('ticket/add', { layerId: layer.id, date: addDays(layer.openedOn, -3), action: 'close', netPriceHundredths: -100 });
  }
}

async function apply(w: World, c: Command): Promise<void> {
  if (c.kind === 'open') return openLayer(w, c);
  if (c.kind === 'market') {
    const level = c.symbol === 'SPX' ? SYNTHETIC_SPX(c.dayIndex) : SYNTHETIC_VIX(c.dayIndex);
    await w.backend.call('market/upsert', { symbol: c.symbol, date: day(c.dayIndex), closeHundredths: Math.round(level * c.factor * 100), reason: 'test edit' });
    return;
  }
  if (c.kind === 'warm-up') return warmCachesInBackground(w.backend).done;
  if (c.kind === 'read') return expectSameAsFresh(w, addDays(START, c.asOfDay), c.volShiftPoints);
  const layer = w.layers[c.layer % Math.max(1, w.layers.length)];
  if (layer) await layerWrite(w, c, layer);
}

/** The long-lived connection's answers against a connection that has derived nothing. */
async function expectSameAsFresh(w: World, asOf: string, volShiftPoints: number): Promise<void> {
  const fresh = createBackend({ dbPath: w.dbPath, now: () => FIXED_NOW, logError: () => undefined });
  try {
    const q = { portfolioId: w.portfolioId, asOf, volShiftPoints };
    expect(await w.backend.send('dashboard/get', q)).toEqual(await fresh.send('dashboard/get', q));
    const list = { portfolioId: w.portfolioId, asOf, status: 'all' as const };
    expect(await w.backend.send('layer/list', list)).toEqual(await fresh.send('layer/list', list));
    expect(await w.backend.send('rules/prompts', { portfolioId: w.portfolioId, asOf })).toEqual(await fresh.send('rules/prompts', { portfolioId: w.portfolioId, asOf }));
  } finally {
    fresh.close();
  }
}

describe('derived caches equal a full recompute', () => {
  it('property: after any sequence of writes, every cached read at any as-of date equals a fresh connection\'s', async () => {
    await fc.assert(fc.asyncProperty(fc.array(commandArb, { minLength: 4, maxLength: 14 }), async (commands) => {
      const t = tempBackend();
      try {
        await t.backend.send('market/import', { symbol: 'SPX', csv: syntheticCboeCsv({ endIso: END, weekdays: 150, level: SYNTHETIC_SPX }) });
        await t.backend.send('market/import', { symbol: 'VIX', csv: syntheticCboeCsv({ endIso: END, weekdays: 150, level: SYNTHETIC_VIX }) });
        const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 500_000_00 });
        const w: World = { backend: t.backend, dbPath: t.dbPath, portfolioId: p.id, layers: [] };
        await apply(w, { kind: 'open', openDay: 10, dte: 30, quantity: 4, credit: 900 });
        for (const c of commands) await apply(w, c);
        // Always end on reads: the last writes must be seen too.
        await apply(w, { kind: 'read', asOfDay: 60, volShiftPoints: 0 });
        await apply(w, { kind: 'read', asOfDay: 140, volShiftPoints: 0 });
      } finally {
        t.cleanup();
      }
    }), { numRuns: 25 });
  }, 600_000);
});

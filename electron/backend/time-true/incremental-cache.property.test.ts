/**
 * One cache policy (issue 13, item 7; docs/architecture.md "Caches"): whatever a connection has
 * derived and kept — dashboards, layer ledgers, closes, the closed history, the performance book
 * (also part-built by warm-up slices), the warm-up's anchors — its answers equal a full recompute.
 * Random sequences of writes (opening layers, partial and full closes, ticket edits and deletions on
 * open and closed layers, layers deleted, rolls, marks, edited SPX/VIX closes, refused writes, and a
 * roll that writes its closing ticket and is then rolled back) and reads of `dashboard/get`,
 * `performance/get`, `layer/list` and `rules/prompts` at random as-of dates run on ONE long-lived
 * connection; after each read the same questions are put to a fresh connection on the same file,
 * which has derived nothing. Made-up closes: runs in every clone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { addDays, weekday } from '../../../shared/dates';
import type { Backend } from '../backend';
import { today } from '../context';
import { layerStampGeneration } from '../db/layer-stamps';
import { warmPerformanceSlice } from '../handlers/performance-handlers';
import { warmCachesInBackground } from '../services/cache-warmup';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../testing/synthetic-closes';
import { freshReader } from '../testing/fresh-reader';
import { tempBackend } from '../testing/temp-backend';

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
  | { kind: 'edit'; layer: number; first: boolean; field: 'fees' | 'price' | 'date'; value: number }
  | { kind: 'delete-layer'; layer: number }
  | { kind: 'roll'; layer: number; afterDays: number; credit: number; rolledBack: boolean }
  | { kind: 'mark'; layer: number; afterDays: number; price: number }
  | { kind: 'market'; symbol: 'SPX' | 'VIX'; dayIndex: number; factor: number }
  | { kind: 'refused'; layer: number }
  | { kind: 'warm-up' }
  | { kind: 'warm-slice'; layers: number }
  | { kind: 'read'; asOfDay: number; volShiftPoints: number; range: number };

/** Writes weighted toward what moves the caches' reads: tickets on open and closed layers, rolls, warm-up slices. */
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('open' as const), openDay: fc.integer({ min: 0, max: 110 }), dte: fc.integer({ min: 5, max: 40 }), quantity: fc.integer({ min: 2, max: 5 }), credit: fc.integer({ min: 300, max: 1500 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('close' as const), layer: fc.nat(), afterDays: fc.integer({ min: 0, max: 30 }), partial: fc.boolean(), debit: fc.integer({ min: 50, max: 900 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete-last-ticket' as const), layer: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('edit' as const), layer: fc.nat(), first: fc.boolean(), field: fc.constantFrom('fees' as const, 'price' as const, 'date' as const), value: fc.integer({ min: 0, max: 900 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete-layer' as const), layer: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('roll' as const), layer: fc.nat(), afterDays: fc.integer({ min: 0, max: 20 }), credit: fc.integer({ min: 300, max: 1500 }), rolledBack: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('mark' as const), layer: fc.nat(), afterDays: fc.integer({ min: 0, max: 30 }), price: fc.integer({ min: 50, max: 1500 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('market' as const), symbol: fc.constantFrom('SPX' as const, 'VIX' as const), dayIndex: fc.integer({ min: 0, max: 120 }), factor: fc.double({ min: 0.9, max: 1.1, noNaN: true }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('refused' as const), layer: fc.nat() }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'warm-up' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('warm-slice' as const), layers: fc.integer({ min: 0, max: 2 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('read' as const), asOfDay: fc.integer({ min: -5, max: 150 }), volShiftPoints: fc.constantFrom(0, 0, 2), range: fc.nat({ max: 2 }) }), weight: 3 },
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
  const detail = await refusedAsNull(w.backend.send('layer/get', { layerId: layer.id }));
  const last = detail?.tickets.at(-1);
  if (last && last.action !== 'open') await w.backend.call('ticket/delete', { ticketId: last.id });
}

/** A ticket of the layer edited: its fees, its price or its date (a refused edit changes nothing). */
async function editTicket(w: World, c: Extract<Command, { kind: 'edit' }>, layer: LayerRef): Promise<void> {
  const detail = await refusedAsNull(w.backend.send('layer/get', { layerId: layer.id }));
  const ticket = c.first ? detail?.tickets[0] : detail?.tickets.at(-1);
  if (!ticket) return;
  if (c.field === 'fees') await w.backend.call('ticket/update', { ticketId: ticket.id, feesCents: c.value });
  else if (c.field === 'price') await w.backend.call('ticket/update', { ticketId: ticket.id, netPriceHundredths: ticket.action === 'open' ? 300 + c.value : -(50 + c.value) });
  else await w.backend.call('ticket/update', { ticketId: ticket.id, date: addDays(layer.openedOn, c.value % 25) });
}

/**
 * A roll: the old layer closed by a roll ticket and a new condor opened the same day. Rolled back:
 * the new condor expires before it opens, refused after the roll ticket was written, so the call
 * wrote rows and then rolled them back (the dispatcher's `forgetDerived`).
 */
async function roll(w: World, c: Extract<Command, { kind: 'roll' }>, layer: LayerRef): Promise<void> {
  const date = addDays(layer.openedOn, c.afterDays);
  const index = Math.max(0, Math.round((Date.parse(date) - Date.parse(START)) / 86_400_000 * 5 / 7));
  const mid = Math.round(SYNTHETIC_SPX(index) / 5) * 5;
  const changesBefore = totalChanges(w);
  const r = await refusedAsNull(w.backend.send('layer/roll', {
    layerId: layer.id, date, closePriceHundredths: -400, closeFeesCents: 300, creditHundredths: c.credit, openFeesCents: 300,
    expiration: c.rolledBack ? addDays(date, -1) : addDays(date, 30),
    strikes: { putLong: (mid - 300) * 100, putShort: (mid - 250) * 100, callShort: (mid + 250) * 100, callLong: (mid + 300) * 100 },
  }));
  if (r) w.layers.push({ id: r.opened.id, openedOn: date });
  else if (totalChanges(w) !== changesBefore) rolledBackWrites += 1;
}

/** Over the whole property run: calls that wrote rows and were then rolled back; reads whose book had closed layers. */
let rolledBackWrites = 0;
let readsWithTrades = 0;

const totalChanges = (w: World) => w.backend.context.db.prepare('SELECT total_changes()').pluck().get() as number;

/** Writes on one layer; a refused one (nothing left to close, a date past expiration) changes nothing. */
async function layerWrite(w: World, c: Extract<Command, { layer: number }>, layer: LayerRef): Promise<void> {
  if (c.kind === 'close') {
    await w.backend.call('ticket/add', { layerId: layer.id, date: addDays(layer.openedOn, c.afterDays), action: 'close', ...(c.partial ? { quantity: 1 } : {}), netPriceHundredths: -c.debit });
  } else if (c.kind === 'delete-last-ticket') {
    await deleteLastTicket(w, layer);
  } else if (c.kind === 'edit') {
    await editTicket(w, c, layer);
  } else if (c.kind === 'delete-layer') {
    const r = await w.backend.call('layer/delete', { layerId: layer.id });
    if (r.ok) w.layers.splice(w.layers.indexOf(layer), 1);
  } else if (c.kind === 'roll') {
    await roll(w, c, layer);
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
  // One slice of the performance book's warm-up, left part-built for the writes that follow.
  if (c.kind === 'warm-slice') return void warmPerformanceSlice(w.backend.context.db, w.portfolioId, today(w.backend.context), c.layers);
  if (c.kind === 'read') return expectSameAsFresh(w, addDays(START, c.asOfDay), c.volShiftPoints, c.range);
  const layer = w.layers[c.layer % Math.max(1, w.layers.length)];
  if (layer) await layerWrite(w, c, layer);
}

const RANGES = [{}, { from: '2026-02-15' }, { from: '2026-01-20', to: '2026-03-31' }] as const;

/** The long-lived connection's answers against a connection that has derived nothing. */
async function expectSameAsFresh(w: World, asOf: string, volShiftPoints: number, range: number): Promise<void> {
  const generation = layerStampGeneration(w.backend.context.db);
  const fresh = freshReader(w.dbPath);
  try {
    const q = { portfolioId: w.portfolioId, asOf, volShiftPoints };
    expect(await w.backend.send('dashboard/get', q)).toEqual(fresh.ask('dashboard/get', q));
    const performance = { portfolioId: w.portfolioId, asOf, ...RANGES[range % RANGES.length] };
    const served = await w.backend.send('performance/get', performance);
    expect(served).toEqual(fresh.ask('performance/get', performance));
    if (served.totals.closedLayers > 0) readsWithTrades += 1;
    const list = { portfolioId: w.portfolioId, asOf, status: 'all' as const };
    expect(await w.backend.send('layer/list', list)).toEqual(fresh.ask('layer/list', list));
    expect(await w.backend.send('rules/prompts', { portfolioId: w.portfolioId, asOf })).toEqual(fresh.ask('rules/prompts', { portfolioId: w.portfolioId, asOf }));
  } finally {
    fresh.close();
  }
  // The long-lived connection kept what it derived: nothing here started its caches over.
  expect(layerStampGeneration(w.backend.context.db)).toBe(generation);
}

describe('derived caches equal a full recompute', () => {
  it('property: after any sequence of writes, every cached read at any as-of date equals a fresh connection\'s', async () => {
    await fc.assert(fc.asyncProperty(fc.array(commandArb, { minLength: 4, maxLength: 18 }), async (commands) => {
      const t = tempBackend();
      try {
        await t.backend.send('market/import', { symbol: 'SPX', csv: syntheticCboeCsv({ endIso: END, weekdays: 150, level: SYNTHETIC_SPX }) });
        await t.backend.send('market/import', { symbol: 'VIX', csv: syntheticCboeCsv({ endIso: END, weekdays: 150, level: SYNTHETIC_VIX }) });
        const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 500_000_00 });
        const w: World = { backend: t.backend, dbPath: t.dbPath, portfolioId: p.id, layers: [] };
        // A closed layer (so the closed history and the performance trades are not empty) and two open ones, read once so the caches are warm.
        await apply(w, { kind: 'open', openDay: 10, dte: 30, quantity: 4, credit: 900 });
        await apply(w, { kind: 'close', layer: 0, afterDays: 12, partial: false, debit: 300 });
        await apply(w, { kind: 'open', openDay: 40, dte: 30, quantity: 3, credit: 800 });
        await apply(w, { kind: 'open', openDay: 70, dte: 25, quantity: 2, credit: 700 });
        await apply(w, { kind: 'read', asOfDay: 100, volShiftPoints: 0, range: 0 });
        for (const c of commands) await apply(w, c);
        // Always end on reads: the last writes must be seen too.
        await apply(w, { kind: 'read', asOfDay: 60, volShiftPoints: 0, range: 0 });
        await apply(w, { kind: 'read', asOfDay: 140, volShiftPoints: 0, range: 0 });
      } finally {
        t.cleanup();
      }
    }), { numRuns: 60 });
    // The rolled-back call was exercised, not only refusals that wrote nothing.
    console.log('STATS', rolledBackWrites, readsWithTrades);
    expect(rolledBackWrites).toBeGreaterThan(0);
    expect(readsWithTrades).toBeGreaterThan(60 * 2);
  }, 600_000);
});

/**
 * The fast import path (columns, the fast row reader, SQLite-written revision JSON) against the
 * import as it was before it (shared/*\/reference: the row-object parser and plan frozen from
 * 7eb38b3), on random files and random stored closes: the same parse, the same plan (counts,
 * changes, previews, every refusal's words), the same tables after the import, the same revision
 * JSON, and byte-identical market tables after undo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarketColumns, parseMarketCsv } from '../../../shared/import/market-csv';
import { parseMarketCsvByRecords } from '../../../shared/import/reference/market-csv-by-records';
import { changeAt, NO_STORED_BARS, storedColumns, type BarChange, type StoredBar, type StoredColumns } from '../../../shared/market/close-columns';
import { dateKey } from '../../../shared/market/date-key';
import { planImport } from '../../../shared/market/import-plan';
import { planImport as planImportByRows, type ImportPlan as ReferencePlan } from '../../../shared/market/reference/plan-by-rows';
import type { MarketSymbol } from '../../../shared/domain/types';
import { changesJson } from '../repos/revision-json';
import { fileText, randomFile, type RandomFile } from '../testing/random-market-files';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

const LEVELS: Record<MarketSymbol, [number, number]> = { SPX: [5_000, 800_000], VIX: [900, 9_000] };
const symbolAndFile = (flawed: boolean) => fc.constantFrom<MarketSymbol>('SPX', 'VIX').chain((symbol) => fc.tuple(fc.constant(symbol), randomFile({ flawed, level: LEVELS[symbol] })));

describe('parse: the fast path reads every file exactly as the record-by-record parser did', () => {
  it('same closes, counts and messages (random layouts, line ends, flaws)', () => {
    fc.assert(fc.property(symbolAndFile(true), fc.boolean(), ([, file], bom) => {
      const text = `${bom ? '\uFEFF' : ''}${fileText(file)}`;
      const reference = parseMarketCsvByRecords(text);
      expect(parseMarketCsv(text)).toEqual(reference);
      expect(parseMarketCsv(text, { fastRows: false })).toEqual(reference);
    }), { numRuns: 400 });
  });
});

type Bars = Map<string, StoredBar>;

/** The revision JSON as the row-by-row import wrote it (JSON.stringify of [date, before close, before open, after close, after open]). */
const storedJson = (changes: readonly BarChange[]) => JSON.stringify(changes.map((c) => [
  c.date, c.before?.closeHundredths ?? null, c.before?.openHundredths ?? null, c.after?.closeHundredths ?? null, c.after?.openHundredths ?? null,
]));

interface StoredHow {
  /** 0 nothing, 1 the same closes, 2 scaled by `factor`, 3 the next row's close (shifted), 4 the opens as closes, 5 every `period`-th close scaled. */
  mode: number;
  factor: number;
  period: number;
}

/** Stored bars derived from the file's clean rows (see {@link StoredHow}), plus a few other dates. */
function storedFor(file: RandomFile, { mode, factor, period }: StoredHow, extra: number[]): Bars {
  const parsed = parseMarketCsvByRecords(fileText({ ...file, rows: file.rows.map((r) => ({ ...r, flaw: 'none' })) }));
  const bars: Bars = new Map();
  if (!parsed.ok || mode === 0) return bars;
  const closes = [...parsed.closes].sort((a, b) => (a.date < b.date ? -1 : 1));
  closes.forEach((c, i) => {
    const scaled = Math.max(1, Math.round(c.closeHundredths * factor));
    const next = closes[i + 1]?.closeHundredths ?? c.closeHundredths;
    const byMode = [c.closeHundredths, c.closeHundredths, scaled, next, c.openHundredths ?? c.closeHundredths, i % period === 0 ? scaled : c.closeHundredths];
    bars.set(c.date, { closeHundredths: byMode[mode] ?? c.closeHundredths, openHundredths: mode === 4 ? c.closeHundredths : c.openHundredths });
  });
  for (const [i, close] of extra.entries()) bars.set(`2019-03-${String(4 + i).padStart(2, '0')}`, { closeHundredths: close, openHundredths: null });
  return bars;
}

function columnsOf(bars: Bars): StoredColumns {
  const dates = [...bars.keys()].sort();
  if (dates.length === 0) return NO_STORED_BARS;
  const at = (f: (bar: StoredBar) => number) => Int32Array.from(dates, (d) => { const bar = bars.get(d); return bar ? f(bar) : 0; });
  return storedColumns(Int32Array.from(dates, dateKey), at((b) => b.closeHundredths), at((b) => b.openHundredths ?? 0));
}

const how = (modes: number[]) => fc.record({
  mode: fc.constantFrom(...modes), factor: fc.constantFrom(0.5, 0.97, 1.01, 1.03, 1.2, 1.6), period: fc.integer({ min: 2, max: 7 }),
});
const storedHow = fc.record({
  own: how([0, 1, 2, 3, 4, 5]), other: how([0, 1, 5]), extra: fc.array(fc.integer({ min: 900, max: 700_000 }), { maxLength: 4 }),
});

describe('plan: the columnar plan and checks give the row-by-row plan\'s every answer', () => {
  it('same counts, skipped days, changes, biggest changes and refusals (words included)', () => {
    fc.assert(fc.property(symbolAndFile(false), storedHow, fc.constantFrom(0.5, 2, 5), ([symbol, file], how, tolerancePct) => {
      const text = fileText(file);
      const [byRows, byColumns] = [parseMarketCsvByRecords(text), parseMarketColumns(text)];
      if (!byRows.ok || !byColumns.ok) return;
      const stored = storedFor(file, how.own, how.extra);
      const other = storedFor(file, how.other, []);
      const reference: ReferencePlan = planImportByRows({
        symbol, closes: byRows.closes, stored, storedDates: [...stored.keys()].sort(), tolerancePct,
        other: new Map([...other].map(([date, bar]) => [date, bar.closeHundredths])),
      });
      const plan = planImport({ symbol, closes: byColumns.columns, stored: columnsOf(stored), other: columnsOf(other), tolerancePct });
      const { changes, firstOfSymbol, ...rest } = plan;
      expect({ ...rest, changes: Array.from({ length: changes.length }, (_, i) => changeAt(changes, i)) }).toEqual(reference);
      expect(firstOfSymbol).toBe(stored.size === 0);
      expect(changesJson(changes)).toBe(storedJson(reference.changes));
    }), { numRuns: 500 });
  });
});

/** Every market_bars row with SQLite's own quoting of each value (types included): byte-identical or not. */
const barsDump = (t: TempBackend) => JSON.stringify(t.backend.context.db
  .prepare('SELECT quote(symbol), quote(date), quote(close_hundredths), quote(open_hundredths) FROM market_bars ORDER BY symbol, date').raw().all());

describe('write and undo: the tables the old import left, and byte-identical tables after undo', () => {
  let t: TempBackend | null = null;
  afterEach(() => { t?.cleanup(); t = null; });

  it('import (first or over stored closes) stores the planned bars and revision JSON; undo restores the tables byte for byte', async () => {
    const earlierFile = fc.option(randomFile({ flawed: false, level: LEVELS.SPX }), { nil: null });
    await fc.assert(fc.asyncProperty(symbolAndFile(false), earlierFile, async ([symbol, file], earlier) => {
      t?.cleanup();
      t = tempBackend();
      const send = t.backend.send.bind(t.backend);
      if (earlier) await send('market/import', { symbol, csv: fileText(earlier), replace: true });
      const db = t.backend.context.db;
      const before = barsDump(t);
      const rows = db.prepare('SELECT date, close_hundredths, open_hundredths FROM market_bars WHERE symbol = ?').raw().all(symbol) as [string, number, number | null][];
      const stored: Bars = new Map(rows.map(([date, closeHundredths, openHundredths]) => [date, { closeHundredths, openHundredths }]));
      const text = fileText(file);
      const parsed = parseMarketCsvByRecords(text);
      if (!parsed.ok) return;
      const reference = planImportByRows({ symbol, closes: parsed.closes, stored, storedDates: [...stored.keys()].sort(), other: new Map(), tolerancePct: 2 });
      const summary = await send('market/import', { symbol, csv: text, replace: true });
      const counts = (c: { added: number; updated: number; unchanged: number; skipped: number }) => [c.added, c.updated, c.unchanged, c.skipped];
      expect(counts(summary)).toEqual(counts(reference));
      for (const change of reference.changes) if (change.after) stored.set(change.date, change.after);
      const expected = [...stored].sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([date, bar]) => [`'${symbol}'`, `'${date}'`, String(bar.closeHundredths), bar.openHundredths === null ? 'NULL' : String(bar.openHundredths)]);
      expect(JSON.parse(barsDump(t)).filter((row: string[]) => row[0] === `'${symbol}'`)).toEqual(expected);
      if (summary.revisionId === null) {
        expect(reference.changes).toHaveLength(0);
        return;
      }
      const json = db.prepare('SELECT changes FROM market_revisions WHERE id = ?').pluck().get(summary.revisionId);
      expect(json).toBe(storedJson(reference.changes));
      await send('market/undo', { symbol });
      expect(barsDump(t)).toBe(before);
    }), { numRuns: 60 });
  });
});

const SPX_FILE = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'market', 'SPX_History.csv');
if (!existsSync(SPX_FILE)) console.log(`skipping the real SPX_History.csv import check: ${SPX_FILE} is not beside the checkout`);

describe.skipIf(!existsSync(SPX_FILE))('the real SPX_History.csv (24,746 rows, 1927–2026)', () => {
  it('imports as the row-by-row import did: same counts and revision JSON; undo leaves the tables empty again', async () => {
    const csv = readFileSync(SPX_FILE, 'utf8');
    const parsed = parseMarketCsvByRecords(csv);
    if (!parsed.ok) throw new Error('SPX_History.csv did not parse');
    const reference = planImportByRows({ symbol: 'SPX', closes: parsed.closes, stored: new Map(), storedDates: [], other: new Map(), tolerancePct: 2 });
    const t = tempBackend();
    try {
      const empty = barsDump(t);
      const summary = await t.backend.send('market/import', { symbol: 'SPX', csv, fileName: 'SPX_History.csv' });
      expect([summary.rows, summary.added, summary.skipped, summary.refusals]).toEqual([parsed.closes.length, reference.added, reference.skipped, []]);
      const json = t.backend.context.db.prepare('SELECT changes FROM market_revisions WHERE id = ?').pluck().get(summary.revisionId);
      expect(json).toBe(storedJson(reference.changes));
      await t.backend.send('market/undo', { symbol: 'SPX' });
      expect(barsDump(t)).toBe(empty);
    } finally {
      t.cleanup();
    }
  });
});

/**
 * Small committed slices of CBOE's history (2026-01-02 … 2026-07-09, layout DATE,OPEN,HIGH,LOW,CLOSE)
 * and the hand-made bad files derived from them, for the market trust tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../backend';

/** SPX_History.csv rows of 2026 (129 trading days). */
export const SPX_2026 = readFileSync(join(__dirname, 'fixtures', 'spx-2026h1.csv'), 'utf8');
/** VIX_History.csv rows of 2026 (132 rows: 127 trading days + 5 NYSE holidays CBOE published values on). */
export const VIX_2026 = readFileSync(join(__dirname, 'fixtures', 'vix-2026h1.csv'), 'utf8');

const lines = (csv: string) => csv.trim().split(/\r?\n/);

/** Each close moved to the next row's date (and the last row dropped): dates shifted one trading day late. */
export function shiftedDates(csv: string): string {
  const [header, ...rows] = lines(csv);
  const cells = rows.map((row) => row.split(','));
  const shifted = cells.slice(0, -1).map((row, i) => [cells[i + 1]?.[0] ?? '', ...row.slice(1)].join(','));
  return `${[header, ...shifted].join('\n')}\n`;
}

/** The OPEN column copied into CLOSE: a file of opens labelled as closes. */
export function opensAsCloses(csv: string): string {
  const [header, ...rows] = lines(csv);
  return `${[header, ...rows.map((row) => { const c = row.split(','); return [c[0], c[1], c[2], c[3], c[1]].join(','); })].join('\n')}\n`;
}

/** Every close × factor (a different series at a similar level). */
export function scaledCloses(csv: string, factor: number): string {
  const [header, ...rows] = lines(csv);
  return `${[header, ...rows.map((row) => { const c = row.split(','); return [...c.slice(0, 4), (Number(c[4]) * factor).toFixed(2)].join(','); })].join('\n')}\n`;
}

/** Closes replaced on the given MM/DD/YYYY dates (a few corrupt rows). */
export function withCloses(csv: string, replaced: Record<string, string>): string {
  return `${lines(csv).map((row) => { const c = row.split(','); const v = replaced[c[0] ?? '']; return v === undefined ? row : [...c.slice(0, 4), v].join(','); }).join('\n')}\n`;
}

/** Every market table's rows exactly as stored, as one string: byte-identical means unchanged. */
export function marketTables(backend: Backend): string {
  const { db } = backend.context;
  return ['market_bars', 'market_revisions'].map((table) => `${table}:${JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all())}`).join('\n');
}

/** The closes alone (what undo restores byte-identically). */
export function marketBars(backend: Backend): string {
  return JSON.stringify(backend.context.db.prepare('SELECT * FROM market_bars ORDER BY symbol, date').raw().all());
}

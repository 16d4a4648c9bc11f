/**
 * The trader scrubbing the as-of date (issue 13): `dashboard/get` at 200 random dates across the
 * ten-year journal, each a date not asked before (no memo hit), p95 against one frame. Each call
 * rebuilds the book on that date: the layers alive then from their tickets ≤ D, the closed
 * history before D, the closes up to D.
 */
import type { Backend } from '../electron/backend/backend';
import { addDays, daysBetween } from '../shared/dates';
import { formatTable, type TableRow } from './stats';

const FRAME_MS = 16;
const DATES = 200;

/** A seeded LCG so every run scrubs the same dates. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function runAsOfScrubBench(backend: Backend, portfolioId: number, asOf: string): Promise<TableRow[]> {
  const first = (await backend.send('layer/list', { portfolioId, status: 'all' })).reduce((min, l) => (l.openedOn < min ? l.openedOn : min), asOf);
  const span = daysBetween(first, asOf);
  const random = seeded(13);
  const dates = new Set<string>();
  while (dates.size < DATES) dates.add(addDays(first, Math.floor(random() * (span + 1))));
  const samples: number[] = [];
  let layersSeen = 0;
  for (const date of dates) {
    const start = performance.now();
    const d = await backend.send('dashboard/get', { portfolioId, asOf: date });
    samples.push(performance.now() - start);
    layersSeen += d.layers.length;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const rows: TableRow[] = [{ label: `dashboard/get at ${DATES} random cold as-of dates (${first} … ${asOf})`, timing: { p50: at(0.5), p95: at(0.95), runs: samples.length }, targetMs: FRAME_MS }];
  console.log(formatTable(rows));
  console.log(`(${(layersSeen / DATES).toFixed(1)} layers on the dashboard per date on average; max ${at(1).toFixed(1)} ms)`);
  return rows;
}

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

export async function runAsOfScrubBench(backend: Backend, portfolioId: number, asOf: string, label = 'dashboard/get'): Promise<TableRow[]> {
  const first = (await backend.send('layer/list', { portfolioId, status: 'all' })).reduce((min, l) => (l.openedOn < min ? l.openedOn : min), asOf);
  const span = daysBetween(first, asOf);
  const random = seeded(13);
  const dates = new Set<string>();
  while (dates.size < DATES) dates.add(addDays(first, Math.floor(random() * (span + 1))));
  const samples: number[] = [];
  // CPU time of this process per call: on a machine others load, wall-clock time also counts their turns.
  const cpuSamples: number[] = [];
  let layersSeen = 0;
  for (const date of dates) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const d = await backend.send('dashboard/get', { portfolioId, asOf: date });
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
    layersSeen += d.layers.length;
  }
  const at = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
  const rows: TableRow[] = [{ label: `${label} at ${DATES} random cold as-of dates (${first} … ${asOf})`, timing: { p50: at(samples, 0.5), p95: at(samples, 0.95), runs: samples.length }, targetMs: FRAME_MS }];
  console.log(formatTable(rows));
  console.log(`(${(layersSeen / DATES).toFixed(1)} layers on the dashboard per date on average; max ${at(samples, 1).toFixed(1)} ms; CPU time p50 ${at(cpuSamples, 0.5).toFixed(1)} / p95 ${at(cpuSamples, 0.95).toFixed(1)} ms)`);
  return rows;
}

/** Timing helpers for the benchmarks: repeated runs reported as p50 / p95 in milliseconds. */
import { sampleMemory } from './memory';

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export async function timeRuns(runs: number, fn: () => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
    sampleMemory();
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), runs };
}

export function formatTiming(label: string, t: Timing): string {
  return `${label.padEnd(44)} p50 ${t.p50.toFixed(2).padStart(8)} ms   p95 ${t.p95.toFixed(2).padStart(8)} ms   (${t.runs} runs)`;
}

export interface TableRow {
  label: string;
  timing: Timing;
  /** p95 above this (ms) is flagged; the UI target is one frame, 16 ms. */
  targetMs?: number;
}

/** A fixed-width table of p50 / p95 per operation, flagging any p95 over its target. */
export function formatTable(rows: readonly TableRow[]): string {
  const width = Math.max(9, ...rows.map((r) => r.label.length));
  const head = `${'operation'.padEnd(width)}  ${'runs'.padStart(5)}  ${'p50 ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  target`;
  const lines = rows.map(({ label, timing, targetMs }) => {
    const verdict = targetMs === undefined ? '' : timing.p95 <= targetMs ? `p95 < ${targetMs} ms ok` : `p95 > ${targetMs} ms MISSED`;
    return `${label.padEnd(width)}  ${String(timing.runs).padStart(5)}  ${timing.p50.toFixed(2).padStart(9)}  ${timing.p95.toFixed(2).padStart(9)}  ${verdict}`;
  });
  return [head, '-'.repeat(head.length + 12), ...lines].join('\n');
}

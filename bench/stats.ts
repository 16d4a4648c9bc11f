/** Timing helpers for the benchmarks: repeated runs reported as p50 / p95 in milliseconds. */
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
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), runs };
}

export function formatTiming(label: string, t: Timing): string {
  return `${label.padEnd(44)} p50 ${t.p50.toFixed(2).padStart(8)} ms   p95 ${t.p95.toFixed(2).padStart(8)} ms   (${t.runs} runs)`;
}

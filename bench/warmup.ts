/**
 * The start-up warm-up (services/cache-warmup.ts) on the ten-year journal: how long each slice
 * holds the main process, how long the whole warm-up takes in the background, and what the first
 * visit to Performance then costs (without it: every layer derived at once, ~0.5 s).
 */
import { createBackend } from '../electron/backend/backend';
import { warmCachesInBackground } from '../electron/backend/services/cache-warmup';

export async function runWarmupBench(dbPath: string, portfolioId: number, now: () => Date): Promise<void> {
  const cold = createBackend({ dbPath, now });
  let start = performance.now();
  await cold.send('performance/get', { portfolioId });
  const coldMs = performance.now() - start;
  cold.close();

  const backend = createBackend({ dbPath, now });
  try {
    const slices: number[] = [];
    start = performance.now();
    const warmup = warmCachesInBackground(backend, {
      schedule: (next) => setImmediate(() => {
        const sliceStart = performance.now();
        next();
        slices.push(performance.now() - sliceStart);
      }),
    });
    await warmup.done;
    const totalMs = performance.now() - start;
    const sorted = [...slices].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    start = performance.now();
    await backend.send('performance/get', { portfolioId });
    const warmMs = performance.now() - start;
    console.log(`performance/get first call without the start-up warm-up: ${coldMs.toFixed(0)} ms on the main process`);
    console.log(`start-up warm-up: ${slices.length} slices in ${totalMs.toFixed(0)} ms (first slice ${(slices[0] ?? 0).toFixed(1)} ms: reads every layer row; p50 ${at(0.5).toFixed(1)}, p95 ${at(0.95).toFixed(1)}, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms); first performance/get after it: ${warmMs.toFixed(1)} ms`);
  } finally {
    backend.close();
  }
}

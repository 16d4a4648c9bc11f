/**
 * Peak memory of a bench run: the RSS high-water mark sampled between measured operations (a
 * synchronous handler cannot be interrupted by a timer, so timeRuns samples after each run),
 * and the kernel's own maximum (`process.resourceUsage().maxRSS`, which catches peaks inside
 * a single synchronous call).
 */
let peakRss = 0;

/** Records the current RSS if it is the highest seen. Cheap enough to call after every run. */
export function sampleMemory(): void {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
}

/** Samples every `intervalMs` while async work (worker threads, file I/O) runs; returns a stop function. */
export function sampleMemoryEvery(intervalMs = 25): () => void {
  const timer = setInterval(sampleMemory, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

export function memoryReport(): string {
  sampleMemory();
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  return `peak memory: sampled RSS high-water mark ${mib(peakRss)}; kernel maxRSS ${mib(process.resourceUsage().maxRSS * 1024)}; heap now ${mib(process.memoryUsage().heapUsed)}`;
}

/** Current RSS, for attributing the peak to a stage. */
export function rssNow(): string {
  sampleMemory();
  return `RSS ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB`;
}

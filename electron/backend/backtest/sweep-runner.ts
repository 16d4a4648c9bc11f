/**
 * Runs many backtests across worker threads. Each worker (sweep-worker.ts, bundled to
 * dist/sweep-worker.cjs) parses the closes once, then takes jobs one at a time as it frees up;
 * results come back in job order whatever the scheduling. Cancelling through an AbortSignal
 * terminates the workers and rejects.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SweepJob, SweepJobResult, SweepReply, SweepRequest, SweepWorkerData } from './sweep-protocol';

export type { SweepJob, SweepJobResult } from './sweep-protocol';

export interface SweepRunInput {
  /** SPX_History.csv / VIX_History.csv text (each worker parses them once). */
  spxCsv: string;
  vixCsv: string;
  jobs: readonly SweepJob[];
  /** Worker threads (default os.availableParallelism(), never more than the jobs). */
  workers?: number;
  /** The bundled worker script (default {@link defaultSweepWorkerFile}). */
  workerFile?: string;
  /** Called after each finished job. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates every worker and rejects with "sweep cancelled …". */
  signal?: AbortSignal;
}

/** ALVH_SWEEP_WORKER, else sweep-worker.cjs beside the running bundle (dist/cli.cjs, dist/bench.cjs). */
export function defaultSweepWorkerFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.ALVH_SWEEP_WORKER ?? join(__dirname, 'sweep-worker.cjs');
}

/** Runs every job; resolves with results[i] for jobs[i]. */
export function runSweep(input: SweepRunInput): Promise<SweepJobResult[]> {
  const total = input.jobs.length;
  const { signal } = input;
  if (signal?.aborted) return Promise.reject(new Error(`sweep cancelled before it started (0 of ${total} runs done)`));
  if (total === 0) return Promise.resolve([]);
  const count = Math.max(1, Math.min(input.workers ?? availableParallelism(), total));
  const workerData: SweepWorkerData = { spxCsv: input.spxCsv, vixCsv: input.vixCsv };
  const file = input.workerFile ?? defaultSweepWorkerFile();

  return new Promise((resolve, reject) => {
    const results: (SweepJobResult | undefined)[] = new Array<SweepJobResult | undefined>(total);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;

    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results as SweepJobResult[]);
    };
    function onAbort() {
      finish(new Error(`sweep cancelled after ${done} of ${total} runs`));
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    const dispatch = (worker: Worker) => {
      if (next >= total) return;
      const index = next;
      next += 1;
      const job = input.jobs[index];
      const request: SweepRequest = { index, job: job as SweepJob };
      worker.postMessage(request);
    };

    for (let i = 0; i < count; i += 1) {
      const worker = new Worker(file, { workerData });
      workers.push(worker);
      worker.on('message', (reply: SweepReply) => {
        if (settled) return;
        if (!reply.ok) return finish(new Error(`sweep run ${reply.index + 1} of ${total} failed: ${reply.error}`));
        results[reply.index] = reply.result;
        done += 1;
        input.onProgress?.(done, total);
        if (done === total) return finish(null);
        dispatch(worker);
      });
      worker.on('error', (error) => finish(new Error(`sweep worker failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`sweep worker exited early (code ${code}) after ${done} of ${total} runs`));
      });
      dispatch(worker);
    }
  });
}

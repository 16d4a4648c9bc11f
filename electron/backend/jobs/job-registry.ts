/**
 * Keeps the long jobs of one backend: each runs as a promise with a progress callback and
 * an AbortSignal; `status` is what `job/status` returns. Finished jobs are kept (the newest
 * {@link KEEP_FINISHED}) so a UI that polls late still reads the result once.
 */
import { ApiError } from '../../../shared/api/errors';
import type { JobStatus } from '../../../shared/api/jobs';

export interface JobControl {
  /** Records progress; `phase` keeps its previous value when omitted. */
  progress(done: number, total: number, phase?: string): void;
  /** Aborted by `job/cancel`; long loops check it between units of work. */
  signal: AbortSignal;
}

export type JobWork<Result> = (control: JobControl) => Promise<Result>;

const KEEP_FINISHED = 20;

interface Entry {
  status: JobStatus;
  started: number;
  abort: AbortController;
}

export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();
  private nextId = 1;

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts `work` on the next tick and returns its first status. */
  start<Result>(kind: string, work: JobWork<Result>, phase = 'Starting'): JobStatus<Result> {
    const id = `job-${this.nextId++}`;
    const abort = new AbortController();
    const started = this.now();
    const entry: Entry = {
      status: { id, kind, state: 'running', done: 0, total: 0, phase, startedAt: new Date(started).toISOString(), elapsedMs: 0, result: null, error: null },
      started,
      abort,
    };
    this.jobs.set(id, entry);
    const control: JobControl = {
      signal: abort.signal,
      progress: (done, total, nextPhase) => {
        if (entry.status.state !== 'running') return;
        entry.status.done = done;
        entry.status.total = total;
        if (nextPhase !== undefined) entry.status.phase = nextPhase;
      },
    };
    void Promise.resolve()
      .then(() => work(control))
      .then(
        (result) => this.finish(entry, abort.signal.aborted ? 'cancelled' : 'done', result, null),
        (error: unknown) => this.finish(entry, abort.signal.aborted ? 'cancelled' : 'failed', null, error),
      );
    return this.snapshot(entry) as JobStatus<Result>;
  }

  status(id: string): JobStatus {
    return this.snapshot(this.entry(id));
  }

  cancel(id: string): JobStatus {
    const entry = this.entry(id);
    if (entry.status.state === 'running') {
      entry.status.phase = 'Cancelling';
      entry.abort.abort();
    }
    return this.snapshot(entry);
  }

  /** Aborts everything still running (backend shutdown). */
  cancelAll(): void {
    for (const entry of this.jobs.values()) if (entry.status.state === 'running') entry.abort.abort();
  }

  private entry(id: string): Entry {
    const entry = this.jobs.get(id);
    if (!entry) throw new ApiError('not_found', `No job ${id} (jobs are forgotten when the app restarts)`);
    return entry;
  }

  private snapshot(entry: Entry): JobStatus {
    const elapsedMs = entry.status.state === 'running' ? this.now() - entry.started : entry.status.elapsedMs;
    return { ...entry.status, elapsedMs };
  }

  private finish(entry: Entry, state: JobStatus['state'], result: unknown, error: unknown): void {
    entry.status.elapsedMs = this.now() - entry.started;
    entry.status.state = state;
    entry.status.result = state === 'done' ? result : null;
    if (state === 'cancelled') entry.status.error = { code: 'cancelled', message: `Cancelled after ${entry.status.done} of ${entry.status.total}` };
    else if (state === 'failed') entry.status.error = error instanceof ApiError ? error.toBody() : { code: 'internal', message: `${entry.status.kind} failed: ${error instanceof Error ? error.message : String(error)}` };
    if (state !== 'failed') entry.status.phase = state === 'done' ? 'Finished' : 'Cancelled';
    this.forgetOldFinished();
  }

  private forgetOldFinished(): void {
    const finished = [...this.jobs.values()].filter((e) => e.status.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(old.status.id);
  }
}

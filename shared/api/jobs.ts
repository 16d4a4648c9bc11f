/**
 * Long work (PDF reports, restores, backtests, parameter sweeps) runs as a job: the task
 * that starts it returns a {@link JobStatus} at once, and the UI polls `job/status` to draw
 * progress and offers `job/cancel`. Polling works the same over IPC and the browser host.
 */
import type { ApiErrorBody } from './errors';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus<Result = unknown> {
  id: string;
  /** What the job does, e.g. "report/pdf", "backtest/sweep". */
  kind: string;
  state: JobState;
  /** Units finished out of `total` (0 of 0 while the size is unknown). */
  done: number;
  total: number;
  /** A short description of the current step, e.g. "Drawing the payoff chart". */
  phase: string;
  startedAt: string;
  elapsedMs: number;
  /** Set once `state` is "done". */
  result: Result | null;
  /** Set once `state` is "failed" (or "cancelled", with what was done). */
  error: ApiErrorBody | null;
}

export function isFinished(status: JobStatus): boolean {
  return status.state !== 'running';
}

import type { JobStatus } from '../../../shared/api/jobs';
import type { JobRunner } from '../api/use-job';

function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Elapsed × (remaining ÷ done): a fair guess once a few units are done; null before the first. */
export function etaMs(status: JobStatus): number | null {
  if (status.done <= 0 || status.total <= 0 || status.done >= status.total) return null;
  return (status.elapsedMs / status.done) * (status.total - status.done);
}

interface JobProgressProps {
  job: JobRunner;
  /** Names the progress bar for screen readers, e.g. "Backtest progress". */
  label: string;
  testId: string;
}

/**
 * A running job (backtest, sweep, report, restore): a progress bar (indeterminate until the size
 * is known), done/total, phase, elapsed, ETA, and Cancel. Nothing while no job runs.
 */
export function JobProgress({ job, label, testId }: JobProgressProps) {
  const { status } = job;
  if (!job.running || status === null) return null;
  const known = status.total > 0;
  const eta = etaMs(status);
  return (
    <div className="job-progress" data-testid={testId} role="status" aria-live="polite">
      <progress max={known ? status.total : undefined} value={known ? status.done : undefined} aria-label={label} />
      <span className="job-progress-text">
        {known ? <strong data-testid={`${testId}-count`}>{status.done} of {status.total}</strong> : null}
        <span>{status.phase}</span>
        <span>elapsed {seconds(status.elapsedMs)}</span>
        {eta !== null ? <span>about {seconds(eta)} left</span> : null}
      </span>
      <button type="button" className="button button-small" onClick={job.cancel} disabled={status.phase === 'Cancelling'}>Cancel</button>
    </div>
  );
}

import type { JobStatus } from '../../../../shared/api/jobs';

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
  status: JobStatus;
  onCancel(): void;
  label: string;
  testId: string;
}

/** A running job: a progress bar (indeterminate until the size is known), done/total, elapsed, ETA, and Cancel. */
export function JobProgress({ status, onCancel, label, testId }: JobProgressProps) {
  const known = status.total > 0;
  const eta = etaMs(status);
  return (
    <div className="bt-progress" data-testid={testId} role="status" aria-live="polite">
      <progress max={known ? status.total : undefined} value={known ? status.done : undefined} aria-label={label} />
      <span className="bt-progress-text">
        {known ? <strong data-testid={`${testId}-count`}>{status.done} of {status.total}</strong> : null}
        <span>{status.phase}</span>
        <span>elapsed {seconds(status.elapsedMs)}</span>
        {eta !== null ? <span>about {seconds(eta)} left</span> : null}
      </span>
      <button type="button" className="button button-small" onClick={onCancel} disabled={status.phase === 'Cancelling'}>Cancel</button>
    </div>
  );
}

import type { JobRunner } from '../api/use-job';
import { describeJob } from '../api/use-job';

/** One line under a running job: "2 of 3 · Drawing the PDF · 0.4 s" and a Cancel button. */
export function JobProgress({ job, testId }: { job: JobRunner; testId?: string }) {
  if (!job.running || job.status === null) return null;
  return (
    <p className="job-progress" role="status" data-testid={testId}>
      <span>{describeJob(job.status)}</span>
      <button type="button" className="button button-small button-quiet" onClick={job.cancel}>Cancel</button>
    </p>
  );
}

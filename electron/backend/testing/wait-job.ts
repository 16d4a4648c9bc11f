/** Test helper: polls `job/status` until the job finishes; returns the final status. */
import type { JobStatus } from '../../../shared/api/jobs';
import type { Backend } from '../backend';

export async function waitJob<Result>(backend: Pick<Backend, 'send'>, started: JobStatus<Result>): Promise<JobStatus<Result>> {
  let status: JobStatus = started;
  for (let i = 0; status.state === 'running'; i += 1) {
    if (i > 2000) throw new Error(`job ${status.id} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    status = await backend.send('job/status', { jobId: status.id });
  }
  return status as JobStatus<Result>;
}

import type { TaskMap } from './task';

export const jobTasks: Pick<TaskMap, 'job/status' | 'job/cancel'> = {
  'job/status': async ({ jobId }, { jobs }) => jobs.status(jobId),
  'job/cancel': async ({ jobId }, { jobs }) => jobs.cancel(jobId),
};

/**
 * Runs a backend job (see shared/api/jobs.ts): starts it, polls `job/status` to show
 * progress, and resolves with the result — or throws the job's error, including a
 * cancellation. One job at a time per hook; `cancel` asks the backend to stop it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import type { JobStatus } from '../../../shared/api/jobs';
import { api } from './transport';

const POLL_MS = 150;

export interface JobRunner {
  /** The latest status while running and after it finishes (null before the first run). */
  status: JobStatus | null;
  running: boolean;
  run<Result>(start: () => Promise<JobStatus<Result>>): Promise<Result>;
  cancel(): void;
}

export function useJob(): JobRunner {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <Result,>(start: () => Promise<JobStatus<Result>>): Promise<Result> => {
    let latest: JobStatus = await start();
    current.current = latest.id;
    if (mounted.current) setStatus(latest);
    while (latest.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      latest = await api.send('job/status', { jobId: latest.id });
      if (mounted.current) setStatus(latest);
    }
    current.current = null;
    if (latest.state === 'done') return latest.result as Result;
    const error = latest.error ?? { code: 'internal' as const, message: `${latest.kind} stopped` };
    throw new ApiError(error.code, error.message, error.issues ?? []);
  }, []);

  const cancel = useCallback(() => {
    const id = current.current;
    if (id) void api.send('job/cancel', { jobId: id }).then((s) => mounted.current && setStatus(s), () => undefined);
  }, []);

  return { status, running: status?.state === 'running', run, cancel };
}

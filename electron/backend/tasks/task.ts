import type { ApiParsedInput, ApiResult, OperationName, TaskName } from '../../../shared/api/contract';
import type { BackendContext } from '../context';
import type { JobRegistry } from '../jobs/job-registry';

/** What a task may use: the context, the typed backend (so it can reuse query operations), the jobs. */
export interface TaskEnv {
  ctx: BackendContext;
  /** Calls a query or task through the dispatcher (validation + one transaction per call). */
  send<K extends OperationName>(name: K, input: unknown): Promise<ApiResult<K>>;
  jobs: JobRegistry;
}

/**
 * An async operation that owns its transactions: file output (reports, backups), restores
 * and long jobs. It must leave the database unchanged when it fails (one transaction for
 * any write it makes).
 */
export type TaskHandler<K extends TaskName> = (input: ApiParsedInput<K>, env: TaskEnv) => Promise<ApiResult<K>>;

export type TaskMap<K extends TaskName = TaskName> = { [N in K]: TaskHandler<N> };

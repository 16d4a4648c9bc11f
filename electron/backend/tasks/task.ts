import type { ApiInput, ApiParsedInput, ApiResult, OperationName, TaskName } from '../../../shared/api/contract';
import type { BackendContext } from '../context';
import type { ImplementedBy } from '../handlers/handler';
import type { JobRegistry } from '../jobs/job-registry';

/** What a task may use: the context, the typed backend (so it can reuse query operations), the jobs. */
export interface TaskEnv {
  ctx: BackendContext;
  /** Calls a query or task through the dispatcher (validation + one transaction per call). */
  send<K extends OperationName>(name: K, input: ApiInput<K>): Promise<ApiResult<K>>;
  jobs: JobRegistry;
  /** How long a write waits for another program's write lock (the backend's `busyWaitMs`). */
  busyWaitMs: number;
}

/**
 * An async operation that owns its transactions: file output (reports, backups), restores
 * and long jobs. It must leave the database unchanged when it fails (one transaction for
 * any write it makes).
 */
export type TaskHandler<K extends TaskName> = (input: ApiParsedInput<K>, env: TaskEnv) => Promise<ApiResult<K>>;

export type TaskMap<K extends TaskName = TaskName> = { [N in K]: TaskHandler<N> };

/**
 * The full {@link TaskMap} when `Maps` implement every task of the contract, otherwise an
 * object naming the missing ones (a compile error where it is assigned).
 */
export type MergedTasks<Maps extends readonly object[]> =
  [Exclude<TaskName, ImplementedBy<Maps>>] extends [never] ? TaskMap : { noTaskHandlerFor: Exclude<TaskName, ImplementedBy<Maps>> };

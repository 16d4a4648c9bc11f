import { ApiError } from '../../../shared/api/errors';
import type { TaskMap } from './task';

/**
 * The healthy side of recovery: a backend exists only when the journal opened, so health is
 * "ok" and there is nothing to recover. The recovery session (backend/session/) answers these
 * two itself when the journal could not be opened.
 */
export const recoveryTasks: Pick<TaskMap, 'app/health' | 'recovery/restoreLatest'> = {
  'app/health': async () => ({ state: 'ok' }),
  'recovery/restoreLatest': async () => {
    throw new ApiError('conflict', 'The journal is open and readable; there is nothing to recover. To go back to a backup, use Reports & backups → Restore.');
  },
};

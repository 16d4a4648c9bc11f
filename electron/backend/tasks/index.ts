import { TASK_NAMES, type TaskName } from '../../../shared/api/contract';
import { backupTasks } from './backup-tasks';
import { backupInspectTask } from './backup-inspect-task';
import { backtestTasks } from './backtest-tasks';
import { importTasks } from './import-tasks';
import { jobTasks } from './job-tasks';
import { recoveryTasks } from './recovery-tasks';
import { reportTasks } from './report-tasks';
import type { MergedTasks, TaskMap } from './task';

const domains = [jobTasks, backtestTasks, reportTasks, backupTasks, backupInspectTask, recoveryTasks, importTasks] as const;

/**
 * Merges the task maps. A contract task with no handler is a compile error (see
 * {@link MergedTasks}); a name defined twice fails at start-up, not at call time.
 */
function mergeTasks<const Maps extends readonly Partial<TaskMap>[]>(maps: Maps): MergedTasks<Maps> {
  const merged: Partial<Record<TaskName, unknown>> = {};
  for (const map of maps) {
    for (const name of Object.keys(map) as TaskName[]) {
      if (name in merged) throw new Error(`Task ${name} is defined twice`);
      merged[name] = map[name];
    }
  }
  const missing = TASK_NAMES.filter((name) => !(name in merged));
  if (missing.length > 0) throw new Error(`No task handler for ${missing.join(', ')}`);
  return merged as MergedTasks<Maps>;
}

export const tasks: TaskMap = mergeTasks(domains);

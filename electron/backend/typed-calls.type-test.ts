/**
 * Compile-only checks (run by `tsc -b`, never executed): in-process calls are typed from the
 * contract, and the handler and task maps must cover every operation. Each `@ts-expect-error`
 * fails the type check if the line below it ever compiles again.
 */
import type { HandlerMap, MergedHandlers } from './handlers/handler';
import type { appHandlers } from './handlers/app-handlers';
import type { Backend } from './backend';
import type { MergedTasks, TaskEnv, TaskMap } from './tasks/task';
import type { jobTasks } from './tasks/job-tasks';

declare const backend: Backend;
declare const env: TaskEnv;

export async function typedSend(): Promise<void> {
  const closeTicket = { layerId: 1, date: '2026-06-20', action: 'close', netPriceHundredths: -400 } as const;
  await backend.send('ticket/add', closeTicket);
  // @ts-expect-error a renamed field (layerId → layerIdx) no longer compiles
  await backend.send('ticket/add', { layerIdx: 1, date: '2026-06-20', action: 'close', netPriceHundredths: -400 });
  // @ts-expect-error an extra, unknown field
  await backend.send('layer/get', { layerId: 1, portfolio: 1 });
  // @ts-expect-error a field of the wrong type
  await backend.send('layer/get', { layerId: '1' });
  // @ts-expect-error an operation that is not in the contract
  await backend.send('layer/archive', { layerId: 1 });
  // Tasks reuse queries through the same typed send.
  await env.send('layer/get', { layerId: 1 });
  // @ts-expect-error the task environment's send is typed too
  await env.send('layer/get', { layerIdx: 1 });
  // The named escape for validation tests takes anything.
  await backend.sendUnchecked('layer/get', { layerIdx: 1 });
}

// A merge of domain maps that leaves a contract operation without a handler does not compile.
declare const onlyAppHandlers: MergedHandlers<[typeof appHandlers]>;
// @ts-expect-error every query but app/info is missing a handler
export const incompleteHandlers: HandlerMap = onlyAppHandlers;
declare const onlyJobTasks: MergedTasks<[typeof jobTasks]>;
// @ts-expect-error every task but job/* is missing a handler
export const incompleteTasks: TaskMap = onlyJobTasks;

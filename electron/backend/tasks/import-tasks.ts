import { importTastytradeInBatches } from '../services/tastytrade-batched-import';
import type { TaskMap } from './task';

/** The tastytrade import writes in batches of whole orders, each its own transaction (a long file never holds the journal). */
export const importTasks: Pick<TaskMap, 'import/tastytradeApply'> = {
  'import/tastytradeApply': (input, { ctx, busyWaitMs }) => importTastytradeInBatches(ctx, input, { busyWaitMs }),
};

import { QUERY_NAMES, type QueryName } from '../../../shared/api/contract';
import { appHandlers } from './app-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { importHandlers } from './import-handlers';
import type { HandlerMap, MergedHandlers } from './handler';
import { journalHandlers } from './journal-handlers';
import { layerHandlers } from './layer-handlers';
import { marketHandlers } from './market-handlers';
import { smileHandlers } from './smile-handlers';
import { performanceHandlers } from './performance-handlers';
import { portfolioHandlers } from './portfolio-handlers';
import { proposalHandlers } from './proposal-handlers';
import { rulesHandlers } from './rules-handlers';
import { ticketHandlers } from './ticket-handlers';
import { timelineHandlers } from './timeline-handlers';

const domains = [
  appHandlers, portfolioHandlers, layerHandlers, ticketHandlers, marketHandlers, journalHandlers,
  rulesHandlers, dashboardHandlers, performanceHandlers, importHandlers, timelineHandlers,
  smileHandlers, proposalHandlers,
] as const;

/**
 * Merges the domain maps. A contract query with no handler is a compile error (see
 * {@link MergedHandlers}); a name defined twice fails at start-up, not at call time.
 */
function mergeHandlers<const Maps extends readonly Partial<HandlerMap>[]>(maps: Maps): MergedHandlers<Maps> {
  const merged: Partial<Record<QueryName, unknown>> = {};
  for (const map of maps) {
    for (const name of Object.keys(map) as QueryName[]) {
      if (name in merged) throw new Error(`Handler ${name} is defined twice`);
      merged[name] = map[name];
    }
  }
  const missing = QUERY_NAMES.filter((name) => !(name in merged));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
  return merged as MergedHandlers<Maps>;
}

export const handlers: HandlerMap = mergeHandlers(domains);

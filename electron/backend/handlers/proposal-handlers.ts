import { entryProposal } from '../../../shared/rules';
import { listLayersActiveOn } from '../repos/layers';
import { preparedMarket } from '../services/market-cache';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';

/** What the "Add iron condor" form starts from: the prompts' own model condor for that date. */
export const proposalHandlers: HandlerMap<'layer/proposeCondor'> = {
  'layer/proposeCondor': ({ portfolioId, asOf, role }, ctx) => {
    const portfolio = requirePortfolio(ctx.db, portfolioId);
    const openCondors = listLayersActiveOn(ctx.db, portfolioId, asOf, asOf)
      .filter((layer) => layer.strikes !== null && layer.openedOn <= asOf && (layer.closedOn === null || layer.closedOn > asOf)).length;
    return entryProposal(preparedMarket(ctx.db, portfolio.settings), portfolio.settings, portfolio.riskCapitalCents, asOf, role, openCondors);
  },
};

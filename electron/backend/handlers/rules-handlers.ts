import { RULE_IDS, type RuleId } from '../../../shared/domain/settings';
import type { Portfolio } from '../../../shared/domain/types';
import { evaluateRules, type RulesDecision, type RulesResult } from '../../../shared/rules';
import type { BackendContext } from '../context';
import { memoUntilWrite } from '../db/memo';
import { listDecisions, listEvents, listMarksOfLayers } from '../repos/journal';
import { listLayersActiveOn } from '../repos/layers';
import { preparedMarket } from '../services/market-cache';
import { storedSettlementPrice } from '../services/book-state';
import { today } from '../context';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';

export const rulesHandlers: HandlerMap<'rules/prompts'> = {
  'rules/prompts': ({ portfolioId, asOf }, ctx) => {
    const portfolio = requirePortfolio(ctx.db, portfolioId);
    const date = asOf ?? today(ctx);
    // The dashboard asks on every visit; until the next write the answer is the same.
    return memoUntilWrite(ctx.db, `rules/prompts/${portfolioId}/${date}`, () => evaluatePrompts(ctx, portfolio, date));
  },
};

function evaluatePrompts(ctx: BackendContext, portfolio: Portfolio, date: string): RulesResult & { asOf: string } {
  const portfolioId = portfolio.id;
  const decisions: RulesDecision[] = listDecisions(ctx.db, portfolioId)
    .filter((d): d is typeof d & { ruleId: RuleId } => (RULE_IDS as readonly string[]).includes(d.ruleId))
    .map((d) => ({ ruleId: d.ruleId, subject: d.subject, decision: d.decision, snoozeUntil: d.snoozeUntil, evaluatedOn: d.evaluatedOn }));
  // Layers closed before the date cannot fire a rule on it.
  const layers = listLayersActiveOn(ctx.db, portfolioId, date, date);
  const result = evaluateRules(
    {
      asOf: date,
      riskCapitalCents: portfolio.riskCapitalCents,
      settings: portfolio.settings,
      layers,
      marks: listMarksOfLayers(ctx.db, layers.map((l) => l.id)),
      events: listEvents(ctx.db),
      decisions,
      settlementPrice: storedSettlementPrice(ctx.db),
    },
    preparedMarket(ctx.db, portfolio.settings),
  );
  return { asOf: date, ...result };
}

import { RULE_IDS, type RuleId } from '../../../shared/domain/settings';
import { evaluateRules, type RulesDecision } from '../../../shared/rules';
import { listDecisions, listEvents, listPortfolioMarks } from '../repos/journal';
import { listLayersActiveOn } from '../repos/layers';
import { preparedMarket } from '../services/market-cache';
import { today } from '../services/layer-service';
import type { HandlerMap } from './handler';
import { requirePortfolio } from './portfolio-handlers';

export const rulesHandlers: HandlerMap<'rules/prompts'> = {
  'rules/prompts': ({ portfolioId, asOf }, ctx) => {
    const portfolio = requirePortfolio(ctx.db, portfolioId);
    const date = asOf ?? today(ctx);
    const decisions: RulesDecision[] = listDecisions(ctx.db, portfolioId)
      .filter((d): d is typeof d & { ruleId: RuleId } => (RULE_IDS as readonly string[]).includes(d.ruleId))
      .map((d) => ({ ruleId: d.ruleId, subject: d.subject, decision: d.decision, snoozeUntil: d.snoozeUntil, evaluatedOn: d.evaluatedOn }));
    const result = evaluateRules(
      {
        asOf: date,
        riskCapitalCents: portfolio.riskCapitalCents,
        settings: portfolio.settings,
        // Layers closed before the date cannot fire a rule on it.
        layers: listLayersActiveOn(ctx.db, portfolioId, date, date),
        marks: listPortfolioMarks(ctx.db, portfolioId),
        events: listEvents(ctx.db),
        decisions,
      },
      preparedMarket(ctx.db, portfolio.settings),
    );
    return { asOf: date, ...result };
  },
};

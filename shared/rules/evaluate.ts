/**
 * The engine: one evaluation date in, the prompts that fire out. Pure and deterministic —
 * no clock, no randomness; market bars, tickets, marks and decisions dated after asOf are
 * never read (scheduled events inside the guard window are read: they are known ahead).
 */
import { RULE_IDS, type RuleId } from '../domain/settings';
import { applyDecisions, promptKey } from './decisions';
import type { MarketContext } from './market-context';
import { buildContext } from './rule-context';
import { lastIndexOnOrBefore } from './market-snapshot';
import { marketDataEnds as dataEndsBefore } from '../domain/market-data-ends';
import { RULES } from './rules/registry';
import type { Prompt, RulesInput, RulesResult, Severity, Unavailable } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

function ruleOrder(rule: RuleId): number {
  return RULE_IDS.indexOf(rule);
}

/**
 * Evaluates every enabled rule (RULE_IDS minus settings.disabledRules) as of `input.asOf`
 * against a market prepared once with {@link prepareMarket}.
 */
export function evaluateRules(input: RulesInput, market: MarketContext): RulesResult {
  const ctx = buildContext(input, market);
  const disabled = new Set<RuleId>(input.settings.disabledRules);
  const prompts: Prompt[] = [];
  const unavailable: Unavailable[] = [];
  for (const id of RULE_IDS) {
    if (disabled.has(id)) continue;
    const outcome = RULES[id].evaluate(ctx);
    for (const draft of outcome.prompts) prompts.push({ ...draft, key: promptKey(id, draft.subject), rule: id, snoozedUntil: null });
    for (const message of outcome.unavailable) unavailable.push({ rule: id, message });
  }
  // Past the last stored close a rule that reads the market would price off old data: say so on each.
  const ends = marketDataEnds(market, input.asOf);
  if (ends !== null) {
    for (const p of prompts) {
      if (MARKET_FREE.has(p.rule)) continue;
      p.explanation += ` Market data ends ${ends}; this uses that close, not one of ${input.asOf}.`;
      p.inputs = { ...p.inputs, marketDataEnds: ends };
    }
  }
  // Array.prototype.sort is stable, so each rule's own order (e.g. shortest-dated first) survives.
  prompts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || ruleOrder(a.rule) - ruleOrder(b.rule));
  return { prompts: applyDecisions(prompts, input.decisions, input.asOf), unavailable, marketDataEnds: ends };
}

/** Rules that read no close (events, sizes, settlement prices of their own day). */
const MARKET_FREE: ReadonlySet<RuleId> = new Set(['event-guard', 'over-allocation', 'book-expiration']);

/** The older of the last SPX and VIX closes on or before asOf when the close of the last trading day is missing, else null. */
function marketDataEnds(market: MarketContext, asOf: string): string | null {
  const lastOn = (dates: readonly string[]) => dates[lastIndexOnOrBefore(dates, asOf)] ?? null;
  return dataEndsBefore(lastOn(market.spx.dates), lastOn(market.vix.dates), asOf);
}

/** What each simulated strategy hands to the metrics: its daily equity and its journal. */
import { RULE_IDS, type RuleId } from '../domain/settings';
import type { LayerBook } from './layer-book';
import { layerValueCents, type DayPricer } from './valuation';

export interface DailyEquity {
  date: string;
  equityCents: number;
  /** That day's VIX close (for the regime split). */
  vix: number;
}

export interface StrategyRun {
  equity: DailyEquity[];
  book: LayerBook | null;
  ruleFired: Record<RuleId, number>;
  ruleActed: Record<RuleId, number>;
}

/** A zero count for every rule. */
export function ruleCounts(): Record<RuleId, number> {
  return Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
}

/** Capital + all ticket cash + open legs at model mid, cents. */
export function markToModel(capitalCents: number, book: LayerBook, pricer: DayPricer): DailyEquity {
  let equityCents = capitalCents + book.cashCents;
  for (const layer of book.open()) equityCents += layerValueCents(pricer, layer);
  return { date: pricer.day.date, equityCents, vix: pricer.day.vix };
}

/** What each simulated strategy hands to the metrics: its daily equity and its journal. */
import { RULE_IDS, type RuleId } from '../domain/settings';
import { closeOut, settleExpired, type ExecutionCosts } from './execution';
import type { LayerBook } from './layer-book';
import type { PortfolioSettings } from '../domain/settings';
import type { HedgePot } from '../rules/hedge-pot';
import { dayPricer, layerValueCents, type DayPricer, type MarketDay } from './valuation';

export interface DailyEquity {
  date: string;
  equityCents: number;
  /** That day's VIX close (for the regime split). */
  vix: number;
  /** Model value of the open hedge layers at that close, cents (the per-year hedge P&L); absent = none held. */
  hedgeValueCents?: number;
}

export interface StrategyRun {
  equity: DailyEquity[];
  book: LayerBook | null;
  ruleFired: Record<RuleId, number>;
  ruleActed: Record<RuleId, number>;
  /**
   * The first day whose close marked equity at or below zero (ruin), or null. From that close on
   * the strategy holds nothing and trades no more: see {@link endOfDay}.
   */
  ruinedOn: string | null;
  /** What the run could not do and why (e.g. no VIX options before 2006-02-24). */
  notes: string[];
  /** The hedge pot at the end (ALVH strategies). */
  hedgePot?: HedgePot;
}

/** A zero count for every rule. */
export function ruleCounts(): Record<RuleId, number> {
  return Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
}

/** Capital + all ticket cash + open legs at model mid, cents. */
export function markToModel(capitalCents: number, book: LayerBook, pricer: DayPricer): DailyEquity {
  let equityCents = capitalCents + book.cashCents;
  let hedgeValueCents = 0;
  for (const layer of book.open()) {
    const value = layerValueCents(pricer, layer);
    equityCents += value;
    if (layer.role === 'hedge') hedgeValueCents += value;
  }
  return { date: pricer.day.date, equityCents, vix: pricer.day.vix, hedgeValueCents };
}

/**
 * The day's equity point, and ruin: when the mark is at or below zero, the account is closed out
 * at that close (every open layer bought back / sold out at model mid + slippage + fees, as a
 * broker would liquidate it) and the point is taken after the close-out. The caller then opens
 * nothing more: ruin stays the last stop behind sizing on equity (the rules size from the lesser
 * of risk capital and equity, and no condor opens beyond the equity left as margin), and every
 * equity-based figure (daily returns, worst month, drawdown) would otherwise be computed on a
 * base at or below zero.
 */
export function endOfDay(capitalCents: number, book: LayerBook, pricer: DayPricer, costs: ExecutionCosts): { point: DailyEquity; ruined: boolean } {
  const point = markToModel(capitalCents, book, pricer);
  if (point.equityCents > 0) return { point, ruined: false };
  closeOut(book, pricer, costs, 'ruin');
  return { point: markToModel(capitalCents, book, pricer), ruined: true };
}

/** The equity point of a day after ruin: nothing is open, equity is the capital plus all cash. */
export function flatDay(capitalCents: number, book: LayerBook, day: { date: string; vix: number }): DailyEquity {
  return { date: day.date, equityCents: capitalCents + book.cashCents, vix: day.vix, hedgeValueCents: 0 };
}

/**
 * The daily loop every trading strategy shares: settle what expired, let `trade` act on the
 * day, take the end-of-day mark, and after a ruin hold nothing and trade no more.
 */
export function walkDays(
  days: readonly MarketDay[],
  settings: PortfolioSettings,
  capitalCents: number,
  book: LayerBook,
  costs: ExecutionCosts,
  trade: (pricer: DayPricer, day: MarketDay) => void,
): { equity: DailyEquity[]; ruinedOn: string | null } {
  const equity: DailyEquity[] = [];
  let ruinedOn: string | null = null;
  for (const day of days) {
    if (ruinedOn !== null) {
      equity.push(flatDay(capitalCents, book, day));
      continue;
    }
    const pricer = dayPricer(day, settings);
    settleExpired(book, pricer);
    trade(pricer, day);
    const { point, ruined } = endOfDay(capitalCents, book, pricer, costs);
    equity.push(point);
    if (ruined) ruinedOn = day.date;
  }
  return { equity, ruinedOn };
}

/**
 * Win rate, average win and loss, expectancy and profit factor over a set of trades,
 * overall and per group. Expectancy = mean P&L per trade (= win rate × average win +
 * loss rate × average loss, scratches counting as 0). Profit factor = gross wins ÷ |gross losses|.
 */
import { centsToDollars } from '../money';
import type { Trade } from './trades';
import { RULES_GROUPS, type GroupStats, type MaybeNumber, type PerformanceStats, type TradeStats } from './types';

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function profitFactor(winCents: number, lossCents: number, count: number): MaybeNumber {
  if (count === 0) return { value: null, reason: 'no closed trades' };
  if (lossCents === 0) return { value: null, reason: winCents > 0 ? 'no losing trades (∞)' : 'no wins and no losses' };
  return { value: winCents / -lossCents, reason: null };
}

/** Statistics of the given trades (any order). */
export function tradeStats(trades: readonly Trade[]): TradeStats {
  const wins = trades.filter((t) => t.cents > 0).map((t) => t.cents);
  const losses = trades.filter((t) => t.cents < 0).map((t) => t.cents);
  const total = sum(trades.map((t) => t.cents));
  const toDollars = (cents: number | null) => (cents === null ? null : centsToDollars(cents));
  return {
    count: trades.length,
    wins: wins.length,
    losses: losses.length,
    winRate: trades.length === 0 ? null : wins.length / trades.length,
    averageWin: toDollars(mean(wins)),
    averageLoss: toDollars(mean(losses)),
    expectancy: toDollars(mean(trades.map((t) => t.cents))),
    profitFactor: profitFactor(sum(wins), sum(losses), trades.length),
    averageCaptured: mean(trades.flatMap((t) => (t.captured === null ? [] : [t.captured]))),
    averageDaysHeld: mean(trades.map((t) => t.daysHeld)),
    total: centsToDollars(total),
  };
}

/** Groups trades by one or more keys each and computes each group's statistics, keys sorted. */
export function groupStats(trades: readonly Trade[], keysOf: (t: Trade) => readonly string[], order?: readonly string[]): GroupStats[] {
  const groups = new Map<string, Trade[]>();
  for (const t of trades) {
    for (const key of keysOf(t)) {
      const group = groups.get(key);
      if (group) group.push(t);
      else groups.set(key, [t]);
    }
  }
  const rank = (key: string) => (order?.includes(key) ? order.indexOf(key) : Number.MAX_SAFE_INTEGER);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, group]) => ({ key, stats: tradeStats(group) }));
}

export const UNTAGGED = '(untagged)';
const ROLE_ORDER = ['base', 'time-shift', 'adaptive', 'hedge'];

export function performanceStats(trades: readonly Trade[]): PerformanceStats {
  return {
    overall: tradeStats(trades),
    byRole: groupStats(trades, (t) => [t.layer.role], ROLE_ORDER),
    byTag: groupStats(trades, (t) => (t.layer.tags.length > 0 ? t.layer.tags : [UNTAGGED])),
    byRules: groupStats(trades, (t) => [t.rules], RULES_GROUPS),
  };
}

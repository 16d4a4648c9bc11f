/**
 * Win rate, average win and loss, expectancy and profit factor over a set of trades,
 * overall and per group. Expectancy = mean P&L per trade (= win rate × average win +
 * loss rate × average loss, scratches counting as 0). Profit factor = gross wins ÷ |gross losses|.
 */
import { centsToDollars } from '../money';
import type { Trade } from './trades';
import { RULES_GROUPS, type GroupStats, type MaybeNumber, type PerformanceStats, type TradeStats } from './types';

function profitFactor(winCents: number, lossCents: number, count: number): MaybeNumber {
  if (count === 0) return { value: null, reason: 'no closed trades' };
  if (lossCents === 0) return { value: null, reason: winCents > 0 ? 'no losing trades (∞)' : 'no wins and no losses' };
  return { value: winCents / -lossCents, reason: null };
}

/** Statistics of the given trades (any order). One pass; every sum runs in the trades' order, as a `reduce` over each filtered list would. */
export function tradeStats(trades: readonly Trade[]): TradeStats {
  let winCents = 0;
  let wins = 0;
  let lossCents = 0;
  let losses = 0;
  let total = 0;
  let capturedSum = 0;
  let capturedCount = 0;
  let daysSum = 0;
  for (const t of trades) {
    if (t.cents > 0) {
      winCents += t.cents;
      wins += 1;
    } else if (t.cents < 0) {
      lossCents += t.cents;
      losses += 1;
    }
    total += t.cents;
    if (t.captured !== null) {
      capturedSum += t.captured;
      capturedCount += 1;
    }
    daysSum += t.daysHeld;
  }
  const count = trades.length;
  return {
    count,
    wins,
    losses,
    winRate: count === 0 ? null : wins / count,
    averageWinDollars: wins === 0 ? null : centsToDollars(winCents / wins),
    averageLossDollars: losses === 0 ? null : centsToDollars(lossCents / losses),
    expectancyDollars: count === 0 ? null : centsToDollars(total / count),
    profitFactor: profitFactor(winCents, lossCents, count),
    averageCaptured: capturedCount === 0 ? null : capturedSum / capturedCount,
    averageDaysHeld: count === 0 ? null : daysSum / count,
    totalDollars: centsToDollars(total),
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

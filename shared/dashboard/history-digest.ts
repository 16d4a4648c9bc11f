/**
 * What the dashboard needs of the closed-layer history, reduced once per history object:
 * its dated cash netted per day (XIRR nets same-day flows anyway), its margin funding summed per
 * source (WACC and capital-days are sums of capital × days), and its realised P&L. A long
 * journal holds ~2,500 closed layers; the backend keeps one history object across writes to
 * open layers (closed-history-cache.ts), so after such a write only the open layers are redone.
 */
import type { CapitalSource, CashFlow } from '../analytics';
import type { PortfolioSettings } from '../domain/settings';
import { layerFunding, marginSteps } from './layer-capital';
import type { ClosedHistory } from './types';

export interface HistoryDigest {
  /** Margin posted and released per layer plus ticket cash, one flow per day, oldest first. */
  flows: CashFlow[];
  /** One source per funding label and rate, with days = 1 and capital = Σ capital × days. */
  funding: CapitalSource[];
  /** Dollars. */
  realizedPnl: number;
  /** Margin posted (+) and released (−) per day, dollars, oldest first (the holding-period return's peak). */
  marginDeltas: { date: string; amount: number }[];
}

const digests = new WeakMap<ClosedHistory, { key: string; digest: HistoryDigest }>();

export function digestHistory(history: ClosedHistory, settings: PortfolioSettings, asOf: string): HistoryDigest {
  // The settings object may be rebuilt per call; what it says decides whether the digest stands.
  const key = `${asOf}|${JSON.stringify(settings)}`;
  const hit = digests.get(history);
  if (hit && hit.key === key) return hit.digest;
  const digest = computeDigest(history, settings, asOf);
  digests.set(history, { key, digest });
  return digest;
}

function computeDigest(history: ClosedHistory, settings: PortfolioSettings, asOf: string): HistoryDigest {
  const byDay = new Map<string, number>();
  const add = (date: string, amount: number) => byDay.set(date, (byDay.get(date) ?? 0) + amount);
  const marginByDay = new Map<string, number>();
  const capitalDays = new Map<string, { label: string | undefined; rate: number; capital: number }>();
  let realizedCents = 0;
  for (const layer of history.layers) {
    realizedCents += layer.realizedPnlCents;
    // Margin follows the open units: posted as they open, released pro rata as they close.
    let held = 0;
    for (const step of marginSteps(layer, settings, '9999-12-31')) {
      const change = step.held - held;
      held = step.held;
      if (change === 0) continue;
      add(step.date, -change);
      marginByDay.set(step.date, (marginByDay.get(step.date) ?? 0) + change);
    }
    for (const source of layerFunding(layer, settings, asOf)) {
      const sourceKey = `${source.label ?? ''}|${source.rate}`;
      const sum = capitalDays.get(sourceKey) ?? { label: source.label, rate: source.rate, capital: 0 };
      sum.capital += source.capital * source.days;
      capitalDays.set(sourceKey, sum);
    }
  }
  for (const day of history.ticketCashByDay) add(day.date, (day.premiumCents - day.feesCents) / 100);
  const flows = [...byDay].map(([date, amount]) => ({ date, amount })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const funding = [...capitalDays.values()].map(({ label, rate, capital }) => ({ label, rate, capital, days: 1 }));
  const marginDeltas = [...marginByDay].map(([date, amount]) => ({ date, amount })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { flows, funding, realizedPnl: realizedCents / 100, marginDeltas };
}

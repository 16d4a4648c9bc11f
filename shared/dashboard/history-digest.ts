/**
 * What the dashboard needs of the closed-layer history, as of any date: the layers closed before
 * the date, their dated cash netted per day (XIRR nets same-day flows anyway), their margin
 * funding summed per source (WACC and capital-days are sums of capital × days) and their realised
 * P&L. The backend hands in ONE history of every closed layer (closed-history-cache.ts keeps it
 * across writes that cannot change it); this file indexes it once per history and settings —
 * layers sorted by closing date with prefix sums — so a date is a binary search plus one pass over
 * the flows of the layers closed before it. Scrubbing the as-of date across ten years is then a
 * few milliseconds per cold date, not a re-read of the journal (docs/performance.md).
 */
import type { CapitalSource, CashFlow } from '../analytics';
import { dayNumber, fromDayNumber } from '../dates';
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

interface IndexedLayer {
  closedOn: string;
  /** Day numbers and dollars: margin changes (− posted, + released) and ticket cash. */
  cash: { day: number; amount: number }[];
  margin: { day: number; amount: number }[];
}

interface HistoryIndex {
  settingsKey: string;
  /** Sorted by closedOn. */
  layers: IndexedLayer[];
  /** realizedCents[k] = Σ realised of the first k layers. */
  realizedCents: number[];
  /** Per funding source: capitalDays[k] = Σ capital × days of the first k layers. */
  sources: { label: string | undefined; rate: number; capitalDays: number[] }[];
  /** Ticket cash without a layer id (always counted). */
  loose: { day: number; amount: number }[];
}

const indexes = new WeakMap<ClosedHistory, HistoryIndex>();
const digests = new WeakMap<ClosedHistory, { key: string; digest: HistoryDigest }>();

export function digestHistory(history: ClosedHistory, settings: PortfolioSettings, asOf: string): HistoryDigest {
  // The settings object may be rebuilt per call; what it says decides whether the digest stands.
  const settingsKey = JSON.stringify(settings);
  const key = `${asOf}|${settingsKey}`;
  const hit = digests.get(history);
  if (hit && hit.key === key) return hit.digest;
  let index = indexes.get(history);
  if (!index || index.settingsKey !== settingsKey) {
    index = buildIndex(history, settings, settingsKey);
    indexes.set(history, index);
  }
  const digest = digestOn(index, asOf);
  digests.set(history, { key, digest });
  return digest;
}

function buildIndex(history: ClosedHistory, settings: PortfolioSettings, settingsKey: string): HistoryIndex {
  const closed = history.layers.filter((l) => l.closedOn !== null).sort((a, b) => ((a.closedOn ?? '') < (b.closedOn ?? '') ? -1 : (a.closedOn ?? '') > (b.closedOn ?? '') ? 1 : a.id - b.id));
  const position = new Map<number, number>();
  const layers: IndexedLayer[] = closed.map((layer, i) => {
    position.set(layer.id, i);
    const margin: { day: number; amount: number }[] = [];
    // Margin follows the open units: posted as they open, released pro rata as they close.
    let held = 0;
    for (const step of marginSteps(layer, settings, '9999-12-31')) {
      const change = step.held - held;
      held = step.held;
      if (change !== 0) margin.push({ day: dayNumber(step.date), amount: change });
    }
    return { closedOn: layer.closedOn ?? '', cash: margin.map((m) => ({ day: m.day, amount: -m.amount })), margin };
  });
  const loose: { day: number; amount: number }[] = [];
  for (const t of history.ticketCashByDay) {
    const entry = { day: dayNumber(t.date), amount: (t.premiumCents - t.feesCents) / 100 };
    const at = t.layerId === undefined ? undefined : position.get(t.layerId);
    if (at === undefined) loose.push(entry);
    else layers[at]?.cash.push(entry);
  }
  const realizedCents = [0];
  const sourceIndex = new Map<string, { label: string | undefined; rate: number; capitalDays: number[] }>();
  closed.forEach((layer, i) => {
    realizedCents.push((realizedCents[i] ?? 0) + layer.realizedPnlCents);
    // A layer closed before the date was funded up to its close: its capital-days do not depend on the date.
    const add = new Map<string, number>();
    for (const source of layerFunding(layer, settings, layer.closedOn ?? '9999-12-31')) {
      const key = `${source.label ?? ''}|${source.rate}`;
      if (!sourceIndex.has(key)) sourceIndex.set(key, { label: source.label, rate: source.rate, capitalDays: new Array<number>(i + 1).fill(0) });
      add.set(key, (add.get(key) ?? 0) + source.capital * source.days);
    }
    for (const [key, s] of sourceIndex) s.capitalDays.push((s.capitalDays[i] ?? 0) + (add.get(key) ?? 0));
  });
  return { settingsKey, layers, realizedCents, sources: [...sourceIndex.values()], loose };
}

/** How many of the index's layers (sorted by closing day) closed strictly before asOf: a binary search. */
function closedBeforeCount(index: HistoryIndex, asOf: string): number {
  let lo = 0;
  let hi = index.layers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.layers[mid]?.closedOn ?? '') < asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Layers closed strictly before asOf: the first k of the index. */
function digestOn(index: HistoryIndex, asOf: string): HistoryDigest {
  const k = closedBeforeCount(index, asOf);
  const cash = new Map<number, number>();
  const margin = new Map<number, number>();
  for (let i = 0; i < k; i++) {
    const layer = index.layers[i];
    if (!layer) continue;
    for (const c of layer.cash) cash.set(c.day, (cash.get(c.day) ?? 0) + c.amount);
    for (const m of layer.margin) margin.set(m.day, (margin.get(m.day) ?? 0) + m.amount);
  }
  for (const c of index.loose) cash.set(c.day, (cash.get(c.day) ?? 0) + c.amount);
  const dated = (map: Map<number, number>) => [...map].sort((a, b) => a[0] - b[0]).map(([day, amount]) => ({ date: fromDayNumber(day), amount }));
  return {
    flows: dated(cash),
    funding: index.sources.map((s) => ({ label: s.label, rate: s.rate, capital: s.capitalDays[k] ?? 0, days: 1 })).filter((s) => s.capital !== 0),
    realizedPnl: (index.realizedCents[k] ?? 0) / 100,
    marginDeltas: dated(margin),
  };
}

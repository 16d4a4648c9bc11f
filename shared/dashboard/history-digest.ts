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
  /** Every layer's cash (then the loose cash) and margin, ordered by day (see {@link dayOrdered}). */
  cashByDay: DayEvents;
  marginByDay: DayEvents;
}

/**
 * Dated amounts of every indexed layer in one list ordered by day, then by the layer's closing
 * rank, then as listed — the order in which summing layer after layer adds them up. `rank` is the
 * layer's position in the index (loose cash: −1, always kept, added after the layers' on its day).
 * Per day the layers' amounts are summed once, as running sums in that order: the first k layers'
 * sum on a day is the running sum at its last amount ranked below k — the same floating-point sum
 * a pass over the amounts gives, read instead of recomputed, so a date costs one step per day.
 */
interface DayEvents {
  days: Int32Array;
  ranks: Int32Array;
  amounts: Float64Array;
  /** runningSums[i]: 0 + the layers' amounts of its day up to and including position i (layers' positions only). */
  runningSums: Float64Array;
  /** One entry per distinct day, oldest first: where its amounts start, where its layers' amounts end and its own end. */
  dayStart: Int32Array;
  dayRankedEnd: Int32Array;
  dayEnd: Int32Array;
  /** Lowest and highest rank of the layers' amounts on the day (+∞ / −∞ without any). */
  dayMinRank: Float64Array;
  dayMaxRank: Float64Array;
  /** The day's flow when every layer with an amount on it counts and it has no loose cash: one shared object, read-only. */
  dayWhole: ({ date: string; amount: number } | null)[];
  dayDates: string[];
  /** lastDay[k]: the latest day of any amount of the first k layers (−∞ for k = 0). */
  lastDay: Float64Array;
  /** Days (indexes) that have loose cash, ascending. */
  looseDays: Int32Array;
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
  const cashByDay = dayOrdered(layers.map((l) => l.cash), loose);
  const marginByDay = dayOrdered(layers.map((l) => l.margin), []);
  return { settingsKey, layers, realizedCents, sources: [...sourceIndex.values()], loose, cashByDay, marginByDay };
}

/** `byLayer[i]` are layer i's amounts; `loose` (rank −1) are summed after the layers' on their day. */
function dayOrdered(byLayer: readonly (readonly { day: number; amount: number }[])[], loose: readonly { day: number; amount: number }[]): DayEvents {
  // Listed layer by layer (rank order, then as listed), loose cash last: a stable sort by day then
  // gives the order by (day, rank, as listed), loose last on its day — here a counting sort over
  // the days, O(amounts + days), where a comparison sort of ~25,000 objects took ~60 ms.
  const count = byLayer.reduce((n, group) => n + group.length, loose.length);
  const listedDays = new Int32Array(count);
  const listedRanks = new Int32Array(count);
  const listedAmounts = new Float64Array(count);
  let at = 0;
  const list = (e: { day: number; amount: number }, rank: number) => {
    listedDays[at] = e.day;
    listedRanks[at] = rank;
    listedAmounts[at++] = e.amount;
  };
  byLayer.forEach((group, i) => group.forEach((e) => list(e, i)));
  loose.forEach((e) => list(e, -1));
  const order = stableOrderByDay(listedDays);
  const lastDay = new Float64Array(byLayer.length + 1).fill(-Infinity);
  byLayer.forEach((group, i) => { lastDay[i + 1] = group.reduce((max, e) => Math.max(max, e.day), lastDay[i]); });
  const sorted = {
    days: order.map((i) => listedDays[i]), ranks: order.map((i) => listedRanks[i]), amounts: Float64Array.from(order, (i) => listedAmounts[i]),
    runningSums: new Float64Array(count),
  };
  return { ...sorted, ...dayRuns(sorted), lastDay };
}

/** Positions of `days` in ascending day order, equal days in listed order (a counting sort). */
function stableOrderByDay(days: Int32Array): Int32Array {
  const order = new Int32Array(days.length);
  if (days.length === 0) return order;
  const first = days.reduce((min, d) => Math.min(min, d), Infinity);
  const last = days.reduce((max, d) => Math.max(max, d), -Infinity);
  if (last - first > 4 * days.length + 100_000) {
    // Days far apart (a date typed centuries off): sort the positions instead of counting days.
    return Int32Array.from([...days.keys()].sort((a, b) => days[a] - days[b] || a - b));
  }
  const starts = new Int32Array(last - first + 2);
  for (const d of days) starts[d - first + 1]++;
  for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
  days.forEach((d, i) => { order[starts[d - first]++] = i; });
  return order;
}

/** Splits the day-ordered list into its days: bounds, rank range, running sums and the whole-day flows. */
function dayRuns(list: { days: Int32Array; ranks: Int32Array; amounts: Float64Array; runningSums: Float64Array }): Omit<DayEvents, 'days' | 'ranks' | 'amounts' | 'runningSums' | 'lastDay'> {
  const { days, ranks, amounts, runningSums } = list;
  const starts: number[] = [];
  for (let i = 0; i < days.length; i++) if (i === 0 || days[i] !== days[i - 1]) starts.push(i);
  const count = starts.length;
  const runs = {
    dayStart: Int32Array.from(starts), dayRankedEnd: new Int32Array(count), dayEnd: new Int32Array(count),
    dayMinRank: new Float64Array(count).fill(Infinity), dayMaxRank: new Float64Array(count).fill(-Infinity),
    dayWhole: new Array<{ date: string; amount: number } | null>(count).fill(null), dayDates: new Array<string>(count), looseDays: [] as number[],
  };
  starts.forEach((start, d) => {
    const end = starts[d + 1] ?? days.length;
    let sum = 0;
    let rankedEnd = start;
    for (let i = start; i < end && ranks[i] >= 0; i++, rankedEnd = i) {
      sum += amounts[i];
      runningSums[i] = sum;
      runs.dayMinRank[d] = Math.min(runs.dayMinRank[d], ranks[i]);
      runs.dayMaxRank[d] = Math.max(runs.dayMaxRank[d], ranks[i]);
    }
    runs.dayRankedEnd[d] = rankedEnd;
    runs.dayEnd[d] = end;
    runs.dayDates[d] = fromDayNumber(days[start]);
    if (rankedEnd < end) runs.looseDays.push(d);
    else runs.dayWhole[d] = Object.freeze({ date: runs.dayDates[d], amount: sum });
  });
  return { ...runs, looseDays: Int32Array.from(runs.looseDays) };
}

/** The first position in the (day-sorted) list whose day is after `day`. */
function firstAfter(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  return {
    flows: sumsByDay(index.cashByDay, k),
    funding: index.sources.map((s) => ({ label: s.label, rate: s.rate, capital: s.capitalDays[k] ?? 0, days: 1 })).filter((s) => s.capital !== 0),
    realizedPnl: (index.realizedCents[k] ?? 0) / 100,
    marginDeltas: sumsByDay(index.marginByDay, k),
  };
}

/**
 * Per day, oldest first, the sum of the amounts of layers ranked below k and of the loose cash
 * (rank −1). Past the first k layers' last day only loose amounts can count, so only the days
 * with loose cash are visited after it. A day whose layers all rank below k and that has no loose
 * cash is its shared whole-day flow; any other day is its running sum at its last amount ranked
 * below k, then its loose amounts added in order.
 */
function sumsByDay(events: DayEvents, k: number): { date: string; amount: number }[] {
  const out: { date: string; amount: number }[] = [];
  const stop = firstAfter(events.days, events.lastDay[k] ?? -Infinity);
  const dayCount = events.dayStart.length;
  let d = 0;
  for (; d < dayCount && events.dayStart[d] < stop; d++) {
    const whole = events.dayWhole[d];
    if (whole !== null && events.dayMaxRank[d] < k) out.push(whole);
    else pushPartialDay(events, d, k, out);
  }
  for (const looseDay of events.looseDays) if (looseDay >= d) pushPartialDay(events, looseDay, k, out);
  return out;
}

/** Day d's flow with only the layers ranked below k (none if it has neither such an amount nor loose cash). */
function pushPartialDay(events: DayEvents, d: number, k: number, out: { date: string; amount: number }[]): void {
  let sum = 0;
  let any = false;
  if (events.dayMinRank[d] < k) {
    // Ranks ascend within a day: the last amount ranked below k ends the counted run.
    let last = events.dayStart[d];
    while (last + 1 < events.dayRankedEnd[d] && events.ranks[last + 1] < k) last++;
    sum = events.runningSums[last];
    any = true;
  }
  for (let i = events.dayRankedEnd[d]; i < events.dayEnd[d]; i++) {
    sum += events.amounts[i];
    any = true;
  }
  if (any) out.push({ date: events.dayDates[d], amount: sum });
}

/**
 * The MACD timing filter of `add-layer` (ALVH.md "Defaults that need a precise reading"):
 * - `no-recent-cross`: passes when MACD and its signal have not crossed during the last
 *   `macdCrossLookbackDays` trading days, i.e. the side of the histogram (macd − signal ≥ 0
 *   or < 0) is the same on the last lookback + 1 values. A histogram touching 0 from below
 *   counts as a cross.
 * - `histogram`: passes when the latest histogram is ≥ 0.
 * - `off`: always passes.
 */
import type { PortfolioSettings } from '../domain/settings';
import { num } from './format';
import type { MarketSnapshot } from './market-snapshot';

/** Whether the filter passes (with a sentence for the prompt), or why it cannot tell. */
export type MacdFilterResult = { ok: true; passes: boolean; detail: string; histogram: number | null } | { ok: false; message: string };

/** Applies settings.macdFilter to the MACD histogram as of the snapshot's date. */
export function macdFilter(market: MarketSnapshot, settings: PortfolioSettings): MacdFilterResult {
  if (settings.macdFilter === 'off') return { ok: true, passes: true, detail: 'MACD filter off', histogram: null };
  const count = settings.macdFilter === 'histogram' ? 1 : settings.macdCrossLookbackDays + 1;
  const tail = market.histogramTail(count);
  if (!tail.ok) return tail;
  const last = tail.values[tail.values.length - 1] ?? 0;
  if (settings.macdFilter === 'histogram') {
    return { ok: true, passes: last >= 0, detail: `MACD histogram ${num(last, 3)} ${last >= 0 ? '≥' : '<'} 0 on ${tail.date}`, histogram: last };
  }
  const above = tail.values.map((h) => h >= 0);
  const crossed = above.some((side) => side !== above[0]);
  const days = settings.macdCrossLookbackDays;
  return {
    ok: true,
    passes: !crossed,
    detail: `MACD ${crossed ? 'crossed' : 'did not cross'} its signal in the last ${days} trading day${days === 1 ? '' : 's'} to ${tail.date} (histogram ${num(last, 3)})`,
    histogram: last,
  };
}

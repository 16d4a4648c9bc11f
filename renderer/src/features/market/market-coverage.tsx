import type { MarketBars } from './use-market-data';
import { formatCount } from './market-format';

/** "SPX 24,746 closes 1927-12-30 → 2026-07-09 · VIX …": what the journal holds. */
export function MarketCoverage({ bars, skipped }: { bars: MarketBars; skipped: number }) {
  const line = (symbol: string, list: MarketBars['spx']) => {
    const first = list[0];
    const last = list[list.length - 1];
    return first && last ? `${symbol} ${formatCount(list.length)} closes ${first.date} → ${last.date}` : `${symbol}: no closes`;
  };
  return (
    <p className="market-coverage muted" data-testid="market-coverage">
      {line('SPX', bars.spx)} · {line('VIX', bars.vix)}
      {skipped > 0 ? <span title="Cboe prints VIX values on some NYSE holidays; SPX has no session then. The rules and these charts leave them out."> · {formatCount(skipped)} holiday prints left out</span> : null}
    </p>
  );
}

import { EmptyState } from '../components/empty-state';
import type { ViewProps } from './view-props';

/** Placeholder until the Market data feature replaces this file. */
export function MarketDataView(_props: ViewProps) {
  return (
    <section className="view" aria-labelledby="view-title-market-data">
      <header className="view-header">
        <h1 id="view-title-market-data">Market data</h1>
      </header>
      <EmptyState title="Coming with the Market data feature" testId="coming-soon">
        <p>This section will hold daily SPX and VIX closes, typed in or imported from CBOE's VIX_History.csv or a generic date,close file, and the VIX RSI, SPX MACD and realised volatility computed from them.</p>
      </EmptyState>
    </section>
  );
}

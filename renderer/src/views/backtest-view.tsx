import { BacktestPage } from '../features/backtest/backtest-page';
import '../styles/backtest.css';
import type { ViewProps } from './view-props';

/** The Backtest section: the ALVH rules replayed on the journal's SPX/VIX history next to three baselines, and parameter sweeps. */
export function BacktestView({ portfolio, info }: ViewProps) {
  return (
    <section className="view view-wide view-backtest" aria-labelledby="view-title-backtest">
      <header className="view-header">
        <h1 id="view-title-backtest">Backtest</h1>
      </header>
      <BacktestPage portfolio={portfolio} info={info} />
    </section>
  );
}

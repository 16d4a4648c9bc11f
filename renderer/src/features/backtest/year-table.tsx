import { useState } from 'react';
import type { BacktestResult, StrategyId } from '../../../../shared/backtest';
import { pnlClass } from '../../format/money';
import { dollars, pct, STRATEGY_LABELS } from './labels';

/**
 * The per-year table that explains a result (shared/backtest/yearly.ts): one strategy at a time,
 * picked from a list; what the run could not do (notes) underneath.
 */
export function YearTable({ result }: { result: BacktestResult }) {
  const [id, setId] = useState<StrategyId>(result.strategies[0]?.id ?? 'alvh');
  const strategy = result.strategies.find((s) => s.id === id) ?? result.strategies[0];
  if (strategy === undefined) return null;
  return (
    <div className="bt-scroll">
      <h3>Per year ($, % of the equity the year began with)</h3>
      <label className="field-inline">
        Strategy{' '}
        <select value={strategy.id} onChange={(e) => setId(e.target.value as StrategyId)} data-testid="bt-years-strategy">
          {result.strategies.map((s) => <option key={s.id} value={s.id}>{STRATEGY_LABELS[s.id]}</option>)}
        </select>
      </label>
      {strategy.years.length === 0 ? <p className="muted">No year to show.</p> : (
        <table className="table table-compact" data-testid="bt-years">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">Start equity</th>
              <th scope="col" className="num">P&amp;L</th>
              <th scope="col" className="num">Return</th>
              <th scope="col" className="num" title="Everything but the VIX hedge: the condors with their fees (the index for buy-and-hold)">Condor P&amp;L</th>
              <th scope="col" className="num" title="What hedges opened that year cost, fees included">Hedge spend</th>
              <th scope="col" className="num" title="Cash hedges returned when closed or settled that year">Hedge payout</th>
              <th scope="col" className="num">Fees</th>
              <th scope="col" className="num" title="Deepest drawdown inside the year, from the equity it began with">Max drawdown</th>
            </tr>
          </thead>
          <tbody>
            {strategy.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num">{dollars(y.startEquityCents)}</td>
                <td className={`num ${pnlClass(y.pnlCents)}`}>{dollars(y.pnlCents)}</td>
                <td className={`num ${pnlClass(y.pnlCents)}`}>{pct(y.return)}</td>
                <td className={`num ${pnlClass(y.condorPnlCents)}`}>{dollars(y.condorPnlCents)}</td>
                <td className="num">{dollars(y.hedgeSpendCents)}</td>
                <td className="num">{dollars(y.hedgePayoutCents)}</td>
                <td className="num">{dollars(y.feesCents)}</td>
                <td className="num">{pct(y.maxDrawdown)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {strategy.notes.length > 0 ? <ul className="bt-warnings" data-testid="bt-notes">{strategy.notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}
    </div>
  );
}

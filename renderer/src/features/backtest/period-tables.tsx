import type { BacktestResult } from '../../../../shared/backtest';
import { pnlClass } from '../../format/money';
import { dollars, pct, STRATEGY_LABELS } from './labels';

const REGIMES = [
  { key: 'low', label: 'VIX below 15' },
  { key: 'mid', label: 'VIX 15 to 25' },
  { key: 'high', label: 'VIX above 25' },
] as const;

/** P&L per VIX regime (days counted by that day's close) and over the stress years the run covers. */
export function PeriodTables({ result }: { result: BacktestResult }) {
  const years = [...new Set(result.strategies.flatMap((s) => s.metrics.stress.map((x) => x.year)))].sort();
  const days = result.strategies[0]?.metrics.regimes;
  return (
    <div className="bt-stack">
      <div className="bt-scroll">
        <h3>By VIX regime: P&amp;L ($)</h3>
        <table className="table table-compact" data-testid="bt-regimes">
          <thead>
            <tr>
              <th scope="col">Regime</th>
              <th scope="col" className="num">Days</th>
              {result.strategies.map((s) => <th key={s.id} scope="col" className="num">{STRATEGY_LABELS[s.id]}</th>)}
            </tr>
          </thead>
          <tbody>
            {REGIMES.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{(days?.[r.key].days ?? 0).toLocaleString('en-US')}</td>
                {result.strategies.map((s) => {
                  const cents = s.metrics.regimes[r.key].pnlCents;
                  return <td key={s.id} className={`num ${pnlClass(cents)}`}>{dollars(cents)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="bt-scroll">
        <h3>Stress years: P&amp;L ($) and return (%)</h3>
        {years.length === 0 ? (
          <p className="muted" data-testid="bt-stress-empty">The run covers none of the stress years (1998, 2008, 2020, 2022).</p>
        ) : (
          <table className="table table-compact" data-testid="bt-stress">
            <thead>
              <tr>
                <th scope="col">Year</th>
                {result.strategies.map((s) => <th key={s.id} scope="col" className="num">{STRATEGY_LABELS[s.id]}</th>)}
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {result.strategies.map((s) => {
                    const x = s.metrics.stress.find((y) => y.year === year);
                    return <td key={s.id} className={`num ${pnlClass(x?.pnlCents ?? 0)}`}>{x ? `${dollars(x.pnlCents)} (${pct(x.return)})` : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

import type { BacktestResult } from '../../../../shared/backtest';
import { STRATEGY_COLORS, STRATEGY_LABELS } from './labels';
import { firedRules, formatRowValue, METRIC_ROWS, rowHeading } from './metric-rows';

/** Every summary figure of the four strategies side by side, then how often each rule fired and traded. */
export function MetricsTable({ result }: { result: BacktestResult }) {
  const rules = firedRules(result);
  return (
    <div className="bt-scroll">
      <table className="table table-compact bt-metrics" data-testid="bt-metrics">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {result.strategies.map((s) => (
              <th key={s.id} scope="col" className="num" data-testid={`bt-col-${s.id}`}>
                <span className="bt-swatch" style={{ background: STRATEGY_COLORS[s.id] }} aria-hidden="true" />
                {STRATEGY_LABELS[s.id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {METRIC_ROWS.map((row) => (
            <tr key={row.key} data-testid={`bt-row-${row.key}`}>
              <th scope="row" title={row.title}>{rowHeading(row)}</th>
              {result.strategies.map((s) => {
                const note = row.note?.(s) ?? null;
                return <td key={s.id} className="num" data-strategy={s.id}>{formatRowValue(row, row.value(s))}{note ? <span className="muted"> {note}</span> : null}</td>;
              })}
            </tr>
          ))}
          {result.strategies.some((s) => s.metrics.ruinedOn !== null) ? (
            <tr data-testid="bt-row-ruinedOn" className="bt-ruin-row">
              <th scope="row" title="The day equity reached zero: positions were closed and the strategy stopped trading">Ruined on</th>
              {result.strategies.map((s) => <td key={s.id} className="num">{s.metrics.ruinedOn ?? <span className="muted">never</span>}</td>)}
            </tr>
          ) : null}
          {rules.length > 0 ? (
            <tr className="bt-subhead"><th scope="rowgroup" colSpan={result.strategies.length + 1}>Rule prompts: days fired / trades made</th></tr>
          ) : null}
          {rules.map((rule) => (
            <tr key={rule} data-testid={`bt-rule-${rule}`}>
              <th scope="row"><code>{rule}</code></th>
              {result.strategies.map((s) => (
                <td key={s.id} className="num">{s.ruleFired[rule] === 0 && s.ruleActed[rule] === 0 ? <span className="muted">—</span> : `${s.ruleFired[rule].toLocaleString('en-US')} / ${s.ruleActed[rule].toLocaleString('en-US')}`}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

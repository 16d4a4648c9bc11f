import { useState } from 'react';
import { lowerIsBetter, metricValue, SWEEP_METRICS, type SweepKey, type SweepMetric, type SweepResult } from '../../../../shared/backtest';
import { SWEEP_KEY_LABELS, SWEEP_METRIC_LABELS, sweepMetricText } from './labels';

type Sample = 'inSample' | 'outOfSample';

/** Distinct values of a key in configuration order. */
function axisValues(result: SweepResult, key: SweepKey | null): (string | null)[] {
  if (key === null) return [null];
  return [...new Set(result.configs.map((c) => c.values[key] ?? ''))];
}

/** Red (worst) → amber → green (best), light enough for dark text on either theme. */
function cellColor(t: number): string {
  return `hsl(${Math.round(t * 120)} 62% 78%)`;
}

/**
 * Two swept parameters on the axes, the colour the chosen ALVH metric (mean over the other
 * parameters' values when more than two vary), so a plateau of good settings stands out from
 * a lucky spike.
 */
export function SweepHeatmap({ result }: { result: SweepResult }) {
  const keys = result.keys;
  const [xKey, setXKey] = useState<SweepKey | null>(keys[0] ?? null);
  const [yKey, setYKey] = useState<SweepKey | null>(keys[1] ?? null);
  const [sample, setSample] = useState<Sample>('outOfSample');
  const [metric, setMetric] = useState<SweepMetric>(result.metric);
  const xs = axisValues(result, xKey);
  const ys = axisValues(result, yKey === xKey ? null : yKey);
  const cells = ys.map((y) => xs.map((x) => {
    const matching = result.configs.filter((c) => (xKey === null || c.values[xKey] === x) && (yKey === null || yKey === xKey || c.values[yKey] === y));
    const values = matching.map((c) => metricValue(c[sample], metric)).filter((v): v is number => v !== null);
    return { value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length, count: matching.length };
  }));
  const known = cells.flat().map((c) => c.value).filter((v): v is number => v !== null);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const score = (v: number) => {
    const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
    return lowerIsBetter(metric) ? 1 - t : t;
  };
  const averaged = cells.flat().some((c) => c.count > 1);
  const select = (label: string, value: SweepKey | null, onChange: (k: SweepKey | null) => void, testId: string, allowNone: boolean) => (
    <label className="bt-inline">
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(keys.find((k) => k === e.target.value) ?? null)} data-testid={testId}>
        {allowNone ? <option value="">(none)</option> : null}
        {keys.map((k) => <option key={k} value={k}>{SWEEP_KEY_LABELS[k].label}</option>)}
      </select>
    </label>
  );

  return (
    <div className="bt-heatmap-block">
      <div className="bt-heatmap-controls">
        {select('Across', xKey, setXKey, 'heatmap-x', false)}
        {select('Down', yKey, setYKey, 'heatmap-y', true)}
        <label className="bt-inline">
          Colour{' '}
          <select value={`${sample}:${metric}`} onChange={(e) => { const [s, m] = e.target.value.split(':'); setSample(s === 'inSample' ? 'inSample' : 'outOfSample'); setMetric(SWEEP_METRICS.find((x) => x === m) ?? 'sharpe'); }} data-testid="heatmap-metric">
            {(['outOfSample', 'inSample'] as const).flatMap((s) => SWEEP_METRICS.map((m) => <option key={`${s}:${m}`} value={`${s}:${m}`}>{s === 'inSample' ? 'In-sample' : 'Out-of-sample'} {SWEEP_METRIC_LABELS[m]}</option>))}
          </select>
        </label>
      </div>
      <div className="bt-heatmap" role="table" aria-label={`${sample === 'inSample' ? 'In-sample' : 'Out-of-sample'} ${SWEEP_METRIC_LABELS[metric]} by ${xKey ? SWEEP_KEY_LABELS[xKey].label : ''}${yKey && yKey !== xKey ? ` and ${SWEEP_KEY_LABELS[yKey].label}` : ''}`} data-testid="sweep-heatmap"
        style={{ gridTemplateColumns: `auto repeat(${xs.length}, minmax(64px, 1fr))` }}>
        <div role="row" className="bt-heat-row">
          <span role="columnheader" className="bt-heat-corner">{yKey && yKey !== xKey ? `${SWEEP_KEY_LABELS[yKey].label} ↓ / ${xKey ? SWEEP_KEY_LABELS[xKey].label : ''} →` : xKey ? `${SWEEP_KEY_LABELS[xKey].label} →` : ''}</span>
          {xs.map((x) => <span key={x ?? 'all'} role="columnheader" className="bt-heat-head">{x}</span>)}
        </div>
        {ys.map((y, i) => (
          <div role="row" key={y ?? 'all'} className="bt-heat-row">
            <span role="rowheader" className="bt-heat-head">{y ?? 'all'}</span>
            {xs.map((x, j) => {
              const cell = cells[i]?.[j];
              const v = cell?.value ?? null;
              return (
                <span role="cell" key={x ?? 'all'} className="bt-heat-cell" data-testid="heatmap-cell" style={{ background: v === null ? 'var(--surface-2)' : cellColor(score(v)) }}
                  title={`${cell?.count ?? 0} configuration${cell?.count === 1 ? '' : 's'}`}>
                  {sweepMetricText(metric, v)}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <p className="muted table-note">Green is best, red worst{lowerIsBetter(metric) ? ' (smaller drawdown is better)' : ''}.{averaged ? ' Cells average the configurations that share these two values.' : ''}</p>
    </div>
  );
}

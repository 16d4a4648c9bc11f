import { useMemo } from 'react';
import { sweepOverfitting, type SweepMetric, type SweepResult } from '../../../../shared/backtest';
import { SWEEP_METRIC_LABELS, sweepMetricText } from './labels';

/**
 * Does the in-sample ranking survive out of sample? The top in-sample configurations with their
 * out-of-sample rank, how much the winners' figure shrinks, and a plain warning when the
 * in-sample winner falls into the bottom half.
 */
export function OverfittingNote({ result, metric }: { result: SweepResult; metric: SweepMetric }) {
  const o = useMemo(() => sweepOverfitting(result.configs, metric), [result, metric]);
  const name = SWEEP_METRIC_LABELS[metric];
  const label = (id: number) => result.configs[id]?.label ?? `#${id + 1}`;
  const { winnerInSample, winnerOutOfSample, topMeanInSample, topMeanOutOfSample } = o.shrinkage;
  const change = (a: number | null, b: number | null) => (a === null || b === null || a <= 0 ? '' : ` (${((b - a) / Math.abs(a) * 100).toFixed(0).replace('-', '−')}%)`);
  const winner = o.top[0];
  return (
    <div className={`bt-overfit${o.warning ? ' is-warning' : ''}`} data-testid="sweep-overfitting" role={o.warning ? 'alert' : undefined}>
      <p>
        <strong>{o.warning ? 'Likely overfitting. ' : 'In-sample vs out-of-sample. '}</strong>
        {winner ? <>The in-sample winner (#{winner.id + 1}, {label(winner.id)}) ranks <strong data-testid="overfit-winner-rank">{winner.outOfSampleRank} of {o.configs}</strong> out of sample by {name}. </> : null}
        Its {name} goes from {sweepMetricText(metric, winnerInSample)} in sample to {sweepMetricText(metric, winnerOutOfSample)} out of sample{change(winnerInSample, winnerOutOfSample)}; the top {o.top.length} average {sweepMetricText(metric, topMeanInSample)} → {sweepMetricText(metric, topMeanOutOfSample)}{change(topMeanInSample, topMeanOutOfSample)}.
        {o.warning ? ' Do not trust the in-sample ranking: prefer settings that do well in both parts.' : ' A drop out of sample is normal; a winner that stays in the top half is some evidence the edge is not luck.'}
      </p>
      <table className="table table-compact bt-overfit-table">
        <thead>
          <tr><th scope="col" className="num">In-sample rank</th><th scope="col">Configuration</th><th scope="col" className="num">In: {name}</th><th scope="col" className="num">Out: {name}</th><th scope="col" className="num">Out-of-sample rank</th></tr>
        </thead>
        <tbody>
          {o.top.map((t) => (
            <tr key={t.id}>
              <td className="num">{t.inSampleRank}</td>
              <td>#{t.id + 1} {label(t.id)}</td>
              <td className="num">{sweepMetricText(metric, t.inSampleValue)}</td>
              <td className="num">{sweepMetricText(metric, t.outOfSampleValue)}</td>
              <td className="num">{t.outOfSampleRank} of {o.configs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

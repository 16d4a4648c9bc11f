import type { FormEvent } from 'react';
import { SWEEP_KEYS, SWEEP_METRICS, type SweepMetric } from '../../../../shared/backtest';
import { SWEEP_KEY_LABELS, SWEEP_METRIC_LABELS } from './labels';
import { LARGE_SWEEP, MAX_VALUES_PER_KEY, type ParsedSweep, type SweepDraft } from './sweep-draft';
import { DateInput } from '../../components/date-input';

interface SweepFormProps {
  draft: SweepDraft;
  parsed: ParsedSweep;
  /** The 70/30 split date shown when none is chosen. */
  defaultSplit: string | null;
  running: boolean;
  baseReady: boolean;
  onChange(draft: SweepDraft): void;
  onRun(): void;
}

const EXAMPLES: Record<string, string> = { addLayerSpacing: 'MIN-MAX days, e.g. 10-15, 15-20', allocationPct: 'schedules, e.g. 40/25/15, 30/30/30' };

/** Which parameters vary and their values, the in/out-of-sample split, the ranking metric; the count before running. */
export function SweepForm({ draft, parsed, defaultSplit, running, baseReady, onChange, onRun }: SweepFormProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRun();
  };
  const large = parsed.configs > LARGE_SWEEP;
  return (
    <form className="form bt-sweep-form" onSubmit={submit} aria-labelledby="bt-sweep-title" data-testid="sweep-form">
      <h2 id="bt-sweep-title">Parameter sweep</h2>
      <p className="muted bt-note">Every combination runs ALVH alone on the in-sample part and again, from fresh capital, on the out-of-sample part, across all cores. The other settings, dates and capital are the backtest settings above. Choose 2 to {MAX_VALUES_PER_KEY} values per parameter.</p>
      <div className="bt-sweep-keys">
        {SWEEP_KEYS.map((key) => {
          const meta = SWEEP_KEY_LABELS[key];
          const error = parsed.errors[key];
          return (
            <div key={key} className="bt-sweep-key">
              <label className="bt-check">
                <input type="checkbox" checked={draft.vary[key]} onChange={(e) => onChange({ ...draft, vary: { ...draft.vary, [key]: e.target.checked } })} data-testid={`sweep-vary-${key}`} />
                {meta.label} <span className="muted">({meta.unit || 'level'})</span>
              </label>
              <input
                aria-label={`${meta.label} values`}
                value={draft.values[key]}
                disabled={!draft.vary[key]}
                aria-invalid={error ? true : undefined}
                onChange={(e) => onChange({ ...draft, values: { ...draft.values, [key]: e.target.value } })}
                data-testid={`sweep-values-${key}`}
              />
              {error ? <p className="field-error">{error}</p> : <p className="field-hint">{EXAMPLES[key] ?? 'comma-separated'}</p>}
            </div>
          );
        })}
      </div>
      <div className="bt-sweep-options">
        <label className="field">
          <span>Out of sample from</span>
          <DateInput value={draft.splitDate} aria-invalid={parsed.errors.splitDate ? true : undefined} onChange={(v) => onChange({ ...draft, splitDate: v })} data-testid="sweep-split" />
          {parsed.errors.splitDate ? <span className="field-error">{parsed.errors.splitDate}</span> : <span className="field-hint">{draft.splitDate ? 'in sample: the days before it' : `empty: 70/30 by time${defaultSplit ? ` (from ${defaultSplit})` : ''}`}</span>}
        </label>
        <label className="field">
          <span>Rank by (ALVH)</span>
          <select value={draft.metric} onChange={(e) => onChange({ ...draft, metric: (SWEEP_METRICS.find((m) => m === e.target.value) ?? 'sharpe') as SweepMetric })} data-testid="sweep-metric">
            {SWEEP_METRICS.map((m) => <option key={m} value={m}>{SWEEP_METRIC_LABELS[m]}</option>)}
          </select>
        </label>
        <div className="bt-sweep-count">
          <strong data-testid="sweep-count">{parsed.configs.toLocaleString('en-US')} configuration{parsed.configs === 1 ? '' : 's'}</strong>
          <span className="muted"> = {(parsed.configs * 2).toLocaleString('en-US')} backtests</span>
          {large ? <p className="field-warning" data-testid="sweep-large">More than {LARGE_SWEEP} configurations: on the full history this takes minutes, and the more you try the more the best one is luck. Narrow the grid if you can.</p> : null}
        </div>
        <button type="submit" className="button button-primary" disabled={running || parsed.configs === 0 || !baseReady} data-testid="sweep-run">{running ? 'Sweeping…' : 'Run sweep'}</button>
      </div>
    </form>
  );
}

import { useMemo, useState } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import { splitSample, type BacktestRunResult, type SweepResult } from '../../../../shared/backtest';
import type { AppInfo, Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { toApiError } from '../../api/to-api-error';
import { useJob } from '../../api/use-job';
import { FormError } from '../../components/form-error';
import { saveFile } from '../../files/save-file';
import { useToast } from '../../toast/use-toast';
import { equityCsv, metricsCsv } from './backtest-csv';
import { initialDraft, parseRunDraft, type RunDraft } from './backtest-draft';
import { BacktestForm } from './backtest-form';
import { JobProgress } from '../../components/job-progress';
import { STRATEGY_LABELS } from './labels';
import { MetricsTable } from './metrics-table';
import { OverfittingNote } from './overfitting-note';
import { PeriodTables } from './period-tables';
import { YearTable } from './year-table';
import { StrategyEquityChart } from './strategy-equity-chart';
import { SweepForm } from './sweep-form';
import { INITIAL_SWEEP, parseSweepDraft, type SweepDraft } from './sweep-draft';
import { SweepHeatmap } from './sweep-heatmap';
import { SweepTable } from './sweep-table';
import { centsToDollars } from '../../../../shared/money';

/** A finished job's outcome: the error of a failed or cancelled one. */
function outcome(error: unknown): ApiError {
  return toApiError(error);
}

/**
 * The backtest section: ALVH and its three baselines on the SPX/VIX closes imported into the
 * journal (a job with progress and Cancel), equity and drawdown on one chart, the figures side
 * by side, per regime and per stress year, CSV export; and a parameter sweep in and out of sample
 * with a sortable table, a heat-map and an overfitting check. See docs/backtest.md.
 */
export function BacktestPage({ portfolio, info }: { portfolio: Portfolio; info: AppInfo }) {
  const toast = useToast();
  const [draft, setDraft] = useState<RunDraft>(() => initialDraft(info.today));
  const [attempted, setAttempted] = useState(false);
  const parsed = useMemo(() => parseRunDraft(draft, portfolio.settings), [draft, portfolio.settings]);
  const runJob = useJob();
  const [run, setRun] = useState<BacktestRunResult | null>(null);
  const [runError, setRunError] = useState<ApiError | null>(null);

  const [sweepDraft, setSweepDraft] = useState<SweepDraft>(INITIAL_SWEEP);
  const sweepParsed = useMemo(() => parseSweepDraft(sweepDraft, draft), [sweepDraft, draft]);
  const sweepJob = useJob();
  const [sweep, setSweep] = useState<SweepResult | null>(null);
  const [sweepError, setSweepError] = useState<ApiError | null>(null);
  const defaultSplit = useMemo(() => {
    try {
      return parsed.input && parsed.input.from < parsed.input.to ? splitSample(parsed.input.from, parsed.input.to).outOfSample.from : null;
    } catch {
      return null;
    }
  }, [parsed.input]);

  const startRun = async () => {
    setAttempted(true);
    const input = parsed.input;
    if (input === null) return;
    setRunError(null);
    try {
      setRun(await runJob.run(() => api.send('backtest/run', input)));
    } catch (error) {
      setRunError(outcome(error));
    }
  };

  const startSweep = async () => {
    setAttempted(true);
    const base = parsed.input;
    if (base === null || sweepParsed.configs === 0) return;
    setSweepError(null);
    try {
      setSweep(await sweepJob.run(() => api.send('backtest/sweep', { ...base, grid: sweepParsed.spec, metric: sweepDraft.metric, ...(sweepDraft.splitDate ? { splitDate: sweepDraft.splitDate } : {}) })));
    } catch (error) {
      setSweepError(outcome(error));
    }
  };

  const exportCsv = async (which: 'metrics' | 'equity') => {
    if (!run) return;
    const { from, to } = run.backtest;
    try {
      const saved = await saveFile({ kind: 'backtest', suggestedName: `alvh-backtest-${which}-${from}-to-${to}.csv`, mimeType: 'text/csv', text: which === 'metrics' ? metricsCsv(run.backtest) : equityCsv(run.backtest) });
      if (saved.path !== null) toast(`Saved ${saved.path}`, 'success');
    } catch (error) {
      toast(`Not saved: ${toApiError(error).message}`, 'error');
    }
  };

  const result = run?.backtest;
  return (
    <div className="bt-page">
      <section className="bt-panel" aria-label="Run a backtest">
        <BacktestForm draft={draft} errors={parsed.errors} showErrors={attempted} portfolio={portfolio} running={runJob.running} onChange={setDraft} onRun={() => void startRun()} />
        <JobProgress job={runJob} label="Backtest progress" testId="bt-progress" />
        <FormError error={runError} lead={runError?.code === 'cancelled' ? 'Stopped.' : 'Not run.'} />
      </section>

      {run && result ? (
        <section className="bt-panel" aria-labelledby="bt-result-title" data-testid="bt-result">
          <header className="bt-result-head">
            <h2 id="bt-result-title">ALVH against its baselines, {result.from} to {result.to}</h2>
            <span className="muted" data-testid="bt-days">{result.days.toLocaleString('en-US')} trading days · capital ${centsToDollars(result.options.capitalCents).toLocaleString('en-US')} · SPX {run.coverage.spx.first} to {run.coverage.spx.last}, VIX {run.coverage.vix.first} to {run.coverage.vix.last} in the journal</span>
            <div className="button-row bt-exports">
              <button type="button" className="button" onClick={() => void exportCsv('metrics')} data-testid="bt-export-metrics">Export figures CSV</button>
              <button type="button" className="button" onClick={() => void exportCsv('equity')} data-testid="bt-export-equity">Export daily equity CSV</button>
            </div>
          </header>
          {run.warnings.length > 0 || result.strategies.some((s) => s.metrics.ruinedOn !== null) ? (
            <ul className="bt-warnings" data-testid="bt-warnings">
              {run.warnings.map((w) => <li key={w}>{w}</li>)}
              {result.strategies.filter((s) => s.metrics.ruinedOn !== null).map((s) => (
                <li key={s.id} data-testid={`bt-ruined-${s.id}`}>
                  {STRATEGY_LABELS[s.id]} was ruined on {s.metrics.ruinedOn}: its equity reached zero, every position was closed and it stopped trading.
                  It shows no annualised return, volatility, Sharpe or Sortino (“ruined on {s.metrics.ruinedOn}” instead).
                </li>
              ))}
            </ul>
          ) : null}
          <h3>Equity ($) and drawdown from peak (%)</h3>
          <StrategyEquityChart strategies={result.strategies} />
          <h3>Figures side by side</h3>
          <MetricsTable result={result} />
          <PeriodTables result={result} />
          <YearTable result={result} />
          <p className="muted table-note">A model, not a record of fills: daily closes only, SPX options on a smile pinned to the VIX close, VIX options off a model forward, flat slippage, expirations only as Cboe listed them. Read the limits in docs/backtest.md before trusting a number.</p>
        </section>
      ) : null}

      <section className="bt-panel" aria-label="Parameter sweep">
        <SweepForm draft={sweepDraft} parsed={sweepParsed} defaultSplit={defaultSplit} running={sweepJob.running} baseReady={parsed.input !== null} onChange={setSweepDraft} onRun={() => void startSweep()} />
        <JobProgress job={sweepJob} label="Sweep progress" testId="sweep-progress" />
        <FormError error={sweepError} lead={sweepError?.code === 'cancelled' ? 'Stopped.' : 'Not run.'} />
        {sweep ? (
          <div className="bt-sweep-result" data-testid="sweep-result">
            <p className="muted">
              {sweep.configs.length} configurations · in sample {sweep.inSample.from} to {sweep.inSample.to} ({sweep.inSample.days.toLocaleString('en-US')} days) · out of sample {sweep.outOfSample.from} to {sweep.outOfSample.to} ({sweep.outOfSample.days.toLocaleString('en-US')} days)
            </p>
            <OverfittingNote result={sweep} metric={sweep.metric} />
            <div className="bt-sweep-two">
              <div>
                <h3>Heat-map</h3>
                <SweepHeatmap result={sweep} />
              </div>
              <div>
                <h3>Every configuration (click a heading to sort)</h3>
                <SweepTable result={sweep} />
              </div>
            </div>
          </div>
        ) : null}
      </section>
    </div>
  );
}

import { useState } from 'react';
import type { ReportFormat, ReportPaper } from '../../../../shared/api/reports';
import { isIsoDate } from '../../../../shared/dates';
import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { useJob } from '../../api/use-job';
import { FormError } from '../../components/form-error';
import { SelectField, type SelectOption } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { focusInView } from '../../routing/focus-in-view';
import { useRouteIntent } from '../../routing/use-route-intent';
import { saveFile } from '../../files/save-file';
import { useAppState } from '../../state/use-app-state';
import { useToast } from '../../toast/use-toast';
import { JobProgress } from '../../components/job-progress';

const FORMATS: readonly SelectOption<ReportFormat>[] = [
  { value: 'pdf', label: 'PDF report' },
  { value: 'csv-tickets', label: 'CSV: tickets (one row per leg fill)' },
  { value: 'csv-layers', label: 'CSV: layers summary' },
  { value: 'csv-monthly', label: 'CSV: realised P&L by month' },
  { value: 'json', label: 'JSON: the report data' },
];

const PAPERS: readonly SelectOption<ReportPaper>[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
];

/** Ten years back (29 February falls to 1 March). */
function tenYearsBefore(isoDay: string): string {
  const [y = 0, m = 1, d = 1] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y - 10, m - 1, d)).toISOString().slice(0, 10);
}

/** The report's range: either end may be empty (open-ended), but a given date must be a date, in order. */
function reportRangeErrors(from: string, to: string): { fromError: string | undefined; toError: string | undefined } {
  const fromError = from && !isIsoDate(from) ? 'Pick a date or leave empty' : undefined;
  const toError = to && !isIsoDate(to) ? 'Pick a date or leave empty' : from && to && to < from ? 'must not be before the start date' : undefined;
  return { fromError, toError };
}

/** The backtest's range, checked only when the backtest section is on: both dates, in order. */
function backtestRangeErrors(backtestOn: boolean, btFrom: string, btTo: string): { btFromError: string | undefined; btToError: string | undefined } {
  const btFromError = backtestOn && !isIsoDate(btFrom) ? 'Pick a date' : undefined;
  const btToError = backtestOn && !isIsoDate(btTo) ? 'Pick a date' : backtestOn && btTo < btFrom ? 'must not be before the start date' : undefined;
  return { btFromError, btToError };
}

/** Portfolio, range, paper and format → a report file saved where the user chooses. */
export function ReportExportPanel({ portfolio }: { portfolio: Portfolio }) {
  const { portfolios, info } = useAppState();
  const toast = useToast();
  const [portfolioId, setPortfolioId] = useState(String(portfolio.id));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [paper, setPaper] = useState<ReportPaper>('a4');
  const [format, setFormat] = useState<ReportFormat>('pdf');
  // Optional backtest section (PDF): the portfolio's settings and capital on the journal's closes.
  const [withBacktest, setWithBacktest] = useState(false);
  // The exchange's date (New York), as the report itself is dated, not the UTC date: a report of
  // 12-01 showed a backtest ending 12-02 in the evening.
  const today = info?.today ?? new Date().toISOString().slice(0, 10);
  const [btFrom, setBtFrom] = useState(() => tenYearsBefore(today));
  const [btTo, setBtTo] = useState(today);
  const job = useJob();
  const action = useAction();
  useRouteIntent('export', () => focusInView('report-portfolio'));

  const { fromError, toError } = reportRangeErrors(from, to);

  const backtestOn = withBacktest && format === 'pdf';
  const { btFromError, btToError } = backtestRangeErrors(backtestOn, btFrom, btTo);

  const exportReport = async () => {
    const file = await action.run(() => job.run(() => api.send('report/export', {
      portfolioId: Number(portfolioId), format, paper, ...(from ? { from } : {}), ...(to ? { to } : {}),
      ...(backtestOn ? { backtest: { from: btFrom, to: btTo } } : {}),
    })));
    if (!file) return;
    const saved = await action.run(() => saveFile({ kind: 'report', suggestedName: file.fileName, mimeType: file.mimeType, ...(file.base64 !== undefined ? { base64: file.base64 } : { text: file.text ?? '' }) }));
    if (saved?.path) toast(`Report saved: ${saved.path}`, 'success');
  };

  const cancelled = action.error?.code === 'cancelled';
  return (
    <section className="reports-panel" aria-labelledby="report-export-title" data-testid="report-export">
      <h2 id="report-export-title">Export a report</h2>
      <p className="muted">The figures are the dashboard&apos;s and the Performance page&apos;s for the same portfolio and range. Without dates the report covers everything up to today.</p>
      <div className="form-grid form-grid-3">
        <SelectField id="report-portfolio" label="Portfolio" value={portfolioId} onChange={setPortfolioId} testId="report-portfolio"
          options={portfolios.map((p) => ({ value: String(p.id), label: p.name }))} />
        <TextField id="report-from" label="From" type="date" value={from} onChange={setFrom} error={fromError} testId="report-from" />
        <TextField id="report-to" label="To" type="date" value={to} onChange={setTo} error={toError} testId="report-to" />
        <SelectField<ReportFormat> id="report-format" label="Format" value={format} options={FORMATS} onChange={setFormat} testId="report-format" />
        <SelectField<ReportPaper> id="report-paper" label="Paper (PDF)" value={paper} options={PAPERS} onChange={setPaper} disabled={format !== 'pdf'} testId="report-paper" />
      </div>
      <label className="check">
        <input type="checkbox" checked={withBacktest} onChange={(e) => setWithBacktest(e.target.checked)} disabled={format !== 'pdf'} data-testid="report-with-backtest" />
        Add a backtest of this portfolio&apos;s settings and capital (PDF; ALVH against its baselines on the SPX and VIX closes in Market data)
      </label>
      {backtestOn ? (
        <div className="form-grid form-grid-3">
          <TextField id="report-bt-from" label="Backtest from" type="date" value={btFrom} onChange={setBtFrom} error={btFromError} testId="report-bt-from" />
          <TextField id="report-bt-to" label="Backtest to" type="date" value={btTo} onChange={setBtTo} error={btToError} testId="report-bt-to" />
        </div>
      ) : null}
      <JobProgress job={job} label="Report progress" testId="report-progress" />
      {cancelled ? <p className="muted" role="status">Export cancelled.</p> : <FormError error={action.error} lead="Not exported." />}
      <div className="form-actions reports-actions">
        <button type="button" className="button button-primary" onClick={() => void exportReport()} disabled={action.busy || fromError !== undefined || toError !== undefined || btFromError !== undefined || btToError !== undefined} data-testid="report-export-button">
          {action.busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </section>
  );
}

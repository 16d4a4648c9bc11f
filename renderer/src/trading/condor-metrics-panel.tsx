import type { ApiIssue } from '../../../shared/api/errors';
import { formatCents, formatHundredths } from '../../../shared/format/money';
import { formatStrike } from '../format/points';
import type { CondorMetrics } from './condor-metrics';

interface CondorMetricsPanelProps {
  metrics: CondorMetrics;
  quantity: number | null;
  riskCapitalCents: number;
  title?: string;
  /** The form's live issues: figures they make meaningless show "—", and all are listed at once. */
  issues?: readonly ApiIssue[];
}

const FIELD_LABELS: Record<string, string> = {
  openedOn: 'Open date', date: 'Roll date', expiration: 'Expiration', 'strikes.putLong': 'Long put', 'strikes.putShort': 'Short put',
  'strikes.callShort': 'Short call', 'strikes.callLong': 'Long call', quantity: 'Quantity', creditHundredths: 'Credit', feesCents: 'Fees',
  closePriceHundredths: 'Close price', closeFeesCents: 'Close fees', openFeesCents: 'Open fees',
};

/**
 * The issues worth listing beside the figures: what is wrong with values already typed. A field
 * still empty ("Enter the …") is left to its own message, so a fresh form is not a wall of red.
 */
export function previewIssues(issues: readonly ApiIssue[]): ApiIssue[] {
  return issues.filter((issue) => !issue.message.startsWith('Enter '));
}
/** Issues on these fields make the money figures wrong, so the preview does not show them. */
const RISK_FIELDS = /^(strikes\.|creditHundredths$|quantity$)/;

const dash = '—';
const pts = (h: number | null) => (h === null ? dash : `${formatStrike(h)} pts`);
const usd = (c: number | null) => (c === null ? dash : formatCents(c));

/** Max loss as a share of the portfolio's risk capital; null when either is unknown. */
function riskShareText(m: CondorMetrics, riskCapitalCents: number): string | null {
  if (m.maxLossCents === null || riskCapitalCents <= 0) return null;
  return `${((m.maxLossCents / riskCapitalCents) * 100).toFixed(1)}% of risk capital`;
}

function returnOnRiskText(m: CondorMetrics): string {
  if (m.maxProfitCents === null || m.maxLossCents === null || m.maxLossCents <= 0) return dash;
  return `${((m.maxProfitCents / m.maxLossCents) * 100).toFixed(1)}%`;
}

function breakEvensText(m: CondorMetrics): string {
  if (m.breakEvenLowHundredths === null || m.breakEvenHighHundredths === null) return dash;
  return `${formatHundredths(m.breakEvenLowHundredths)} / ${formatHundredths(m.breakEvenHighHundredths)}`;
}

/** Live risk figures of the condor being typed, updated on every keystroke. */
export function CondorMetricsPanel({ metrics, quantity, riskCapitalCents, title = 'This condor', issues = [] }: CondorMetricsPanelProps) {
  const listed = previewIssues(issues);
  const blocked = listed.some((issue) => RISK_FIELDS.test(issue.path));
  const m: CondorMetrics = blocked
    ? { ...metrics, maxProfitCents: null, maxLossCents: null, breakEvenLowHundredths: null, breakEvenHighHundredths: null, marginCents: null }
    : metrics;
  const riskShare = riskShareText(m, riskCapitalCents);
  const returnOnRisk = returnOnRiskText(m);
  return (
    <aside className="metrics" data-testid="condor-metrics" aria-label={`${title}: computed risk`}>
      <h3>{title}{quantity !== null ? <span className="metrics-qty"> × {quantity}</span> : null}</h3>
      <dl>
        <div><dt>Put wing</dt><dd data-testid="metric-put-wing">{pts(m.putWingHundredths)}</dd></div>
        <div><dt>Call wing</dt><dd data-testid="metric-call-wing">{pts(m.callWingHundredths)}</dd></div>
        <div><dt>Max profit</dt><dd className="pnl-pos" data-testid="metric-max-profit">{usd(m.maxProfitCents)}</dd></div>
        <div>
          <dt>Max loss</dt>
          <dd className="pnl-neg" data-testid="metric-max-loss">{usd(m.maxLossCents)}</dd>
          {riskShare ? <dd className="metrics-note">{riskShare}</dd> : null}
        </div>
        <div><dt>Return on risk</dt><dd>{returnOnRisk}</dd></div>
        <div>
          <dt>Break-evens</dt>
          <dd data-testid="metric-break-evens">
            {breakEvensText(m)}
          </dd>
        </div>
        <div><dt>Margin</dt><dd data-testid="metric-margin">{usd(m.marginCents)}</dd><dd className="metrics-note">wider wing × 100 × qty</dd></div>
      </dl>
      {listed.length > 0 ? (
        <div className="metrics-issues" data-testid="condor-metrics-issues">
          <h4>{blocked ? 'Not valid yet — fix before saving' : 'Before saving'}</h4>
          <ul>
            {listed.map((issue) => <li key={`${issue.path}:${issue.message}`}><strong>{FIELD_LABELS[issue.path.replace(/^new\./, '')] ?? issue.path}</strong>: {issue.message}</li>)}
          </ul>
        </div>
      ) : null}
    </aside>
  );
}

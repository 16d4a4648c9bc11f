import type { BetaInfo } from '../../../../shared/dashboard/types';

/** The VIX-beta caveat under the chart: how VIX hedge legs are drawn on an SPX axis. */
export function BetaNote({ beta }: { beta: BetaInfo }) {
  const value = `β = ${beta.beta < 0 ? '−' : ''}${Math.abs(beta.beta).toFixed(2)} VIX points per 1% SPX`;
  const source = beta.source === 'regression'
    ? `OLS over ${beta.n} days, ${beta.startDate ?? '?'}–${beta.endDate ?? '?'}${beta.rSquared === null ? '' : `, r² ${beta.rSquared.toFixed(2)}`}`
    : 'the default: not enough common SPX/VIX history for a regression';
  return (
    <p className="beta-note muted" data-testid="beta-note">
      VIX hedge legs are projected onto SPX with {value} ({source}) — a model, not a forecast.
    </p>
  );
}

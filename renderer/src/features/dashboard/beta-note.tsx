import type { BetaInfo } from '../../../../shared/dashboard/types';

const signed = (value: number) => `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;

/** The VIX-beta caveat under the chart: how VIX hedge legs are drawn on an SPX axis, and how sure the estimate is. */
export function BetaNote({ beta }: { beta: BetaInfo }) {
  if (beta.source === 'default') {
    return (
      <p className="beta-note muted" data-testid="beta-note">
        The VIX/SPX beta cannot be estimated from the stored closes: {beta.reason ?? 'not enough common SPX/VIX history'}. VIX hedge legs are projected onto SPX with the default
        β = {signed(beta.beta)} VIX points per 1% SPX — a model, not a forecast.
      </p>
    );
  }
  const interval = beta.betaLow === null || beta.betaHigh === null ? '' : `, 95% interval ${signed(beta.betaLow)} … ${signed(beta.betaHigh)}`;
  const fit = `Theil–Sen median slope over ${beta.n} trading days, ${beta.startDate ?? '?'} – ${beta.endDate ?? '?'}${interval}${beta.rSquared === null ? '' : `, r² ${beta.rSquared.toFixed(2)} on ${beta.n - beta.outliers} rows (${beta.outliers} outlier${beta.outliers === 1 ? '' : 's'} set aside)`}`;
  return (
    <p className="beta-note muted" data-testid="beta-note">
      VIX hedge legs are projected onto SPX with β = {signed(beta.beta)} VIX points per 1% SPX ({fit}) — a model, not a forecast.
    </p>
  );
}

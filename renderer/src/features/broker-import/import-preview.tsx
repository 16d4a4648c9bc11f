import type { LayerRef, TastytradeImportSummary } from '../../../../shared/import/tastytrade';
import { linesLabel } from '../../../../shared/import/tastytrade-orders';
import { formatCents, formatNetPriceWords, formatStrike } from '../../../../shared/format/money';

/** What the file will create: layers to open, every ticket with its net price, duplicates and skipped rows. */
export function ImportPreview({ summary }: { summary: TastytradeImportSummary }) {
  const skippedRows = summary.skipped.reduce((n, s) => n + s.count, 0);
  return (
    <div className="broker-import-preview" data-testid="tastytrade-preview">
      <p className="broker-import-counts" data-testid="tastytrade-counts">
        {summary.orders} order(s), {summary.deliveries} expiration row(s): <strong>{summary.layers.length}</strong> layer(s) to open, <strong>{summary.tickets.length}</strong> ticket(s),{' '}
        {summary.duplicates.length} duplicate(s) skipped, {skippedRows} other row(s) skipped.
      </p>
      {summary.layers.length > 0 ? (
        <section aria-labelledby="tt-layers">
          <h3 id="tt-layers">Layers to open</h3>
          <table className="table table-compact" data-testid="tastytrade-layers">
            <thead><tr><th>Layer</th><th>Opened</th><th>Legs</th><th>Expiration</th><th className="num">Qty</th><th className="num" title="Per condor, index points (× 100 = dollars per contract)">Net price (pts)</th><th className="num">Fees</th><th>Role</th></tr></thead>
            <tbody>
              {summary.layers.map((l) => (
                <tr key={l.index}>
                  <td>new layer {l.index + 1}{l.rolledFrom ? <span className="muted"> (rolled from {refLabel(l.rolledFrom)})</span> : null}</td>
                  <td className="date">{l.openedOn}</td>
                  <td>{l.strikes ? `${l.underlying} ${[l.strikes.putLong, l.strikes.putShort, l.strikes.callShort, l.strikes.callLong].map(strike).join(' / ')}` : l.legs.map((g) => `${g.side} ${strike(g.strikeHundredths)}${g.right === 'put' ? 'P' : 'C'}`).join(', ')}</td>
                  <td className="date">{l.expiration}</td>
                  <td className="num">{l.quantity}</td>
                  <td className="num">{netPrice(l.netPriceHundredths)}</td>
                  <td className="num">{formatCents(l.feesCents)}</td>
                  <td>{l.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {summary.tickets.length > 0 ? (
        <section aria-labelledby="tt-tickets">
          <h3 id="tt-tickets">Tickets</h3>
          <table className="table table-compact" data-testid="tastytrade-tickets">
            <thead><tr><th>Date</th><th>Action</th><th>Layer</th><th className="num">Qty</th><th className="num" title="Per condor, index points (× 100 = dollars per contract)">Net price (pts)</th><th className="num">Fees</th><th>Order</th><th>Rows</th></tr></thead>
            <tbody>
              {summary.tickets.map((t, i) => (
                <tr key={`${t.orderNumber}-${i}`}>
                  <td className="date">{t.date}</td>
                  <td>{t.action}</td>
                  <td>{t.layerLabel}</td>
                  <td className="num">{t.quantity}</td>
                  <td className={t.netPriceHundredths >= 0 ? 'num pnl-pos' : 'num pnl-neg'}>{netPrice(t.netPriceHundredths)}</td>
                  <td className="num">{formatCents(t.feesCents)}</td>
                  <td>{t.orderNumber ? `#${t.orderNumber}` : t.action === 'settle' ? 'cash settlement' : 'expiration'}</td>
                  <td className="muted">{linesLabel(t.lines)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {summary.duplicates.length > 0 || summary.skipped.length > 0 || summary.warnings.length > 0 ? (
        <section aria-labelledby="tt-skipped">
          <h3 id="tt-skipped">Not imported</h3>
          <ul className="broker-import-skips" data-testid="tastytrade-skipped">
            {summary.duplicates.map((d) => <li key={`d-${d.orderNumber}-${d.lines[0] ?? 0}`}>{d.delivery ? `Expiration row “${d.orderNumber}”` : `Order #${d.orderNumber}`} ({linesLabel(d.lines)}): {d.reason}</li>)}
            {summary.skipped.map((s) => <li key={`s-${s.reason}`}>{s.count} row(s): {s.reason} <span className="muted">(line{s.lines.length > 1 ? 's' : ''} {s.lines.join(', ')}{s.lines.length < s.count ? ', …' : ''})</span></li>)}
            {summary.warnings.map((w, i) => <li key={`w-${i}`}>{w.path}: {w.message}</li>)}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function refLabel(ref: LayerRef): string {
  return ref.kind === 'existing' ? `layer #${ref.layerId}` : `new layer ${ref.index + 1}`;
}

/** Per unit, points (the column says so): 6.00 credit / 4.40 debit. */
const netPrice = formatNetPriceWords;
const strike = formatStrike;

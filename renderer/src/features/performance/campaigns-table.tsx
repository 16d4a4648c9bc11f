import type { RollCampaign } from '../../../../shared/performance';
import { pct, pnlTone, usd } from './format';

/** Roll chains as one trade each: the layers, cumulative realised P&L and an IRR over all rolls. */
export function CampaignsTable({ campaigns }: { campaigns: readonly RollCampaign[] }) {
  if (campaigns.length === 0) return <p className="muted" data-testid="campaigns-empty">No roll campaigns in this range: a campaign appears when a layer is rolled into a new one.</p>;
  return (
    <table className="table" data-testid="campaigns-table">
      <thead>
        <tr>
          <th scope="col">Layers (oldest first)</th>
          <th scope="col">Role</th>
          <th scope="col">Opened</th>
          <th scope="col">Closed</th>
          <th scope="col" className="num">Rolls</th>
          <th scope="col" className="num">Fees ($)</th>
          <th scope="col" className="num">Realised P&amp;L ($)</th>
          <th scope="col" className="num" title="XIRR over margin posted and released, premiums and fees of every layer of the chain">IRR (%/yr)</th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map((c) => (
          <tr key={c.id}>
            <td>{c.layerIds.map((id, i) => <span key={id}>{i > 0 ? ' → ' : ''}<a href={`#/layers/${id}`} className="layer-link">#{id}</a></span>)}</td>
            <td>{c.role}</td>
            <td>{c.openedOn}</td>
            <td>{c.closedOn ?? <span className="muted">open</span>}</td>
            <td className="num">{c.layerIds.length - 1}</td>
            <td className="num">{usd(c.feesDollars)}</td>
            <td className={`num ${pnlTone(c.realizedDollars)}`}>{usd(c.realizedDollars)}</td>
            <td className="num">{c.irr.ok ? pct(c.irr.rate) : <span className="muted" title={c.irr.reason}>undefined — {c.irr.reason}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

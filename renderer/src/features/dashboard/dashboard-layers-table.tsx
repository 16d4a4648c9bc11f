import type { DashboardLayerRow } from '../../../../shared/dashboard/types';
import { Kbd } from '../../components/kbd';
import { HelpTip } from '../../components/help-tip';
import { METRIC_HELP } from './metric-help';
import { DashboardLayerRowView } from './dashboard-layer-row';
import { dollarsClass, formatDollars } from './dashboard-format';

interface DashboardLayersTableProps {
  layers: readonly DashboardLayerRow[];
  asOf: string;
  lateDte: number;
  onMarkSaved(): void;
}

/** The open layers with their marks, profit captured, P&L and IRR; marks are entered in place. */
export function DashboardLayersTable({ layers, asOf, lateDte, onMarkSaved }: DashboardLayersTableProps) {
  return (
    <section className="card dashboard-layers-card" aria-labelledby="dashboard-layers-title">
      <h2 id="dashboard-layers-title">Open layers <span className="th-note muted">as of {asOf}</span></h2>
      <div className="table-scroll">
        <table className="table table-compact" data-testid="dashboard-layers" aria-label="Open layers">
          <thead>
            <tr>
              <th className="num">#</th><th>Role</th><th>Opened</th><th>Expiration</th><th className="num">DTE</th>
              <th title="Put spread · call spread, SPX points">Strikes</th><th className="num" title="Put / call wing width, points">Wings</th>
              <th className="num">Qty</th><th className="num" title="Opening net price per unit, points">Credit</th>
              <th className="num" title="Cost to close one unit, points, with its date and source">Mark</th><th title="Points to close one unit; Enter saves for the as-of date">New mark</th>
              <th className="num">% max <HelpTip topic="% of max profit captured">{METRIC_HELP.pctMaxProfit}</HelpTip></th>
              <th className="num">P&amp;L</th><th className="num" title="Annual XIRR of the layer's own flows">IRR</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((row) => <DashboardLayerRowView key={row.id} row={row} asOf={asOf} lateDte={lateDte} onMarkSaved={onMarkSaved} />)}
          </tbody>
          <LayersTotal layers={layers} />
        </table>
      </div>
      <p className="table-keys muted">Prices in SPX points (× 100 per contract) · <Kbd>Enter</Kbd> on a row opens the layer · in a mark field <Kbd>Enter</Kbd> saves, <Kbd>Esc</Kbd> cancels</p>
    </section>
  );
}

/**
 * The P&L of the layers on the table, summed from the same rows: with scope "all", no realised
 * cash on these layers and none expired unbooked, it is the Open P&L metric and the T+0 curve at
 * SPX now — one figure (shared/dashboard/compute-dashboard.ts values each layer once).
 */
function LayersTotal({ layers }: { layers: readonly DashboardLayerRow[] }) {
  const total = layers.reduce((sum, row) => sum + row.pnlDollars, 0);
  const realised = layers.reduce((sum, row) => sum + row.realizedPnlDollars, 0);
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={12} className="num">
          Total{realised !== 0 ? <span className="th-note muted"> incl. {formatDollars(realised)} realised on partial closes</span> : null}
        </th>
        <td className={`num ${dollarsClass(total)}`} data-testid="dashboard-layers-total">{formatDollars(total)}</td>
        <td />
      </tr>
    </tfoot>
  );
}

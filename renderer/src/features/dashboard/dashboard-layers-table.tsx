import type { DashboardLayerRow } from '../../../../shared/dashboard/types';
import { Kbd } from '../../components/kbd';
import { HelpTip } from '../../components/help-tip';
import { METRIC_HELP } from './metric-help';
import { DashboardLayerRowView } from './dashboard-layer-row';

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
        </table>
      </div>
      <p className="table-keys muted">Prices in SPX points (× 100 per contract) · <Kbd>Enter</Kbd> on a row opens the layer · in a mark field <Kbd>Enter</Kbd> saves, <Kbd>Esc</Kbd> cancels</p>
    </section>
  );
}

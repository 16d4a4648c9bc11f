import type { DashboardLayerRow, DashboardScope } from '../../../../shared/dashboard/types';
import { ROLE_LABELS } from '../../format/labels';

interface ScopeControlProps {
  scope: DashboardScope;
  layerId: number | null;
  layers: readonly DashboardLayerRow[];
  onChange(scope: DashboardScope, layerId: number | null): void;
}

const CAPTIONS: Record<DashboardScope, string> = { all: 'Whole portfolio', 'no-hedges': 'Without hedges', layer: 'One layer' };

/** What the chart and metrics cover: every open layer, the condors only, or one layer. */
export function ScopeControl({ scope, layerId, layers, onChange }: ScopeControlProps) {
  const firstId = layers[0]?.id ?? null;
  const option = (value: DashboardScope) => (
    <label className={`toggle-option ${scope === value ? 'toggle-on' : ''}`}>
      <input type="radio" name="dashboard-scope" value={value} checked={scope === value} data-testid={`scope-${value}`}
        disabled={value === 'layer' && firstId === null}
        onChange={() => onChange(value, value === 'layer' ? layerId ?? firstId : layerId)} />
      {CAPTIONS[value]}
    </label>
  );
  return (
    <div className="scope-control">
      <div className="toggle" role="radiogroup" aria-label="Chart and metrics cover">
        {option('all')}
        {option('no-hedges')}
        {option('layer')}
      </div>
      {scope === 'layer' ? (
        <>
          <label htmlFor="dashboard-layer" className="sr-only">Layer shown</label>
          <select id="dashboard-layer" data-testid="scope-layer-select" value={layerId ?? ''} onChange={(e) => onChange('layer', Number(e.target.value))}>
            {layers.map((l) => <option key={l.id} value={l.id}>#{l.id} {ROLE_LABELS[l.role]}{l.expiration ? ` · ${l.expiration}` : ''}</option>)}
          </select>
        </>
      ) : null}
    </div>
  );
}

import type { LayerDetail } from '../../../../shared/domain/types';
import { ROLE_LABELS } from '../../format/labels';
import { describeLegs } from '../../format/leg';
import { formatCondorStrikes } from '../../format/strikes';
import { layerHref, layerStoryHref, routeHref } from '../../routing/route';
import { StatusBadge } from '../../components/status-badge';

interface LayerHeaderProps {
  layer: LayerDetail;
  onAddTicket(): void;
  onRoll(): void;
  onDelete(): void;
}

export function LayerHeader({ layer, onAddTicket, onRoll, onDelete }: LayerHeaderProps) {
  const open = layer.status === 'open';
  const shape = layer.strikes ? `Iron condor ${formatCondorStrikes(layer.strikes)}` : describeLegs(layer.legs);
  return (
    <header className="view-header layer-header">
      <div>
        <a className="back-link" href={routeHref({ section: 'layers', layerId: null })}>← Layers</a>
        <h1 id="layer-title">
          Layer #{layer.id} <span className="title-shape">{shape}</span>
        </h1>
        <p className="layer-meta">
          <StatusBadge status={layer.status} />
          <span>{ROLE_LABELS[layer.role]}</span>
          <span>opened {layer.openedOn}</span>
          {layer.expiration ? <span>expires {layer.expiration}{open && layer.dte !== null ? ` (${layer.dte} DTE)` : ''}</span> : null}
          {layer.closedOn ? <span>closed {layer.closedOn}</span> : null}
          {layer.rolledFromId !== null ? <a href={layerHref(layer.rolledFromId)} data-testid="rolled-from">rolled from #{layer.rolledFromId}</a> : null}
          {layer.rolledToId !== null ? <a href={layerHref(layer.rolledToId)} data-testid="rolled-to">rolled to #{layer.rolledToId}</a> : null}
        </p>
      </div>
      <div className="view-actions">
        <a className="button" href={layerStoryHref(layer.id)} data-testid="layer-story-link" title="The roll chain from open to close, each step's P&L, the notes and decisions, and the chain's IRR">Story</a>
        <button type="button" className="button button-primary" onClick={onAddTicket} disabled={!open} title={open ? undefined : 'Only an open layer takes tickets'}>Add ticket</button>
        {layer.strikes ? (
          <button type="button" className="button" onClick={onRoll} disabled={!open} title={open ? undefined : 'Only an open layer can be rolled'}>Roll layer</button>
        ) : null}
        <button type="button" className="button button-danger-quiet" onClick={onDelete}>Delete layer</button>
      </div>
    </header>
  );
}

import type { Portfolio } from '../../../../shared/domain/types';
import type { LayerStory, StoryLayer } from '../../../../shared/journal/types';
import { formatCents } from '../../../../shared/format/money';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { useHotkey } from '../../hooks/use-hotkey';
import { ROLE_LABELS } from '../../format/labels';
import { pnlClass } from '../../format/money';
import { formatNetPrice } from '../../format/points';
import { formatCondorStrikes } from '../../format/strikes';
import { layerHref, navigate, routeHref } from '../../routing/route';
import { StatusBadge } from '../../components/status-badge';
import { signedCents } from './timeline-format';
import { storyEntries, StoryEntryView } from './story-step';
import '../../styles/timeline.css';

interface LayerStoryPageProps {
  layerId: number;
  portfolio: Portfolio;
}

/** "12.3%/yr", or null when undefined. */
function irrText(story: LayerStory): string | null {
  return story.totals.irr.ok ? `${(story.totals.irr.rate * 100).toFixed(1).replace('-', '−')}%/yr` : null;
}

/** A layer's roll chain on one page: opened → adjusted → rolled → closed, each step's P&L, the chain's P&L and IRR. */
export function LayerStoryPage({ layerId, portfolio }: LayerStoryPageProps) {
  const loaded = useLoad(() => api.send('layer/story', { layerId }), String(layerId));
  useHotkey('Escape', () => navigate({ section: 'layers', layerId }));
  const story = loaded.data;
  const back = <a className="back-link" href={layerHref(layerId)}>← Layer #{layerId}</a>;
  if (story === null) {
    return <section className="view">{back}{loaded.error ? <FormError error={loaded.error} lead="Story not loaded." /> : <p className="muted">Loading the story of layer #{layerId}…</p>}</section>;
  }
  if (story.portfolioId !== portfolio.id) {
    return <section className="view">{back}<p>Layer #{layerId} belongs to another portfolio; switch to it in the sidebar to see its story here.</p></section>;
  }
  const { totals } = story;
  const irr = irrText(story);
  const rolls = story.layers.length - 1;
  return (
    <section className="view story" aria-labelledby="story-title" data-testid="layer-story">
      <header className="view-header">
        <div>
          {back}
          <h1 id="story-title">Story of layer #{layerId}</h1>
          <p className="layer-meta">
            {rolls === 0 ? 'A single layer, never rolled' : `A roll chain of ${story.layers.length} layers: `}
            {rolls > 0 ? story.layers.map((l, i) => <span key={l.layerId}>{i > 0 ? ' → ' : ''}<a href={layerHref(l.layerId)}>#{l.layerId}</a></span>) : null}
          </p>
        </div>
        <div className="view-actions"><a className="button" href={routeHref({ section: 'journal', layerId: null })}>Journal</a></div>
      </header>
      <dl className="figures" data-testid="story-totals">
        <div><dt>Realised P&amp;L</dt><dd className={pnlClass(totals.realizedPnlCents)} data-testid="story-pnl">{signedCents(totals.realizedPnlCents)}</dd></div>
        <div><dt>Fees</dt><dd>{formatCents(totals.feesCents)}</dd></div>
        <div><dt>Days</dt><dd>{totals.days}{totals.closedOn === null ? ' so far' : ''}</dd></div>
        <div><dt>Rolls</dt><dd>{rolls}</dd></div>
        <div><dt>Opened → closed</dt><dd>{totals.openedOn} → {totals.closedOn ?? 'open'}</dd></div>
        <div><dt title="XIRR over margin posted and released, premiums and fees of every layer of the chain">IRR</dt><dd data-testid="story-irr">{irr ?? 'undefined'}</dd></div>
      </dl>
      {!totals.irr.ok ? <p className="story-irr-note muted" data-testid="story-irr-reason">IRR undefined: {totals.irr.reason}.</p> : null}
      <ol className="story-chain">
        {story.layers.map((layer) => <StoryLayerView key={layer.layerId} layer={layer} current={layer.layerId === layerId} />)}
      </ol>
    </section>
  );
}

function StoryLayerView({ layer, current }: { layer: StoryLayer; current: boolean }) {
  const shape = layer.strikes ? `iron condor ${formatCondorStrikes(layer.strikes)}` : ROLE_LABELS[layer.role];
  const entries = storyEntries(layer.steps, layer.notes, layer.decisions);
  return (
    <li className={current ? 'story-layer is-current' : 'story-layer'} data-testid={`story-layer-${layer.layerId}`}>
      <header className="story-layer-header">
        <h2><a href={layerHref(layer.layerId)}>Layer #{layer.layerId}</a> <span className="title-shape">{shape}</span></h2>
        <span className="layer-meta">
          <StatusBadge status={layer.status} />
          <span>{ROLE_LABELS[layer.role]}</span>
          <span>{layer.openedQuantity} × {formatNetPrice(layer.openPriceHundredths).replace(/ (cr|db)$/, ' pts $1')}</span>
          {layer.expiration ? <span>expires {layer.expiration}</span> : null}
          {layer.tags.length > 0 ? <span>{layer.tags.map((t) => `#${t}`).join(' ')}</span> : null}
        </span>
      </header>
      {layer.notesText ? <p className="story-thesis">{layer.notesText}</p> : null}
      <ol className="story-entries">
        {entries.map((e) => <StoryEntryView key={`${e.kind}-${e.kind === 'step' ? e.step.ticketId : e.kind === 'note' ? e.note.id : e.decision.id}`} entry={e} />)}
      </ol>
      <p className="story-layer-total">
        Layer P&amp;L <strong className={pnlClass(layer.realizedPnlCents)}>{signedCents(layer.realizedPnlCents)}</strong>
        <span className="muted"> · fees {formatCents(layer.feesCents)}{layer.status === 'open' ? ' · still open: realised so far' : ''}</span>
        {layer.rolledToId !== null ? <span className="story-rolled-to"> · rolled into <a href={layerHref(layer.rolledToId)}>#{layer.rolledToId}</a> ↓</span> : null}
      </p>
    </li>
  );
}

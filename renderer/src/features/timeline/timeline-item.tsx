import type { TimelineItem } from '../../../../shared/journal/types';
import { pnlClass } from '../../format/money';
import { layerHref, layerStoryHref } from '../../routing/route';
import { amountParts, KIND_ICONS, KIND_LABELS } from './timeline-format';

interface TimelineEntryProps {
  item: TimelineItem;
  onTag(tag: string): void;
  onEdit?(item: TimelineItem): void;
  onDelete?(item: TimelineItem): void;
}

/** One entry: its kind, title, the free text, its amounts with units, tags, and links to the layer. */
export function TimelineEntry({ item, onTag, onEdit, onDelete }: TimelineEntryProps) {
  const amounts = amountParts(item.amounts);
  const kindClass = item.kind === 'ticket' && item.action ? `${item.kind} timeline-action-${item.action}` : item.kind;
  return (
    <li className={`timeline-item timeline-${kindClass}`} data-testid={`timeline-${item.kind}-${item.id}`}>
      <span className="timeline-icon" aria-hidden="true">{KIND_ICONS[item.kind]}</span>
      <div className="timeline-body">
        <div className="timeline-line">
          <span className="timeline-kind">{item.kind === 'event' && item.eventKind === 'custom' ? 'Event' : KIND_LABELS[item.kind]}</span>
          <strong className="timeline-title">{item.title}</strong>
          {item.decision ? <span className={`badge decision-${item.decision}`}>{item.decision}</span> : null}
          {item.layerId !== null ? (
            <span className="timeline-links">
              <a href={layerHref(item.layerId)} className="layer-link">layer #{item.layerId}</a>
              <a href={layerStoryHref(item.layerId)} className="layer-link" data-testid="story-link">story</a>
            </span>
          ) : null}
        </div>
        {item.detail ? <p className="timeline-detail">{item.detail}</p> : null}
        {amounts.length > 0 || item.tags.length > 0 ? (
          <div className="timeline-meta">
            {amounts.map((a) => (
              <span key={a.label} className="timeline-amount">
                <span className="muted">{a.label}</span> <span className={a.cents === undefined ? undefined : pnlClass(a.cents)}>{a.text}</span>
              </span>
            ))}
            {item.tags.map((tag) => (
              <button key={tag} type="button" className="chip" onClick={() => onTag(tag)} title={`Show only entries tagged ${tag}`}>#{tag}</button>
            ))}
          </div>
        ) : null}
      </div>
      {onEdit || onDelete ? (
        <div className="row-actions timeline-actions">
          {onEdit ? <button type="button" className="button button-small" onClick={() => onEdit(item)} aria-label={`Edit note ${item.id}`}>Edit</button> : null}
          {onDelete ? <button type="button" className="button button-small button-danger-quiet" onClick={() => onDelete(item)} aria-label={`Delete note ${item.id}`}>Delete</button> : null}
        </div>
      ) : null}
    </li>
  );
}

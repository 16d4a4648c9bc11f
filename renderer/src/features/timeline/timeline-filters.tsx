import type { RefObject } from 'react';
import { TIMELINE_KINDS, type TimelineKind } from '../../../../shared/journal/types';
import type { LayerOption } from '../../../../shared/domain/types';
import { ROLE_LABELS } from '../../format/labels';
import { formatCondorStrikes } from '../../format/strikes';
import { DateFilterField } from './date-filter-field';
import { KIND_ICONS, KIND_LABELS } from './timeline-format';

export interface TimelineFilterState {
  scope: 'portfolio' | 'all';
  layerId: string;
  tag: string;
  from: string;
  to: string;
  kinds: readonly TimelineKind[];
  text: string;
}

export const NO_FILTERS: TimelineFilterState = { scope: 'portfolio', layerId: '', tag: '', from: '', to: '', kinds: TIMELINE_KINDS, text: '' };

/** True when anything narrows the timeline beyond "this portfolio, everything". */
export function isFiltered(f: TimelineFilterState): boolean {
  return f.layerId !== '' || f.tag.trim() !== '' || f.from !== '' || f.to !== '' || f.kinds.length !== TIMELINE_KINDS.length || f.text.trim() !== '';
}

interface TimelineFiltersProps {
  value: TimelineFilterState;
  onChange(next: TimelineFilterState): void;
  layers: readonly LayerOption[];
  portfolioName: string;
  searchRef: RefObject<HTMLInputElement | null>;
}

function layerLabel(l: LayerOption): string {
  const shape = l.strikes ? formatCondorStrikes(l.strikes) : ROLE_LABELS[l.role];
  return `#${l.id} ${shape} · ${l.openedOn} · ${l.status}`;
}

/** Search, portfolio, layer, tag, date range and kinds. */
export function TimelineFilters({ value, onChange, layers, portfolioName, searchRef }: TimelineFiltersProps) {
  const set = (patch: Partial<TimelineFilterState>) => onChange({ ...value, ...patch });
  const toggleKind = (kind: TimelineKind) => {
    const next = value.kinds.includes(kind) ? value.kinds.filter((k) => k !== kind) : TIMELINE_KINDS.filter((k) => k === kind || value.kinds.includes(k));
    if (next.length > 0) set({ kinds: next });
  };
  return (
    <div className="timeline-filters" data-testid="timeline-filters">
      <label className="timeline-search">
        <span className="sr-only">Search the journal</span>
        <input ref={searchRef} type="search" value={value.text} placeholder="Search notes, tickets, reasons, events   ( / )" data-testid="timeline-search"
          onChange={(e) => set({ text: e.target.value })} onKeyDown={(e) => { if (e.key === 'Escape' && value.text !== '') { e.preventDefault(); set({ text: '' }); } }} />
      </label>
      <div className="timeline-filter-row">
        <label className="inline-field">Portfolio
          <select value={value.scope} onChange={(e) => set({ scope: e.target.value === 'all' ? 'all' : 'portfolio', layerId: '' })} data-testid="timeline-scope">
            <option value="portfolio">{portfolioName}</option>
            <option value="all">All portfolios</option>
          </select>
        </label>
        <label className="inline-field">Layer
          <select value={value.layerId} onChange={(e) => set({ layerId: e.target.value })} data-testid="timeline-layer" disabled={value.scope === 'all'}>
            <option value="">All layers</option>
            {layers.map((l) => <option key={l.id} value={String(l.id)}>{layerLabel(l)}</option>)}
          </select>
        </label>
        <label className="inline-field">Tag
          <input type="text" value={value.tag} placeholder="any" onChange={(e) => set({ tag: e.target.value })} data-testid="timeline-tag" className="timeline-tag-input" />
        </label>
        <DateFilterField label="From" value={value.from} max={value.to || undefined} onChange={(from) => set({ from })} testId="timeline-from" />
        <DateFilterField label="To" value={value.to} min={value.from || undefined} onChange={(to) => set({ to })} testId="timeline-to" />
      </div>
      <div className="timeline-kinds" role="group" aria-label="Kinds of entries">
        {TIMELINE_KINDS.map((kind) => (
          <label key={kind} className={`kind-toggle kind-toggle-${kind}`}>
            <input type="checkbox" checked={value.kinds.includes(kind)} onChange={() => toggleKind(kind)} data-testid={`timeline-kind-${kind}`} />
            <span aria-hidden="true">{KIND_ICONS[kind]}</span> {KIND_LABELS[kind]}s
          </label>
        ))}
        {isFiltered(value) ? <button type="button" className="button button-small" onClick={() => onChange({ ...NO_FILTERS, scope: value.scope })}>Clear filters</button> : null}
      </div>
    </div>
  );
}

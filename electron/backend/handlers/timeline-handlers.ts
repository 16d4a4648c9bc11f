/** The journal timeline (every kind of entry, newest first) and a layer's story (its roll chain). */
import { invalidField, notFound } from '../../../shared/api/errors';
import { buildLayerStory } from '../../../shared/journal/layer-story';
import type Database from 'better-sqlite3';
import { layerAsOf } from '../../../shared/domain/layer-as-of';
import type { LayerStatusOn } from '../../../shared/domain/types';
import { TIMELINE_KINDS, type TimelineItem, type TimelinePage } from '../../../shared/journal/types';
import { findLayer, layerPortfolioId } from '../repos/layers';
import { chainDecisions, chainNotes, compareTimeline, decodeCursor, encodeCursor, rollChainIds, TIMELINE_QUERIES } from '../repos/timeline-repo';
import { today } from '../context';
import type { HandlerMap } from './handler';
import { layerDetails } from '../services/book-state';
import { requirePortfolio } from '../services/portfolio-lookup';

/** The portfolio and layer asked for exist, and the layer is in that portfolio. */
function checkScope(db: Database.Database, portfolioId: number | undefined, layerId: number | undefined): void {
  if (portfolioId !== undefined) requirePortfolio(db, portfolioId);
  if (layerId === undefined) return;
  const owner = layerPortfolioId(db, layerId);
  if (owner === null) throw notFound('Layer', layerId);
  if (portfolioId !== undefined && owner !== portfolioId) throw invalidField('layerId', `layer ${layerId} is not in this portfolio`);
}

/** Each item naming a layer gets that layer's status at the end of `asOf` (shared/domain/layer-as-of.ts). */
function withLayerStatus(db: Database.Database, items: TimelineItem[], asOf: string): TimelineItem[] {
  const ids = [...new Set(items.flatMap((i) => (i.layerId === null ? [] : [i.layerId])))];
  const statuses = new Map<number, LayerStatusOn>();
  for (const detail of layerDetails(db, ids)) {
    const state = layerAsOf(detail, asOf);
    if (state !== null) statuses.set(detail.id, state.status);
  }
  return items.map((item) => {
    const status = item.layerId === null ? undefined : statuses.get(item.layerId);
    return status === undefined ? item : { ...item, layerStatus: status };
  });
}

export const timelineHandlers: HandlerMap<'journal/timeline' | 'layer/story'> = {
  'journal/timeline': ({ portfolioId, layerId, tag, from, to, text, kinds, limit, before, asOf: asked }, ctx): TimelinePage => {
    const { db } = ctx;
    checkScope(db, portfolioId, layerId);
    // As of a date: nothing dated after it, and each layer's status on it.
    const asOf = asked ?? today(ctx);
    const upTo = to === undefined || to > asOf ? asOf : to;
    if (from !== undefined && from > upTo) return { items: [], nextCursor: null };
    const filter = { portfolioId, layerId, tag, from, to: upTo, text: text === '' ? undefined : text, before: before === undefined ? undefined : decodeCursor(before), limit: limit + 1, today: asOf };
    // Each kind returns at most limit + 1 rows already in order, so the merge is short.
    const merged = [...new Set(kinds ?? TIMELINE_KINDS)].flatMap((kind) => TIMELINE_QUERIES[kind](db, filter)).sort(compareTimeline);
    const items = withLayerStatus(db, merged.slice(0, limit), asOf);
    const last = items[items.length - 1];
    return { items, nextCursor: merged.length > limit && last ? encodeCursor(last) : null };
  },

  'layer/story': ({ layerId }, ctx) => {
    const date = today(ctx);
    const asked = findLayer(ctx.db, layerId, date);
    if (!asked) throw notFound('Layer', layerId);
    const portfolio = requirePortfolio(ctx.db, asked.portfolioId);
    const ids = rollChainIds(ctx.db, layerId);
    const chain = ids.map((id) => (id === layerId ? asked : findLayer(ctx.db, id, date))).filter((l) => l !== null);
    return buildLayerStory({ layerId, chain, notes: chainNotes(ctx.db, ids), decisions: chainDecisions(ctx.db, ids), settings: portfolio.settings, today: date });
  },
};

/** The journal timeline (every kind of entry, newest first) and a layer's story (its roll chain). */
import { invalidField, notFound } from '../../../shared/api/errors';
import { buildLayerStory } from '../../../shared/journal/layer-story';
import { TIMELINE_KINDS, type TimelinePage } from '../../../shared/journal/types';
import { findLayer, layerPortfolioId } from '../repos/layers';
import { chainDecisions, chainNotes, compareTimeline, decodeCursor, encodeCursor, rollChainIds, TIMELINE_QUERIES } from '../repos/timeline-repo';
import { today } from '../context';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';

export const timelineHandlers: HandlerMap<'journal/timeline' | 'layer/story'> = {
  'journal/timeline': ({ portfolioId, layerId, tag, from, to, text, kinds, limit, before }, ctx): TimelinePage => {
    const { db } = ctx;
    if (portfolioId !== undefined) requirePortfolio(db, portfolioId);
    if (layerId !== undefined) {
      const owner = layerPortfolioId(db, layerId);
      if (owner === null) throw notFound('Layer', layerId);
      if (portfolioId !== undefined && owner !== portfolioId) throw invalidField('layerId', `layer ${layerId} is not in this portfolio`);
    }
    const filter = { portfolioId, layerId, tag, from, to, text: text === '' ? undefined : text, before: before === undefined ? undefined : decodeCursor(before), limit: limit + 1, today: today(ctx) };
    // Each kind returns at most limit + 1 rows already in order, so the merge is short.
    const merged = [...new Set(kinds ?? TIMELINE_KINDS)].flatMap((kind) => TIMELINE_QUERIES[kind](db, filter)).sort(compareTimeline);
    const items = merged.slice(0, limit);
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

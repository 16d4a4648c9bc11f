import { addDays } from '../../../shared/dates';
import { layerSmile } from '../../../shared/dashboard/layer-smile';
import { listMarksOfLayers } from '../repos/journal';
import { listBars } from '../repos/market';
import { findPortfolio } from '../repos/portfolios';
import { requireLayer, today } from '../services/layer-service';
import type { HandlerMap } from './handler';

/** Closes read for the smile: the anchor needs its opening date's (a layer lives < 400 days). */
const LOOKBACK_DAYS = 400;

export const smileHandlers: HandlerMap<'layer/smile'> = {
  'layer/smile': ({ layerId }, ctx) => {
    const layer = requireLayer(ctx, layerId);
    const portfolio = findPortfolio(ctx.db, layer.portfolioId);
    if (!portfolio) return null;
    const asOf = layer.status === 'open' ? today(ctx) : (layer.closedOn ?? today(ctx));
    const from = addDays(layer.openedOn, -10) < addDays(asOf, -LOOKBACK_DAYS) ? addDays(asOf, -LOOKBACK_DAYS) : addDays(layer.openedOn, -10);
    return layerSmile(layer, listMarksOfLayers(ctx.db, [layer.id]), listBars(ctx.db, 'SPX', from, asOf), listBars(ctx.db, 'VIX', from, asOf), portfolio.settings, asOf);
  },
};

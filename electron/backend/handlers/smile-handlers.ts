import { ApiError, notFound } from '../../../shared/api/errors';
import { addDays } from '../../../shared/dates';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { quoteStrikes, surfaceFor, yearsBetween } from '../../../shared/rules/smile';
import { layerSmile } from '../../../shared/dashboard/layer-smile';
import { listMarksOfLayers } from '../repos/journal';
import * as market from '../repos/market';
import { findPortfolio } from '../repos/portfolios';
import { requireLayer } from '../services/layer-service';
import { today } from '../context';
import type { HandlerMap } from './handler';
import { hundredthsToPoints } from '../../../shared/money';

/** Closes read for the smile: the anchor needs its opening date's (a layer lives < 400 days). */
const LOOKBACK_DAYS = 400;

/** Reads priced on the SPX smile: a layer's smile with its anchor, and model quotes per strike. */
export const smileHandlers: HandlerMap<'layer/smile' | 'market/quote'> = {
  'layer/smile': ({ layerId }, ctx) => {
    const layer = requireLayer(ctx, layerId);
    const portfolio = findPortfolio(ctx.db, layer.portfolioId);
    if (!portfolio) return null;
    const asOf = layer.status === 'open' ? today(ctx) : (layer.closedOn ?? today(ctx));
    const from = addDays(layer.openedOn, -10) < addDays(asOf, -LOOKBACK_DAYS) ? addDays(asOf, -LOOKBACK_DAYS) : addDays(layer.openedOn, -10);
    return layerSmile(layer, listMarksOfLayers(ctx.db, [layer.id]), market.listBars(ctx.db, 'SPX', from, asOf), market.listBars(ctx.db, 'VIX', from, asOf), portfolio.settings, asOf);
  },
  'market/quote': ({ date, expiration, strikes, portfolioId }, { db }) => {
    if (expiration < date) throw new ApiError('invalid_input', `expiration ${expiration} is before the quote date ${date}`, [{ path: 'expiration', message: 'must be on or after date' }]);
    let settings = DEFAULT_SETTINGS;
    if (portfolioId !== undefined) {
      const portfolio = findPortfolio(db, portfolioId);
      if (!portfolio) throw notFound('portfolio', portfolioId);
      settings = portfolio.settings;
    }
    const closeOn = (symbol: 'SPX' | 'VIX') => {
      const bars = market.listBars(db, symbol, addDays(date, -14), date);
      const last = bars[bars.length - 1];
      if (last?.date !== date) throw new ApiError('invalid_input', `no ${symbol} close stored for ${date}${last ? ` (latest before it: ${last.date})` : ''}; import the closes first`, [{ path: 'date', message: `no ${symbol} close` }]);
      return hundredthsToPoints(last.closeHundredths);
    };
    const spx = closeOn('SPX');
    const vix = closeOn('VIX');
    const years = yearsBetween(date, expiration);
    return { date, expiration, spx, vix, years, quotes: quoteStrikes(surfaceFor(spx, vix, settings), years, strikes) };
  },
};

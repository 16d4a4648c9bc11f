import { ApiError, notFound } from '../../../shared/api/errors';
import { parseMarketCsv } from '../../../shared/import/market-csv';
import { marketVersion } from '../db/market-stamps';
import { memoOnVersion } from '../db/memo';
import * as market from '../repos/market';
import { marketChanged } from '../services/market-cache';
import { addDays } from '../../../shared/dates';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { quoteStrikes, surfaceFor, yearsBetween } from '../../../shared/rules/smile';
import { findPortfolio } from '../repos/portfolios';
import type { HandlerMap } from './handler';

export const marketHandlers: HandlerMap<'market/import' | 'market/upsert' | 'market/list' | 'market/delete' | 'market/quote'> = {
  'market/import': ({ symbol, csv, fileName }, { db }) => {
    const parsed = parseMarketCsv(csv);
    const source = fileName ?? 'the file';
    if (!parsed.ok) {
      const more = parsed.totalErrors > parsed.issues.length ? ` (and ${parsed.totalErrors - parsed.issues.length} more)` : '';
      const first = parsed.issues[0];
      throw new ApiError('invalid_input', `${source} was not imported: ${parsed.totalErrors} bad row(s)${more}; first at ${first?.path}: ${first?.message}`, parsed.issues);
    }
    const counts = market.upsertCloses(db, symbol, parsed.closes);
    if (counts.added + counts.updated > 0) marketChanged(db);
    const dates = parsed.closes.map((c) => c.date).sort();
    return { symbol, rows: parsed.closes.length, ...counts, duplicateRows: parsed.duplicateRows, firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null };
  },

  'market/upsert': ({ symbol, date, closeHundredths, openHundredths }, { db }) => {
    market.upsertCloses(db, symbol, [{ date, closeHundredths, openHundredths: openHundredths ?? null }]);
    marketChanged(db);
    const [stored] = market.listBars(db, symbol, date, date);
    return stored ?? { symbol, date, closeHundredths, openHundredths: openHundredths ?? null };
  },

  // The whole history (the Market page: ~25,000 SPX closes, ~20 ms to read) is kept until market
  // data next changes (db/market-stamps.ts: a ticket or note save does not drop it); a bounded
  // range is a cheap indexed read and is not cached (its keys would pile up).
  'market/list': ({ symbol, from, to }, { db }) => (from === undefined && to === undefined
    ? memoOnVersion(db, `market/list/${symbol}`, marketVersion(db), () => market.listBars(db, symbol))
    : market.listBars(db, symbol, from, to)),

  'market/delete': ({ symbol, date }, { db }) => {
    if (market.deleteBar(db, symbol, date) === 0) throw notFound(`${symbol} close on`, date);
    marketChanged(db);
    return { deleted: true };
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
      return last.closeHundredths / 100;
    };
    const spx = closeOn('SPX');
    const vix = closeOn('VIX');
    const years = yearsBetween(date, expiration);
    return { date, expiration, spx, vix, years, quotes: quoteStrikes(surfaceFor(spx, vix, settings), years, strikes) };
  },
};

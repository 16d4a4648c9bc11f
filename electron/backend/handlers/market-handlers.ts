import { notFound } from '../../../shared/api/errors';
import * as market from '../repos/market';
import { listRevisions } from '../repos/market-revisions';
import { storedBars } from '../services/market-cache';
import { editClose, importCloses, undoLast } from '../services/market-writes';
import type { HandlerMap } from './handler';

type MarketOps = 'market/import' | 'market/upsert' | 'market/list' | 'market/delete' | 'market/undo' | 'market/revisions';

export const marketHandlers: HandlerMap<MarketOps> = {
  'market/import': ({ symbol, csv, fileName, dryRun, replace, tolerancePct }, { db, now }) => importCloses(db, { symbol, csv, fileName, dryRun, replace, tolerancePct, now: now() }),

  'market/upsert': ({ symbol, date, closeHundredths, openHundredths, reason }, { db, now }) => {
    const before = market.barOn(db, symbol, date);
    const after = { closeHundredths, openHundredths: openHundredths ?? before?.openHundredths ?? null };
    editClose(db, symbol, { date, before, after }, reason, now());
    return { symbol, date, ...after };
  },

  // The whole history (the Market page: ~25,000 SPX closes, ~20 ms to read) is kept until market
  // data next changes (db/market-stamps.ts: a ticket or note save does not drop it); a bounded
  // range is a cheap indexed read and is not cached (its keys would pile up).
  'market/list': ({ symbol, from, to }, { db }) => (from === undefined && to === undefined
    ? storedBars(db, symbol)
    : market.listBars(db, symbol, from, to)),

  'market/delete': ({ symbol, date, reason }, { db, now }) => {
    const before = market.barOn(db, symbol, date);
    if (before === null) throw notFound(`${symbol} close on`, date);
    editClose(db, symbol, { date, before, after: null }, reason, now());
    return { deleted: true };
  },

  'market/undo': ({ symbol }, { db, now }) => undoLast(db, symbol, now()),

  'market/revisions': ({ symbol, limit }, { db }) => listRevisions(db, symbol, limit),
};

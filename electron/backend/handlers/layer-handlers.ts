import { ApiError, invalidField } from '../../../shared/api/errors';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { LayerDetail, LayerSummary } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import { memoUntilWrite } from '../db/memo';
import * as layers from '../repos/layers';
import { closingLegs, openCondor, refreshLayer, requireLayer, SPX_MULTIPLIER } from '../services/layer-service';
import { today } from '../context';
import { findEntrySnapshot, takeEntrySnapshot } from '../services/entry-snapshot';
import type { HandlerMap } from './handler';
import { legIssues } from '../../../shared/domain/leg-rules';
import { requirePortfolio } from '../services/portfolio-lookup';

type LayerOps = 'layer/list' | 'layer/options' | 'layer/totals' | 'layer/get' | 'layer/snapshot' | 'layer/createCondor' | 'layer/create' | 'layer/update' | 'layer/delete' | 'layer/roll';

export const layerHandlers: HandlerMap<LayerOps> = {
  'layer/list': ({ portfolioId, asOf, status, limit, offset }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    const q = { portfolioId, asOf: asOf ?? today(ctx), status, limit, offset };
    // A whole list (thousands of rows on a long journal) is kept until the next write; pages are cheap reads.
    return limit === undefined && offset === 0
      ? memoUntilWrite(ctx.db, `layer/list/${portfolioId}/${q.asOf}/${status}`, () => layers.listLayerSummaries(ctx.db, q))
      : layers.listLayerSummaries(ctx.db, q);
  },

  'layer/options': ({ portfolioId }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    // Every layer of a long journal (~2,500) for a picker the ticket form opens again and again.
    return memoUntilWrite(ctx.db, `layer/options/${portfolioId}`, () => layers.listLayerOptions(ctx.db, portfolioId));
  },

  'layer/totals': ({ portfolioId }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    return layers.layerTotals(ctx.db, portfolioId);
  },

  'layer/get': ({ layerId }, ctx) => requireLayer(ctx, layerId),

  'layer/snapshot': ({ layerId }, ctx) => {
    requireLayer(ctx, layerId);
    return findEntrySnapshot(ctx, layerId);
  },

  'layer/createCondor': (input, ctx) => {
    requirePortfolio(ctx.db, input.portfolioId);
    return openCondor(ctx, { ...input, rolledFromId: null });
  },

  'layer/create': (input, ctx) => createLayer(input, ctx),

  'layer/update': ({ layerId, role, notes, tags, protectsLayerIds }, ctx) => {
    const layer = requireLayer(ctx, layerId);
    layers.updateLayerFields(ctx.db, layerId, { role, notes, tags });
    if (protectsLayerIds !== undefined) {
      if ((role ?? layer.role) !== 'hedge') throw invalidField('protectsLayerIds', 'only a hedge layer protects other layers');
      checkProtectedLayers(ctx, layer.portfolioId, protectsLayerIds, layerId);
      layers.setHedgeLinks(ctx.db, layerId, protectsLayerIds);
    }
    return requireLayer(ctx, layerId);
  },

  'layer/delete': ({ layerId }, ctx) => {
    const layer = requireLayer(ctx, layerId);
    if (layer.rolledToId !== null) throw new ApiError('conflict', `Layer ${layerId} was rolled into layer ${layer.rolledToId}; delete that layer first`);
    layers.deleteLayer(ctx.db, layerId);
    return { deleted: true };
  },

  'layer/roll': (input, ctx) => {
    const old = requireLayer(ctx, input.layerId);
    if (old.status !== 'open') throw invalidField('layerId', `layer ${old.id} is ${old.status}; only an open layer can be rolled`);
    if (input.date < old.openedOn) throw invalidField('date', `must be on or after the layer's open date ${old.openedOn}`);
    const units = old.openQuantity;
    layers.insertTicket(ctx.db, {
      layerId: old.id, date: input.date, action: 'roll', quantity: units, netPriceHundredths: input.closePriceHundredths, multiplier: SPX_MULTIPLIER,
      feesCents: input.closeFeesCents, note: input.note, legs: closingLegs(old, units, 'layerId'), createdAt: ctx.now().toISOString(),
    });
    const closed = refreshLayer(ctx, old.id);
    const opened = openCondor(ctx, {
      portfolioId: old.portfolioId, openedOn: input.date, expiration: input.expiration, strikes: input.strikes, quantity: input.quantity ?? units,
      creditHundredths: input.creditHundredths, feesCents: input.openFeesCents, role: input.role ?? old.role, underlying: old.legs[0]?.underlying === 'SPX' ? 'SPX' : 'SPXW',
      notes: input.note, tags: old.tags, rolledFromId: old.id,
    });
    return { closed: requireLayer(ctx, closed.id), opened };
  },
};

export function toSummary(layer: LayerDetail): LayerSummary {
  const { legs: _legs, tickets: _tickets, openContracts: _open, protectsLayerIds: _protects, ...summary } = layer;
  return summary;
}

function createLayer(input: ApiParsedInput<'layer/create'>, ctx: BackendContext): LayerDetail {
  requirePortfolio(ctx.db, input.portfolioId);
  const issues = input.legs.flatMap((leg, i) => legIssues(leg, `legs.${i}`, input.openedOn));
  const multipliers = new Set(input.legs.map((leg) => leg.multiplier));
  if (multipliers.size > 1) issues.push({ path: 'legs', message: 'all legs of one layer need the same multiplier; enter futures, options and ETF shares as separate layers' });
  if (issues.length > 0) throw new ApiError('invalid_input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  if (input.protectsLayerIds.length > 0) {
    if (input.role !== 'hedge') throw invalidField('protectsLayerIds', 'only a hedge layer protects other layers');
    checkProtectedLayers(ctx, input.portfolioId, input.protectsLayerIds, null);
  }
  const layerId = layers.insertLayer(ctx.db, { portfolioId: input.portfolioId, role: input.role, openedOn: input.openedOn, rolledFromId: null, notes: input.notes, tags: input.tags, createdAt: ctx.now().toISOString() });
  const legIds = layers.insertLegs(ctx.db, layerId, input.legs);
  const multiplier = input.legs[0]?.multiplier ?? 1;
  layers.insertTicket(ctx.db, {
    layerId, date: input.openedOn, action: 'open', quantity: input.quantity, netPriceHundredths: input.netPriceHundredths, multiplier, feesCents: input.feesCents, note: '',
    legs: input.legs.map((leg, i) => ({ legId: legIds[i] ?? 0, quantity: (leg.side === 'long' ? 1 : -1) * leg.ratio * input.quantity })), createdAt: ctx.now().toISOString(),
  });
  layers.setHedgeLinks(ctx.db, layerId, input.protectsLayerIds);
  const layer = refreshLayer(ctx, layerId);
  takeEntrySnapshot(ctx, layer);
  return layer;
}

function checkProtectedLayers(ctx: BackendContext, portfolioId: number, ids: readonly number[], selfId: number | null): void {
  for (const id of ids) {
    const portfolio = layers.layerPortfolioId(ctx.db, id);
    if (portfolio === null) throw invalidField('protectsLayerIds', `layer ${id} does not exist`);
    if (portfolio !== portfolioId) throw invalidField('protectsLayerIds', `layer ${id} belongs to another portfolio`);
    if (id === selfId) throw invalidField('protectsLayerIds', 'a hedge cannot protect itself');
  }
}

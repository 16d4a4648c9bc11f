/** Layer operations shared by several handlers (create, roll, tickets). Callers own the transaction. */
import { ApiError, invalidField, notFound } from '../../../shared/api/errors';
import { condorEntryIssues } from '../../../shared/domain/condor-rules';
import { legPriceIssues } from '../../../shared/domain/leg-prices';
import { summarizeLedger } from '../../../shared/domain/layer-ledger';
import type { CondorStrikes, LayerDetail, LayerRole, LayerStatus, TicketAction } from '../../../shared/domain/types';
import { today, type BackendContext } from '../context';
import * as layers from '../repos/layers';
import { takeEntrySnapshot } from './entry-snapshot';

export const SPX_MULTIPLIER = 100;

export interface CondorSpec {
  portfolioId: number;
  openedOn: string;
  expiration: string;
  strikes: CondorStrikes;
  quantity: number;
  creditHundredths: number;
  /** Each leg's own fill, unsigned hundredths per contract (optional; shared/domain/leg-prices.ts). */
  legPricesHundredths?: CondorStrikes | undefined;
  feesCents: number;
  role: LayerRole;
  underlying: 'SPX' | 'SPXW';
  notes: string;
  tags: string[];
  rolledFromId: number | null;
}

export function requireLayer(ctx: BackendContext, id: number): LayerDetail {
  const layer = layers.findLayer(ctx.db, id, today(ctx));
  if (!layer) throw notFound('Layer', id);
  return layer;
}

/** Creates the layer, its four legs and the opening ticket. */
export function openCondor(ctx: BackendContext, spec: CondorSpec, pathPrefix = ''): LayerDetail {
  const issues = [...condorEntryIssues(spec, pathPrefix), ...condorLegPriceIssues(spec, pathPrefix)];
  if (issues.length > 0) throw new ApiError('invalid_input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  const layerId = layers.insertLayer(ctx.db, { portfolioId: spec.portfolioId, role: spec.role, openedOn: spec.openedOn, rolledFromId: spec.rolledFromId, notes: spec.notes, tags: spec.tags, createdAt: ctx.now().toISOString() });
  const option = (right: 'put' | 'call', side: 'long' | 'short', strikeHundredths: number): layers.NewLeg => ({
    instrument: 'option', underlying: spec.underlying, symbol: null, right, side, strikeHundredths, expiration: spec.expiration, ratio: 1, multiplier: SPX_MULTIPLIER,
  });
  const { putLong, putShort, callShort, callLong } = spec.strikes;
  const legIds = layers.insertLegs(ctx.db, layerId, [option('put', 'long', putLong), option('put', 'short', putShort), option('call', 'short', callShort), option('call', 'long', callLong)]);
  const signs = [1, -1, -1, 1];
  const prices = spec.legPricesHundredths ? [spec.legPricesHundredths.putLong, spec.legPricesHundredths.putShort, spec.legPricesHundredths.callShort, spec.legPricesHundredths.callLong] : [];
  layers.insertTicket(ctx.db, {
    layerId, date: spec.openedOn, action: 'open', quantity: spec.quantity, netPriceHundredths: spec.creditHundredths, multiplier: SPX_MULTIPLIER,
    feesCents: spec.feesCents, note: '', legs: legIds.map((legId, i) => ({ legId, quantity: (signs[i] ?? 0) * spec.quantity, priceHundredths: prices[i] ?? null })), createdAt: ctx.now().toISOString(),
  });
  const layer = refreshLayer(ctx, layerId);
  takeEntrySnapshot(ctx, layer);
  return layer;
}

/** The legs' own fills must make the credit (K2 − K1 + K3 − K4 within 0.01), when given. */
function condorLegPriceIssues(spec: CondorSpec, pathPrefix: string) {
  const p = spec.legPricesHundredths;
  if (!p) return [];
  const legs = [{ quantity: 1, priceHundredths: p.putLong }, { quantity: -1, priceHundredths: p.putShort }, { quantity: -1, priceHundredths: p.callShort }, { quantity: 1, priceHundredths: p.callLong }];
  return legPriceIssues(legs, 1, spec.creditHundredths, `${pathPrefix}legPricesHundredths`).map((i) => ({ ...i, path: `${pathPrefix}legPricesHundredths` }));
}

const STATUS_AFTER: Partial<Record<TicketAction, LayerStatus>> = { close: 'closed', roll: 'rolled', expire: 'expired', settle: 'expired', adjust: 'closed' };

/** Re-derives status and the cached summary from the tickets after any ticket or leg change. */
export function refreshLayer(ctx: BackendContext, layerId: number): LayerDetail {
  const layer = requireLayer(ctx, layerId);
  const { status, closedOn } = rewriteLayerSummary(ctx.db, layer);
  return { ...layer, status, closedOn, dte: status === 'open' ? layer.dte : null };
}

/** Derives status, closing date and the summary columns from the layer's own legs and tickets, and stores them. */
export function rewriteLayerSummary(db: BackendContext['db'], layer: LayerDetail): { status: LayerStatus; closedOn: string | null } {
  const ledger = summarizeLedger(layer.legs, layer.tickets);
  const anyOpen = Object.values(ledger.openContracts).some((q) => q !== 0);
  if (ledger.openQuantity === 0 && anyOpen) throw new ApiError('invalid_input', 'This ticket would close every unit while some legs stay open; name the legs it trades');
  const last = layer.tickets[layer.tickets.length - 1];
  const status: LayerStatus = anyOpen || !last ? 'open' : (STATUS_AFTER[last.action] ?? 'closed');
  const closedOn = status === 'open' ? null : (ledger.lastDate ?? null);
  layers.writeLayerSummary(db, layer.id, ledger, status, closedOn);
  return { status, closedOn };
}

/** Signed contracts that take `units` of the open position off, leg by leg. */
export function closingLegs(layer: LayerDetail, units: number, path: string): { legId: number; quantity: number }[] {
  if (units > layer.openQuantity) throw invalidField(path, `only ${layer.openQuantity} unit(s) are open`);
  const result: { legId: number; quantity: number }[] = [];
  for (const leg of layer.legs) {
    const open = layer.openContracts[leg.id] ?? 0;
    if (open === 0) continue;
    const quantity = (-open * units) / layer.openQuantity;
    if (!Number.isInteger(quantity)) throw invalidField(path, `closing ${units} of ${layer.openQuantity} units leaves a fraction of a contract on leg ${leg.id}; enter the legs explicitly`);
    if (quantity !== 0) result.push({ legId: leg.id, quantity });
  }
  return result;
}

/**
 * Test fixtures for the rules engine: hand-made iron-condor and hedge layers with legs and
 * tickets, summarised by the real ledger. Strikes and prices are given in points for
 * readability and stored in hundredths as the app does.
 */
import { daysBetween } from '../../dates';
import { summarizeLedger } from '../../domain/layer-ledger';
import type { LayerDetail, LayerRole, Leg, Ticket, TicketAction } from '../../domain/types';

export interface CondorSpec {
  id: number;
  role?: LayerRole;
  openedOn: string;
  expiration: string;
  /** [long put, short put, short call, long call], points. */
  strikes: readonly [number, number, number, number];
  /** Net credit per unit at the open, points. */
  credit: number;
  quantity?: number;
  /** Close the whole layer on this date at this debit (points). */
  close?: { date: string; price: number; action?: TicketAction };
}

const MULTIPLIER = 100;
const toHundredths = (points: number) => Math.round(points * 100);

function ticket(layerId: number, n: number, date: string, action: TicketAction, quantity: number, netPriceHundredths: number, legs: Ticket['legs']): Ticket {
  return { id: layerId * 100 + n, layerId, date, action, quantity, netPriceHundredths, multiplier: MULTIPLIER, feesCents: 0, cashCents: netPriceHundredths * MULTIPLIER * quantity, note: '', legs };
}

function detail(id: number, role: LayerRole, openedOn: string, legs: Leg[], tickets: Ticket[], asOfForDte: string): LayerDetail {
  const ledger = summarizeLedger(legs, tickets);
  const open = ledger.openQuantity > 0;
  return {
    id,
    portfolioId: 1,
    role,
    status: open ? 'open' : 'closed',
    openedOn,
    closedOn: open ? null : ledger.lastDate,
    expiration: ledger.expiration,
    dte: ledger.expiration === null ? null : daysBetween(asOfForDte, ledger.expiration),
    strikes: ledger.strikes,
    openedQuantity: ledger.openedQuantity,
    openQuantity: ledger.openQuantity,
    openPriceHundredths: ledger.openPriceHundredths,
    netCashCents: ledger.netCashCents,
    realizedPnlCents: ledger.realizedPnlCents,
    feesCents: ledger.feesCents,
    rolledFromId: null,
    rolledToId: null,
    notes: '',
    tags: [],
    legs,
    tickets,
    openContracts: ledger.openContracts,
    protectsLayerIds: [],
  };
}

/** An SPXW iron condor opened (and optionally closed) by tickets. */
export function condorLayer(spec: CondorSpec): LayerDetail {
  const { id, openedOn, expiration } = spec;
  const quantity = spec.quantity ?? 1;
  const shape: [Leg['right'], Leg['side']][] = [['put', 'long'], ['put', 'short'], ['call', 'short'], ['call', 'long']];
  const legs: Leg[] = shape.map(([right, side], i) => ({
    id: id * 10 + i,
    layerId: id,
    instrument: 'option',
    underlying: 'SPXW',
    symbol: null,
    right,
    side,
    strikeHundredths: toHundredths(spec.strikes[i] ?? 0),
    expiration,
    ratio: 1,
    multiplier: MULTIPLIER,
  }));
  const signed = (q: number) => legs.map((leg) => ({ legId: leg.id, quantity: leg.side === 'long' ? q : -q }));
  const tickets = [ticket(id, 1, openedOn, 'open', quantity, toHundredths(spec.credit), signed(quantity))];
  if (spec.close) tickets.push(ticket(id, 2, spec.close.date, spec.close.action ?? 'close', quantity, -toHundredths(spec.close.price), signed(-quantity)));
  return detail(id, spec.role ?? 'base', openedOn, legs, tickets, openedOn);
}

/** A long VIX call spread hedge bought for `debit` points per spread. */
export function vixHedgeLayer(spec: { id: number; openedOn: string; expiration: string; strikes: readonly [number, number]; debit: number; quantity: number }): LayerDetail {
  const { id, openedOn, expiration, quantity } = spec;
  const legs: Leg[] = (['long', 'short'] as const).map((side, i) => ({
    id: id * 10 + i,
    layerId: id,
    instrument: 'option',
    underlying: 'VIX',
    symbol: null,
    right: 'call',
    side,
    strikeHundredths: toHundredths(spec.strikes[i] ?? 0),
    expiration,
    ratio: 1,
    multiplier: MULTIPLIER,
  }));
  const tickets = [ticket(id, 1, openedOn, 'open', quantity, -toHundredths(spec.debit), legs.map((leg) => ({ legId: leg.id, quantity: leg.side === 'long' ? quantity : -quantity })))];
  return detail(id, 'hedge', openedOn, legs, tickets, openedOn);
}

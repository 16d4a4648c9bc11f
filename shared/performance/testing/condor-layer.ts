/**
 * Test fixture: an iron condor LayerDetail built from a few tickets, with its summary
 * fields derived by `summarizeLedger` exactly as the backend stores them.
 */
import { summarizeLedger } from '../../domain/layer-ledger';
import type { LayerDetail, LayerRole, Leg, Ticket, TicketAction } from '../../domain/types';

export interface FixtureTicket {
  date: string;
  action: TicketAction;
  quantity: number;
  /** + credit, − debit per unit, points. */
  price: number;
  /** Dollars. */
  fees: number;
}

export interface FixtureLayer {
  id: number;
  role?: LayerRole;
  tags?: string[];
  /** Wing width in points (both wings); the strikes are around 5000. */
  wing?: number;
  tickets: FixtureTicket[];
  rolledFromId?: number | null;
  rolledToId?: number | null;
}

const CLOSING = new Set<TicketAction>(['close', 'roll', 'expire', 'settle']);

export function condorLayer(f: FixtureLayer): LayerDetail {
  const wing = (f.wing ?? 50) * 100;
  const base = f.id * 10;
  const leg = (i: number, right: 'put' | 'call', side: 'long' | 'short', strike: number): Leg => ({
    id: base + i, layerId: f.id, instrument: 'option', underlying: 'SPX', symbol: null, right, side, strikeHundredths: strike, expiration: '2026-12-18', ratio: 1, multiplier: 100,
  });
  const legs = [leg(1, 'put', 'long', 500000 - wing), leg(2, 'put', 'short', 500000), leg(3, 'call', 'short', 550000), leg(4, 'call', 'long', 550000 + wing)];
  const tickets: Ticket[] = f.tickets.map((t, i) => {
    const sign = CLOSING.has(t.action) ? -1 : 1;
    const priceHundredths = Math.round(t.price * 100);
    const feesCents = Math.round(t.fees * 100);
    return {
      id: base + i, layerId: f.id, date: t.date, action: t.action, quantity: t.quantity, netPriceHundredths: priceHundredths, multiplier: 100, feesCents,
      cashCents: priceHundredths * 100 * t.quantity - feesCents, note: '',
      legs: legs.map((l) => ({ legId: l.id, quantity: sign * (l.side === 'short' ? -t.quantity : t.quantity) })),
    };
  });
  const s = summarizeLedger(legs, tickets);
  const last = tickets[tickets.length - 1];
  const closed = s.openQuantity === 0;
  return {
    id: f.id, portfolioId: 1, role: f.role ?? 'base', status: closed ? (last?.action === 'roll' ? 'rolled' : 'closed') : 'open',
    openedOn: tickets[0]?.date ?? '2026-01-01', closedOn: closed ? s.lastDate : null, expiration: s.expiration, dte: null, strikes: s.strikes,
    openedQuantity: s.openedQuantity, openQuantity: s.openQuantity, openPriceHundredths: s.openPriceHundredths, netCashCents: s.netCashCents,
    realizedPnlCents: s.realizedPnlCents, feesCents: s.feesCents, rolledFromId: f.rolledFromId ?? null, rolledToId: f.rolledToId ?? null,
    notes: '', tags: f.tags ?? [], legs, tickets, openContracts: s.openContracts, protectsLayerIds: [],
  };
}

import { describe, expect, it } from 'vitest';
import type { LayerDetail } from '../../../shared/domain/types';
import { newLeg } from './leg-draft';
import { newTicketDraft, parseTicket, withKind } from './ticket-draft';

const leg = (id: number, right: 'put' | 'call', side: 'long' | 'short', strike: number) => ({
  id, layerId: 1, instrument: 'option' as const, underlying: 'SPXW' as const, symbol: null, right, side, strikeHundredths: strike, expiration: '2026-03-20', ratio: 1, multiplier: 100,
});

const layer: LayerDetail = {
  id: 1, portfolioId: 1, role: 'base', status: 'open', openedOn: '2026-02-03', closedOn: null, expiration: '2026-03-20', dte: 45,
  strikes: { putLong: 550_000, putShort: 555_000, callShort: 590_000, callLong: 595_000 }, openedQuantity: 2, openQuantity: 2,
  openPriceHundredths: 1250, netCashCents: 0, realizedPnlCents: 0, feesCents: 0, rolledFromId: null, rolledToId: null, notes: '', tags: [],
  legs: [leg(11, 'put', 'long', 550_000), leg(12, 'put', 'short', 555_000), leg(13, 'call', 'short', 590_000), leg(14, 'call', 'long', 595_000)],
  tickets: [], openContracts: { 11: 2, 12: -2, 13: -2, 14: 2 }, protectsLayerIds: [],
};

describe('ticket draft', () => {
  it('sends a full close as a debit with default fees for every open contract', () => {
    const parsed = parseTicket({ ...newTicketDraft(layer, '2026-02-20'), price: '6.25' }, layer, 150);
    expect(parsed.input).toEqual({ date: '2026-02-20', action: 'close', netPriceHundredths: -625, feesCents: 4 * 2 * 150, note: '' });
  });

  it('starts a partial close at every open unit, as the CLI does', () => {
    expect(withKind(newTicketDraft(layer, '2026-02-20'), 'partial', layer, '2026-02-20').quantity).toBe('2');
  });

  it('sends a partial close with its quantity', () => {
    const draft = { ...withKind(newTicketDraft(layer, '2026-02-20'), 'partial', layer, '2026-02-20'), price: '5', quantity: '1' };
    expect(parseTicket(draft, layer, 150).input).toMatchObject({ action: 'close', quantity: 1, netPriceHundredths: -500, feesCents: 600 });
  });

  it('dates an expiry at expiration, worth zero, without fees', () => {
    const draft = withKind(newTicketDraft(layer, '2026-02-20'), 'expire', layer, '2026-02-20');
    expect(parseTicket(draft, layer, 150).input).toEqual({ date: '2026-03-20', action: 'expire', netPriceHundredths: 0, feesCents: 0, note: '' });
  });

  it('names legs in an adjust and reports each at its API path', () => {
    const draft = { ...withKind(newTicketDraft(layer, '2026-02-20'), 'adjust', layer, '2026-02-20'), price: '1.10', legQuantities: { 12: '+2', 11: 'x' } };
    const parsed = parseTicket(draft, layer, 150);
    expect(parsed.legPaths).toEqual({ 11: 'legs.0.quantity', 12: 'legs.1.quantity' });
    expect(parsed.issues.map((i) => i.path)).toEqual(['legs.0.quantity']);
    const fixed = parseTicket({ ...draft, legQuantities: { 12: '+2', 11: '-2' } }, layer, 150);
    expect(fixed.input).toMatchObject({ action: 'adjust', legs: [{ legId: 11, quantity: -2 }, { legId: 12, quantity: 2 }], newLegs: [], feesCents: 600 });
  });

  it('applies the journal\'s ticket rules as the handler does: dates, and a new leg\'s multiplier (shown at its instrument)', () => {
    const early = parseTicket({ ...newTicketDraft(layer, '2026-02-20'), date: '2026-02-02', price: '6.25' }, layer, 150);
    expect(early.issues).toEqual([{ path: 'date', message: 'must be on or after the open date 2026-02-03' }]);
    const expiry = { ...withKind(newTicketDraft(layer, '2026-02-20'), 'expire', layer, '2026-02-20'), date: '2026-03-19' };
    expect(parseTicket(expiry, layer, 150).issues).toEqual([{ path: 'date', message: 'the layer expires on 2026-03-20; it cannot expire earlier' }]);
    const shares = newLeg({ instrument: 'etf', underlying: 'ETF', symbol: 'VXX', side: 'long' });
    const adjust = { ...withKind(newTicketDraft(layer, '2026-02-20'), 'adjust', layer, '2026-02-20'), price: '1', newLegs: [shares] };
    const parsed = parseTicket(adjust, layer, 150);
    expect(parsed.issues).toContainEqual({ path: 'newLegs.0.instrument', message: 'must match the layer\'s multiplier 100' });
    expect(parsed.input).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { newLeg } from './leg-draft';
import { newCustomLayerDraft, parseCustomLayer } from './custom-layer-draft';

describe('custom layer draft', () => {
  it('builds a VIX call spread hedge with a debit and per-contract fees', () => {
    const draft = {
      ...newCustomLayerDraft('2026-02-03'),
      legs: [newLeg({ strike: '20', expiration: '2026-03-18' }), newLeg({ side: 'short', strike: '30', expiration: '2026-03-18' })],
      quantity: '5', price: '1.35', protects: [3],
    };
    const parsed = parseCustomLayer(draft, 150);
    expect(parsed.issues).toEqual([]);
    expect(parsed.input).toMatchObject({ role: 'hedge', quantity: 5, netPriceHundredths: -135, feesCents: 150 * 2 * 5, protectsLayerIds: [3] });
    expect(parsed.input?.legs[1]).toMatchObject({ instrument: 'option', underlying: 'VIX', right: 'call', side: 'short', strikeHundredths: 3000, multiplier: 100 });
  });

  it('refuses mixed multipliers and a leg that expires before it opens', () => {
    const draft = {
      ...newCustomLayerDraft('2026-02-03'),
      legs: [newLeg({ strike: '20', expiration: '2026-01-18' }), newLeg({ instrument: 'future', underlying: 'VX', expiration: '2026-03-18' })],
      price: '1',
    };
    expect(parseCustomLayer(draft, 150).issues.map((i) => i.path)).toEqual(['legs.0.expiration', 'legs']);
  });

  it('needs a ticker for ETF shares and no expiration', () => {
    const draft = { ...newCustomLayerDraft('2026-02-03'), legs: [newLeg({ instrument: 'etf', underlying: 'ETF', symbol: 'vxx' })], price: '25.10', quantity: '100' };
    expect(parseCustomLayer(draft, 150).input?.legs[0]).toMatchObject({ symbol: 'VXX', expiration: null, strikeHundredths: null, right: null, multiplier: 1 });
    expect(parseCustomLayer(draft, 150).input?.feesCents).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { LayerAnchor } from '../../../../shared/dashboard/layer-anchor';
import { anchorSentence, legAnchorSentences } from './anchor-text';

const base: LayerAnchor = {
  source: 'open', date: '2024-07-01', closesDate: '2024-07-01', spx: 5475.09, vix: 12.22, pricePoints: 6, modelPoints: 5.4, volOffset: 0.011, priceOffsetPoints: 0, legs: null,
};
const leg = { kind: 'put' as const, expiration: '2024-08-16', fillPoints: 14.2, modelPoints: 13.1, priceOffsetPoints: 0 };

describe('the layer page\'s anchor sentences', () => {
  it('one offset for a net ticket', () => {
    expect(anchorSentence(base)).toBe('Your fill of 6.00 on 2024-07-01 was 1.1 vol points richer than the model (5.40 at SPX 5475.09, VIX 12.22). The layer is valued with this offset until the next mark.');
    expect(legAnchorSentences(base)).toEqual([]);
  });

  it('one line per leg, saying which way and how far each fill sits from the model', () => {
    const anchor: LayerAnchor = {
      ...base, priceOffsetPoints: 0.01, legs: [
        { ...leg, legId: 1, side: 'short', strike: 5200, volOffset: 0.014 },
        { ...leg, legId: 2, side: 'long', strike: 5150, fillPoints: 10.6, modelPoints: 10.9, volOffset: -0.0042 },
        { ...leg, legId: 3, side: 'long', strike: 5800, kind: 'call', fillPoints: 0, modelPoints: 0.02, volOffset: -0.05, priceOffsetPoints: -0.004 },
      ],
    };
    expect(anchorSentence(anchor)).toContain('so each leg is valued at its own offset until the next mark: The layer also carries a price offset of 0.01 points per unit');
    expect(legAnchorSentences(anchor)).toEqual([
      'Short 5200 put filled 1.4 vol points richer than the model (14.20 against 13.10).',
      'Long 5150 put filled 0.4 vol points cheaper than the model (10.60 against 10.90).',
      'Long 5800 call filled 5.0 vol points cheaper than the model (0.00 against 0.02); no vol offset reaches that price, so the leg keeps a price offset of \u22120.0040 points.',
    ]);
  });
});

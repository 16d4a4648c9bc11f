import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { condorLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { CloseOrAdjustSuggestion, RulesMark } from '../types';

const asOf = '2026-06-05';
const layer = condorLayer({ id: 7, openedOn: '2026-05-01', expiration: '2026-07-17', strikes: [5950, 6000, 6300, 6350], credit: 4, quantity: 2 });

function trap(spx: number, marks: RulesMark[]) {
  const result = evaluateRules(rulesInput(asOf, { layers: [layer], marks }), flatMarket({ last: asOf, spx }));
  return result.prompts.filter((p) => p.rule === 'loyalty-trap');
}
const mark = (priceHundredths: number): RulesMark[] => [{ layerId: 7, date: asOf, priceHundredths }];

describe('loyalty-trap', () => {
  it('fires when the open loss is ≥ 2 × the credit (cost to close ≥ 12.00 on a 4.00 credit)', () => {
    const [prompt] = trap(6100, mark(1200));
    expect(prompt?.severity).toBe('critical');
    expect((prompt?.suggestion as CloseOrAdjustSuggestion).reasons).toEqual(['loss-multiple']);
    expect(prompt?.explanation).toContain('open loss 8.00 ≥ 2 × credit 4.00 (cost to close 12.00, mark of 2026-06-05)');
    expect(trap(6100, mark(1199))).toEqual([]);
  });

  it('fires when SPX is strictly beyond a short strike', () => {
    expect(trap(6000, mark(500))).toEqual([]);
    expect((trap(5999.99, mark(500))[0]?.suggestion as CloseOrAdjustSuggestion).reasons).toEqual(['short-strike-breached']);
    expect(trap(6300, mark(500))).toEqual([]);
    expect(trap(6300.01, mark(500))[0]?.explanation).toContain('is above the short call 6,300');
  });

  it('reports both reasons together', () => {
    expect((trap(5900, mark(2000))[0]?.suggestion as CloseOrAdjustSuggestion)).toMatchObject({ reasons: ['loss-multiple', 'short-strike-breached'], closePriceHundredths: 2000, quantity: 2 });
  });

  it('follows loyaltyLossMultiple', () => {
    const result = evaluateRules(rulesInput(asOf, { layers: [layer], marks: mark(800), settings: { loyaltyLossMultiple: 1 } }), flatMarket({ last: asOf, spx: 6100 }));
    expect(result.prompts.filter((p) => p.rule === 'loyalty-trap')).toHaveLength(1);
  });
});
